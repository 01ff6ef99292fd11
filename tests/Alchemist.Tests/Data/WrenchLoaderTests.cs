using Alchemist.Data;

namespace Alchemist.Tests.Data;

public class WrenchLoaderTests
{
    [Theory]
    [InlineData("youtube", "train", 1586, 10)]
    [InlineData("youtube", "valid", 120, 10)]
    [InlineData("youtube", "test", 250, 10)]
    [InlineData("sms", "train", 4571, 73)]
    [InlineData("sms", "valid", 500, 73)]
    [InlineData("sms", "test", 500, 73)]
    public void Loads_real_splits_with_their_weak_labels(string name, string split, int rows, int lfs)
    {
        var data = DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared(name), Split: split));

        Assert.Equal(rows, data.Count);
        Assert.Equal(["ham", "spam"], data.Labels.Names, StringComparer.OrdinalIgnoreCase);
        Assert.NotNull(data.Gold);
        Assert.All(data.Gold!, g => Assert.InRange(g, 0, 1));
        Assert.Contains(1, data.Gold!);
        Assert.Equal(rows, data.WeakLabels!.Rows);
        Assert.Equal(lfs, data.WeakLabels.Columns);
        Assert.Equal("lf_0", data.WeakLabels.ProgramNames[0]);
        Assert.Equal(rows, data.Ids!.Length);
        Assert.All(data.Fields[0], t => Assert.False(string.IsNullOrWhiteSpace(t)));
    }

    [Fact]
    public void Keeps_ids_votes_and_line_numbers_of_each_record()
    {
        var data = DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared("sms", "train.json")));

        // The first record of sms/train.json: id "0", spam, only the last of 73 rules votes (spam).
        Assert.Equal("0", data.Ids![0]);
        Assert.Equal(1, data.Gold![0]);
        Assert.StartsWith("goldviking (29/m) is inviting you", data.Text(0));
        Assert.Equal(1, data.WeakLabels![0, 72]);
        Assert.Equal(-1, data.WeakLabels[0, 0]);
        Assert.Equal(2, data.SourceRows[0]);
        Assert.Equal(3, data.SourceRows[1]);
    }

    [Fact]
    public void Excluding_dygen_labeled_ids_restores_wrench_trec_train()
    {
        var all = DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared("trec")));
        var original = DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared("trec"),
            ExcludeIdsFile: TestPaths.Shared("trec", "labeled_ids.json")));

        Assert.Equal(5033, all.Count);
        Assert.Equal(4965, original.Count);
        Assert.Equal(68, original.Dropped);
        Assert.DoesNotContain("4965", original.Ids!);
        Assert.Equal(6, original.Labels.Count);
        Assert.Equal(68, original.WeakLabels!.Columns);
    }

    [Fact]
    public void Reads_other_data_fields_of_semeval()
    {
        var data = DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared("semeval"), Split: "valid",
            TextFields: ["text", "entity1", "entity2", "span1"]));

        Assert.Equal(178, data.Count);
        Assert.Equal(9, data.Labels.Count);
        Assert.Equal(4, data.Fields.Count);
        Assert.StartsWith("[", data.Fields[3][0]);
        Assert.Contains(data.Fields[1][0], data.Fields[0][0]);
        Assert.Equal(4, data.Text(0).Split(Dataset.FieldSeparator).Length);
    }

    [Fact]
    public void Bad_json_names_file_and_line()
    {
        using var dir = WrenchFolder(
            "{\n\"a\": {\"label\": 0, \"data\": {\"text\": \"hi\"}, \"weak_labels\": [0]},\n\"b\": {\"label\": 1, \"data\": {\"text\": \"yo\" \"weak_labels\": [1]}\n}");

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(dir.Root)));

        Assert.EndsWith("train.json", e.File);
        Assert.Equal(3, e.Row);
        Assert.Contains("train.json, row 3", e.Message);
        Assert.Contains("invalid JSON", e.Message);
    }

    [Fact]
    public void Ragged_weak_labels_name_file_record_and_field()
    {
        using var dir = WrenchFolder(
            "{\n\"a\": {\"label\": 0, \"data\": {\"text\": \"hi\"}, \"weak_labels\": [0, -1]},\n\"b7\": {\"label\": 1, \"data\": {\"text\": \"yo\"}, \"weak_labels\": [1]}\n}");

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(dir.Root)));

        Assert.Equal(3, e.Row);
        Assert.Equal("weak_labels", e.Field);
        Assert.Contains("record 'b7' has 1 weak labels; earlier records have 2", e.Message);
    }

    [Fact]
    public void Unknown_label_and_missing_text_fail_or_are_skipped()
    {
        const string json = "{\n\"a\": {\"label\": 0, \"data\": {\"text\": \"hi\"}, \"weak_labels\": [0]},\n"
            + "\"b\": {\"label\": 5, \"data\": {\"text\": \"yo\"}, \"weak_labels\": [1]},\n"
            + "\"c\": {\"label\": 1, \"data\": {\"title\": \"no text\"}, \"weak_labels\": [1]},\n"
            + "\"d\": {\"label\": 1, \"data\": {\"text\": \"ok\"}, \"weak_labels\": [1]}\n}";
        using var dir = WrenchFolder(json);

        var label = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(dir.Root)));
        Assert.Equal((3, "label"), (label.Row, label.Field));
        Assert.Contains("label '5' is not a class id or name", label.Message);

        var skipped = DatasetLoader.Load(new DataSourceSpec(dir.Root, SkipBadRows: true));
        Assert.Equal(2, skipped.Skipped);
        Assert.Equal(["a", "d"], skipped.Ids!);
        Assert.Equal([2, 5], skipped.SourceRows);
        Assert.Equal(2, skipped.WeakLabels!.Rows);
        Assert.Equal(1, skipped.WeakLabels[1, 0]);

        using var noText = WrenchFolder(json.Replace("\"label\": 5", "\"label\": 0"));
        var text = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(noText.Root)));
        Assert.Equal((4, "text"), (text.Row, text.Field));
        Assert.Contains("the text is missing", text.Message);
    }

    [Fact]
    public void Records_without_weak_labels_give_no_matrix_and_loading_can_be_cancelled()
    {
        using var dir = WrenchFolder("{\"a\": {\"label\": 1, \"data\": {\"text\": \"hi\"}}}");

        var data = DatasetLoader.Load(new DataSourceSpec(Path.Combine(dir.Root, "train.json")));

        Assert.Null(data.WeakLabels);
        Assert.Equal([1], data.Gold!);
        Assert.Throws<OperationCanceledException>(() => DatasetLoader.Load(new DataSourceSpec(dir.Root), ct: new CancellationToken(true)));
    }

    private static TempFolder WrenchFolder(string train)
    {
        var dir = new TempFolder();
        dir.Write("label.json", "{\"0\": \"neg\", \"1\": \"pos\"}");
        dir.Write("train.json", train);
        return dir;
    }
}
