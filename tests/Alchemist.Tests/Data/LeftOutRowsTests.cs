using Alchemist.Data;
using Alchemist.Tasks;
using Alchemist.Tests.Pipeline;

namespace Alchemist.Tests.Data;

/// <summary>label_map's YAML nulls drop rows, and every dropped or skipped row is counted with the first few as examples.</summary>
public sealed class LeftOutRowsTests
{
    private const string Csv = "comment,stars\ngreat song,5\nmeh,3\nbuy now http://x,1\nnot sure,\"\"\nfine,2\nok,4\nso so,3\n";

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void A_yaml_null_in_label_map_drops_the_rows_and_counts_them(string none)
    {
        using var project = new CsvProject(csv: Csv, dataExtra: $"  holdout: 0\n  label_map:\n    '1': spam\n    '2': spam\n    '3': {none}\n    '4': ham\n    '5': ham");
        var yaml = Path.Combine(project.Root, "alchemist.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("label_field: label", "label_field: stars", StringComparison.Ordinal));

        var spec = TaskSpecLoader.Load(project.Root);
        Assert.Null(spec.Data.LabelMap!["3"]);
        var data = DatasetLoader.Load(spec.Data, spec.Labels);

        Assert.Equal(2, data.Dropped);
        Assert.Equal(5, data.Count); // the empty label is an unknown gold label, kept
        Assert.Equal([(RowIssueKind.Dropped, 3L), (RowIssueKind.Dropped, 8L)], data.Issues!.Select(i => (i.Kind, i.Row)));
    }

    [Fact]
    public void A_quoted_null_stays_a_class_name()
    {
        using var project = new CsvProject(dataExtra: "  label_map:\n    spam: spam\n    ham: \"null\"");
        Assert.Equal("null", TaskSpecLoader.Load(project.Root).Data.LabelMap!["ham"]);
    }

    [Fact]
    public async Task Skipped_bad_rows_are_counted_and_shown_with_examples_in_the_run_summary()
    {
        var csv = CsvProject.Csv(120) + string.Concat(Enumerable.Range(0, 5).Select(i => $"odd row {i},maybe\n"));
        using var project = new CsvProject(csv: csv, dataExtra: "  skip_bad_rows: true");

        var (code, summary) = await CliInProcess.RunAsync("run", project.Root, "--offline", "--in-process", "--features", "none", "--json");

        Assert.Equal(0, code);
        var load = summary.GetProperty("loads").GetProperty("train");
        Assert.Equal(5, load.GetProperty("skipped").GetInt32());
        var examples = load.GetProperty("examples").EnumerateArray().ToArray();
        Assert.Equal(DataLoadReport.ExamplesPerKind, examples.Length);
        Assert.Equal(122, examples[0].GetProperty("row").GetInt64());
        Assert.Equal("label", examples[0].GetProperty("field").GetString());
        Assert.Contains("'maybe'", examples[0].GetProperty("problem").GetString(), StringComparison.Ordinal);
    }
}
