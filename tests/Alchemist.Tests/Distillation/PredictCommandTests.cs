using Alchemist.Data;
using Alchemist.Tests.Pipeline;

namespace Alchemist.Tests.Distillation;

/// <summary><c>alchemist predict</c> on a newcomer's own CSV: the text field comes from the model, scores are printed, repeated texts featurized once.</summary>
public sealed class PredictCommandTests
{
    private static async Task<string> TrainAsync(CsvProject project)
    {
        var (code, summary) = await CliInProcess.RunAsync("run", project.Root, "--offline", "--in-process", "--features", "tfidf", "--end-model", "logreg", "--json");
        Assert.Equal(0, code);
        return Path.Combine(summary.GetProperty("run").GetString()!, "end_model.bin");
    }

    [Fact]
    public async Task Predict_reads_the_trained_text_field_scores_gold_labels_and_featurizes_each_distinct_text_once()
    {
        using var project = new CsvProject(rows: 300);
        var model = await TrainAsync(project);
        // 600 rows, but the CSV's texts repeat: every row is one of the first 300 rows' texts, twice.
        var lines = CsvProject.Csv(300).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var data = Path.Combine(project.Root, "new.csv");
        File.WriteAllLines(data, [lines[0], .. lines.Skip(1), .. lines.Skip(1)]);
        var output = Path.Combine(project.Root, "labeled.csv");

        var (code, result) = await CliInProcess.RunAsync("predict", "--model", model, "--data", data, "--label-field", "label", "--out", output, "--json");

        Assert.Equal(0, code);
        Assert.Equal(["comment"], result.GetProperty("text_fields").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(600, result.GetProperty("rows").GetInt32());
        Assert.Equal(300, result.GetProperty("distinct_texts").GetInt32());
        var scores = result.GetProperty("scores");
        Assert.Equal(600, scores.GetProperty("n").GetInt32());
        Assert.InRange(scores.GetProperty("accuracy").GetDouble(), 0.8, 1);
        Assert.True(scores.GetProperty("f1_binary").ValueKind == System.Text.Json.JsonValueKind.Number);
        var written = DatasetLoader.Load(new DataSourceSpec(output, TextFields: ["comment"]), new LabelSet(["ham", "spam"]));
        Assert.Equal(600, written.Count);
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public async Task A_missing_text_column_names_the_trained_field_and_suggests_text_field()
    {
        using var project = new CsvProject(rows: 120);
        var model = await TrainAsync(project);
        var data = Path.Combine(project.Root, "headlines.csv");
        File.WriteAllText(data, CsvProject.Csv(10).Replace("comment,label", "headline,label", StringComparison.Ordinal));
        var (code, _, error) = await CliInProcess.RunCapturingAsync("predict", "--model", model, "--data", data, "--out", Path.Combine(project.Root, "o.csv"));
        Assert.Equal(2, code);
        Assert.Contains("the columns are headline, label", error, StringComparison.Ordinal);
        Assert.Contains("trained on the field(s) comment", error, StringComparison.Ordinal);
        Assert.Contains("--text-field", error, StringComparison.Ordinal);
    }
}
