using Alchemist.Data;

namespace Alchemist.Tests.Data;

public class JsonLinesLoaderTests
{
    [Fact]
    public void Reads_imdb_train_with_numeric_labels_and_ids()
    {
        var spec = new DataSourceSpec(TestPaths.Shared("imdb", "train.jsonl"), TextFields: ["sentence"], LabelField: "label", IdField: "idx");

        var data = DatasetLoader.Load(spec, new LabelSet(["negative", "positive"]));

        Assert.Equal(4000, data.Count);
        Assert.Equal(2052, data.Gold!.Count(g => g == 1));
        Assert.Equal("0", data.Ids![0]);
        Assert.Equal(Enumerable.Range(1, 4000), data.SourceRows);
        Assert.StartsWith("A very tired looking Burt Reynolds", data.Text(0));
    }

    [Fact]
    public void Follows_dot_paths_into_nested_objects()
    {
        using var dir = new TempFolder();
        var path = dir.Write("n.ndjson",
            "{\"review\": {\"title\": \"Great\", \"body\": \"Loved it\"}, \"meta\": {\"stars\": 5}}\n\n"
            + "{\"review\": {\"title\": \"Meh\", \"body\": \"Dull\"}, \"meta\": {\"stars\": 3}}\n"
            + "{\"review\": {\"title\": \"Bad\", \"body\": \"Awful\"}, \"meta\": {\"stars\": 1}}\n");
        var map = new Dictionary<string, string?> { ["1"] = "neg", ["3"] = null, ["5"] = "pos" };

        var data = DatasetLoader.Load(new DataSourceSpec(path, TextFields: ["review.title", "review.body"], LabelField: "meta.stars", LabelMap: map));

        Assert.Equal(["neg", "pos"], data.Labels.Names);
        Assert.Equal("Great\n\nLoved it", data.Text(0));
        Assert.Equal([1, 0], data.Gold!);
        Assert.Equal([1, 4], data.SourceRows);
        Assert.Equal(1, data.Dropped);
    }

    [Fact]
    public void Bad_json_line_names_file_and_line_or_is_skipped()
    {
        using var dir = new TempFolder();
        var path = dir.Write("b.jsonl", "{\"text\": \"fine\", \"label\": 0}\n{\"text\": \"broken\", \"label\": 1\n{\"text\": \"fine too\", \"label\": 1}\n");

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label")));

        Assert.Equal(2, e.Row);
        Assert.Contains("b.jsonl, row 2: invalid JSON", e.Message);
        var skipped = DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label", SkipBadRows: true));
        Assert.Equal((2, 1), (skipped.Count, skipped.Skipped));
        Assert.Equal([1, 3], skipped.SourceRows);
    }

    [Fact]
    public void Missing_text_and_unknown_label_name_row_and_field()
    {
        using var dir = new TempFolder();
        var path = dir.Write("m.jsonl", "{\"text\": \"a\", \"label\": \"ham\"}\n{\"body\": \"b\", \"label\": \"spam\"}\n{\"text\": \"c\", \"label\": \"eggs\"}\n");
        var labels = new LabelSet(["ham", "spam"]);

        var text = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label"), labels));
        Assert.Equal((2L, "text"), (text.Row!.Value, text.Field));
        Assert.Contains("m.jsonl, row 2, field 'text': the text is missing", text.Message);

        var skipped = DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label", SkipBadRows: true), labels);
        Assert.Equal((1, 2), (skipped.Count, skipped.Skipped));

        File.WriteAllText(path, "{\"text\": \"a\", \"label\": \"ham\"}\n{\"text\": \"c\", \"label\": \"eggs\"}\n");
        var label = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label"), labels));
        Assert.Equal((2L, "label"), (label.Row!.Value, label.Field));
        Assert.Contains("label 'eggs' is not a class id or name of the label set (0 ham, 1 spam)", label.Message);
    }

    [Fact]
    public void Reads_bom_crlf_long_lines_and_other_encodings_and_names_the_line_of_invalid_utf8()
    {
        using var dir = new TempFolder();
        var longText = new string('x', 3_000_000);
        var path = dir.PathOf("e.jsonl");
        File.WriteAllText(path, "{\"text\": \"caf\u00e9\", \"label\": 0}\r\n{\"text\": \"" + longText + "\", \"label\": 1}\r\n",
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var utf8 = DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label"));

        Assert.Equal(["café", longText], utf8.Fields[0]);
        Assert.Equal([1, 2], utf8.SourceRows);

        File.WriteAllText(path, "{\"text\": \"ok\", \"label\": 0}\n{\"text\": \"na\u00efve\", \"label\": 1}\n", System.Text.Encoding.Latin1);
        var latin1 = DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label", Encoding: "latin1"));
        Assert.Equal("naïve", latin1.Text(1));

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label")));
        Assert.Contains("e.jsonl, row 2: the text is not valid UTF-8 (byte 0xEF", e.Message);
    }
}
