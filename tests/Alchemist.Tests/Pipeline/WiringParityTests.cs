using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline;

/// <summary>
/// The single commands run the very steps <c>alchemist run</c> runs, with the same options: on the same project they
/// write the same artifacts, byte for byte.
/// </summary>
public sealed class WiringParityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static void AssertSameFile(string expected, string actual) =>
        Assert.True(File.ReadAllBytes(expected).AsSpan().SequenceEqual(File.ReadAllBytes(actual)), $"{actual} differs from {expected}");

    [Fact]
    public async Task Apply_analyze_aggregate_distill_and_eval_via_their_commands_write_what_run_writes()
    {
        // No holdout: `apply --data FILE` labels the file as one split, as run does then.
        using var project = new CsvProject(rows: 240, dataExtra: "  holdout: 0");
        var (code, summary) = await CliInProcess.RunAsync("run", project.Root, "--offline", "--features", "tfidf", "--end-model", "logreg", "--json");
        Assert.Equal(0, code);
        var run = summary.GetProperty("run").GetString()!;
        var split = Assert.Single(summary.GetProperty("coverage").EnumerateObject()).Name;

        // apply: the same data, programs and classes as the spec.
        var alone = _folder.PathOf("alone");
        var (applied, _, applyError) = await CliInProcess.RunCapturingAsync("apply", "--data", Path.Combine(project.Root, "comments.csv"), "--programs",
            Path.Combine(project.Root, "programs"), "--out", alone, "--labels", "ham,spam", "--text-field", "comment", "--label-field", "label", "--json");
        Assert.True(applied == 0, applyError);
        AssertSameFile(Path.Combine(run, split, "label_matrix.bin"), Path.Combine(alone, split, "label_matrix.bin"));

        // analyze, aggregate and distill with the options run used (its defaults).
        var (analyzed, analysis) = await CliInProcess.RunAsync("analyze", "--run", alone, "--json");
        Assert.Equal(0, analyzed);
        Assert.Equal(split, analysis.GetProperty("split").GetString());
        AssertSameFile(Path.Combine(run, split, "analysis.json"), Path.Combine(alone, split, "analysis.json"));

        var (aggregated, aggregate) = await CliInProcess.RunAsync("aggregate", "--run", alone, "--json");
        Assert.Equal(0, aggregated);
        Assert.Equal(summary.GetProperty("evaluation").GetProperty("label_model").GetString(), aggregate.GetProperty("chosen_label_model").GetString());
        AssertSameFile(Path.Combine(run, "label_model.json"), Path.Combine(alone, "label_model.json"));
        AssertSameFile(Path.Combine(run, split, "pseudolabels.csv"), Path.Combine(alone, split, "pseudolabels.csv"));

        var (distilled, _, distillError) = await CliInProcess.RunCapturingAsync("distill", "--run", alone, "--end-model", "logreg", "--features", "tfidf", "--json");
        Assert.True(distilled == 0, distillError);
        // The file records its training time, so compare what was learned: the same epochs, the same parameters.
        using var viaRun = Alchemist.Distillation.EndModelFile.Load(Path.Combine(run, "end_model.bin"));
        using var viaCommand = Alchemist.Distillation.EndModelFile.Load(Path.Combine(alone, "end_model.bin"));
        Assert.Equal(viaRun.Report with { Seconds = 0 }, viaCommand.Report with { Seconds = 0 });
        Assert.Equal(viaRun.Network.Parameters, viaCommand.Network.Parameters);

        // eval with run's options (its defaults) rewrites the folder's evaluation as run's evaluate stage does.
        var (evaluated, _, evalError) = await CliInProcess.RunCapturingAsync("eval", "--run", alone, "--json");
        Assert.True(evaluated == 0, evalError);
        AssertSameFile(Path.Combine(run, "evaluation.json"), Path.Combine(alone, "evaluation.json"));
    }

    public void Dispose() => _folder.Dispose();
}
