using Alchemist.Data;

namespace Alchemist.Tests.Data;

public class JsonArrayLoaderTests
{
    [Fact]
    public void Reads_an_array_of_records_with_the_line_each_starts_on()
    {
        using var dir = new TempFolder();
        var path = dir.Write("a.json", "[\n  {\"text\": \"one\", \"label\": \"pos\"},\n  {\n    \"text\": \"two\",\n    \"label\": \"neg\"\n  },\n  {\"text\": \"three\"}\n]\n");

        var data = DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label"), new LabelSet(["neg", "pos"]));

        Assert.Equal("json", DatasetLoader.FormatOf(new DataSourceSpec(path)));
        Assert.Equal(["one", "two", "three"], data.Fields[0]);
        Assert.Equal([2, 3, 7], data.SourceRows);
        Assert.Equal([1, 0, -1], data.Gold!);
    }

    [Fact]
    public void Bad_json_names_file_and_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("b.json", "[\n  {\"text\": \"one\"},\n  {\"text\": \"two\" \"label\": 1}\n]");

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label")));

        Assert.Contains("b.json, row 3: invalid JSON", e.Message);
    }

    [Fact]
    public void A_json_file_holding_json_lines_is_read_as_json_lines()
    {
        using var dir = new TempFolder();
        var path = dir.PathOf("dev.json");
        File.Copy(TestPaths.Shared("imdb", "dev.jsonl"), path);

        var data = DatasetLoader.Load(new DataSourceSpec(path, TextFields: ["sentence"], LabelField: "label"), new LabelSet(["neg", "pos"]));

        Assert.Equal("jsonl", DatasetLoader.FormatOf(new DataSourceSpec(path)));
        Assert.Equal(1000, data.Count);
    }
}
