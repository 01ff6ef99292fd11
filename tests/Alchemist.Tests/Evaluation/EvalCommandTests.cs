using System.Diagnostics;
using System.Text.Json;
using Alchemist.Aggregation;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Evaluation;

/// <summary>The CLI contract of <c>alchemist eval</c> and <c>alchemist aggregate</c>, run as a real process on YouTube.</summary>
public class EvalCommandTests
{
    private static (int ExitCode, string Stdout, string Stderr) Alchemist(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(global::Alchemist.Cli.Cli).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    private static JsonElement Json(string stdout) => JsonDocument.Parse(stdout).RootElement;

    [Fact]
    public void Eval_on_youtube_weak_labels_prints_the_contract_fields()
    {
        var (code, stdout, stderr) = Alchemist("eval", "--data", TestPaths.Shared("youtube"), "--weak-labels", "dataset",
            "--label-model", "ds", "--split", "test", "--json");
        Assert.True(code == 0, stderr);
        var json = Json(stdout);
        Assert.Equal("ds", json.GetProperty("label_model").GetString());
        Assert.Equal("test", json.GetProperty("split").GetString());
        Assert.Equal("train", json.GetProperty("fit_split").GetString());
        Assert.Equal(250, json.GetProperty("n").GetInt32());
        // Measured: Dawid-Skene on YouTube's test split scores 0.832, WRENCH's published figure.
        Assert.Equal(0.832, json.GetProperty("accuracy").GetDouble(), 3);
        Assert.InRange(json.GetProperty("f1_binary").GetDouble(), 0.75, 0.85);
        Assert.InRange(json.GetProperty("f1_macro").GetDouble(), 0.75, 0.9);
        Assert.Equal(0.928, json.GetProperty("coverage").GetDouble(), 3);
        Assert.True(json.GetProperty("covered_accuracy").GetDouble() > json.GetProperty("accuracy").GetDouble());
        Assert.Equal("learned_by_model", json.GetProperty("class_balance_source").GetString());
    }

    [Fact]
    public void Snorkel_uses_the_valid_splits_gold_for_its_prior_and_says_so()
    {
        var (code, stdout, stderr) = Alchemist("eval", "--data", TestPaths.Shared("youtube"), "--weak-labels", "dataset",
            "--label-model", "snorkel", "--json");
        Assert.True(code == 0, stderr);
        var json = Json(stdout);
        Assert.Equal("dev_gold", json.GetProperty("class_balance_source").GetString());
        Assert.Equal("valid", json.GetProperty("class_balance_split").GetString());
        Assert.InRange(json.GetProperty("accuracy").GetDouble(), 0.8, 0.9);
    }

    [Fact]
    public void Aggregate_makes_a_run_folder_that_eval_and_the_pseudolabel_loader_read()
    {
        using var folder = new TempFolder();
        var run = folder.PathOf("run");
        var (code, stdout, stderr) = Alchemist("aggregate", "--data", TestPaths.Shared("youtube"), "--weak-labels", "dataset",
            "--label-model", "snorkel", "--out", run, "--json");
        Assert.True(code == 0, stderr);
        Assert.Equal("snorkel", Json(stdout).GetProperty("label_model").GetString());
        var test = PseudolabelsFile.Load(Path.Combine(run, "test", "pseudolabels.csv"));
        Assert.Equal(250, test.Rows);
        Assert.Equal(2, test.Classes);
        Assert.True(File.Exists(Path.Combine(run, "train", "label_matrix.bin")));
        Assert.Contains("\"weak_labels_from_data\": true", File.ReadAllText(Path.Combine(run, "run.json")));
        Assert.Equal("snorkel", LabelModelFile.Load(Path.Combine(run, "label_model.json")).Name);

        var fromRun = Alchemist("eval", "--run", run, "--label-model", "snorkel", "--json");
        var fromData = Alchemist("eval", "--data", TestPaths.Shared("youtube"), "--weak-labels", "dataset", "--label-model", "snorkel", "--json");
        Assert.True(fromRun.ExitCode == 0, fromRun.Stderr);
        Assert.Equal(Json(fromData.Stdout).GetProperty("accuracy").GetDouble(), Json(fromRun.Stdout).GetProperty("accuracy").GetDouble());

        var again = Alchemist("aggregate", "--run", run, "--label-model", "mv", "--json");
        Assert.True(again.ExitCode == 0, again.Stderr);
        // The run folder remembers its data, so the prior again comes from the valid split's gold labels.
        Assert.Equal("dev_gold", Json(again.Stdout).GetProperty("class_balance_source").GetString());
        Assert.Equal("mv", LabelModelFile.Load(Path.Combine(run, "label_model.json")).Name);
    }

    [Fact]
    public void Bad_requests_exit_2_with_one_line()
    {
        var noSource = Alchemist("eval", "--label-model", "mv", "--json");
        Assert.Equal(2, noSource.ExitCode);
        Assert.Contains("--run", noSource.Stderr);
        var unknown = Alchemist("eval", "--data", TestPaths.Shared("youtube"), "--weak-labels", "dataset", "--label-model", "metal");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Unknown label model 'metal'", unknown.Stderr);
    }
}
