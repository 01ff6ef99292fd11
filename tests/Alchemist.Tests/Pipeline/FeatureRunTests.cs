using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline;

/// <summary>
/// A feature task goes through <c>alchemist run</c> like a text task (the spec's <c>feature_fields</c> reach apply and the
/// end model), and a run or apply whose programs give no vote stops with exit code 5 instead of scoring the prior.
/// </summary>
public sealed class FeatureRunTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Example => Path.Combine(TestPaths.RepoRoot, "examples", "breast-cancer");

    /// <summary>The breast-cancer example without any run or cache of the checkout.</summary>
    private string CopyExample()
    {
        var project = Path.Combine(_folder.Root, "breast-cancer");
        foreach (var file in Directory.EnumerateFiles(Example, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Example, file);
            if (relative.StartsWith("runs", StringComparison.Ordinal) || relative.StartsWith(".alchemist", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, relative))!);
            File.Copy(file, Path.Combine(project, relative));
        }
        return project;
    }

    [Fact]
    public async Task Breast_cancer_runs_offline_through_run_with_its_feature_programs_and_a_numeric_end_model()
    {
        var project = CopyExample();

        var (code, stdout, stderr) = await CliInProcess.RunCapturingAsync("run", project, "--offline", "--json");

        Assert.True(code == 0, stderr);
        var summary = System.Text.Json.JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(8, summary.GetProperty("synthesis").GetProperty("accepted").GetInt32());
        // Every program compiled against the feature columns and voted: none is quarantined.
        foreach (var program in summary.GetProperty("programs").EnumerateArray())
            Assert.True(program.GetProperty("coverage").GetDouble() > 0, program.GetProperty("name").GetString());
        Assert.InRange(summary.GetProperty("coverage").GetProperty("test").GetDouble(), 0.9, 1);
        var evaluation = summary.GetProperty("evaluation");
        var labelModel = evaluation.GetProperty("label_model_scores").GetProperty("test");
        var endModel = evaluation.GetProperty("end_model_scores").GetProperty("test");
        // A real accuracy, not the majority class (62% benign).
        Assert.InRange(labelModel.GetProperty("accuracy").GetDouble(), 0.85, 1);
        Assert.InRange(endModel.GetProperty("accuracy").GetDouble(), 0.85, 1);
        Assert.Contains(summary.GetProperty("stages").EnumerateArray(), s => s.GetProperty("stage").GetString() == "distill" && s.GetProperty("note").GetString()!.StartsWith("mlp on numeric", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_feature_task_refuses_a_text_end_model_before_any_work()
    {
        var project = CopyExample();

        var (code, _, stderr) = await CliInProcess.RunCapturingAsync("run", project, "--offline", "--features", "tfidf");

        Assert.Equal(2, code);
        Assert.Contains("feature task", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(project, "runs")));
    }

    /// <summary>Feature programs (double parameters) in a text project: every one is rejected when applied.</summary>
    private static void WriteFeaturePrograms(CsvProject project)
    {
        var programs = Path.Combine(project.Root, "programs");
        foreach (var file in Directory.GetFiles(programs)) File.Delete(file);
        File.WriteAllText(Path.Combine(programs, "001-radius.cs"), "public static class A { public static int Label(double radius) => radius > 15 ? 1 : -1; }\n");
        File.WriteAllText(Path.Combine(programs, "002-area.cs"), "public static class B { public static int Label(double area) => area > 700 ? 1 : 0; }\n");
    }

    [Fact]
    public async Task A_run_whose_programs_are_all_rejected_fails_with_exit_code_5_and_scores_nothing()
    {
        using var project = new CsvProject(rows: 60);
        WriteFeaturePrograms(project);

        var (code, stdout, stderr) = await CliInProcess.RunCapturingAsync("run", project.Root, "--offline", "--features", "none", "--json");

        Assert.Equal((int)Alchemist.Cli.ExitCode.NoVotes, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("all 2 program(s) were rejected", line, StringComparison.Ordinal);
        Assert.Contains("001-radius", line, StringComparison.Ordinal);
        Assert.Contains("program_stats.json", line, StringComparison.Ordinal);
        var run = Path.Combine(project.Root, "runs", "comments");
        Assert.False(File.Exists(Path.Combine(run, "label_model.json")));
        Assert.False(File.Exists(Path.Combine(run, "evaluation.json")));
    }

    [Fact]
    public async Task Apply_of_rejected_or_never_voting_programs_fails_with_exit_code_5()
    {
        using var project = new CsvProject(rows: 60);
        WriteFeaturePrograms(project);
        string[] Apply(string output) => ["apply", "--data", Path.Combine(project.Root, "comments.csv"), "--programs", Path.Combine(project.Root, "programs"),
            "--out", output, "--labels", "ham,spam", "--text-field", "comment", "--label-field", "label", "--in-process", "--json"];

        var (rejected, _, rejectedError) = await CliInProcess.RunCapturingAsync(Apply(_folder.PathOf("rejected")));

        Assert.Equal((int)Alchemist.Cli.ExitCode.NoVotes, rejected);
        Assert.Contains("were rejected", rejectedError, StringComparison.Ordinal);
        // The statistics stay written, so the reasons can be read.
        Assert.Contains("Label takes double features", File.ReadAllText(Path.Combine(_folder.PathOf("rejected"), "data", "program_stats.json")), StringComparison.Ordinal);

        var programs = Path.Combine(project.Root, "programs");
        foreach (var file in Directory.GetFiles(programs)) File.Delete(file);
        File.WriteAllText(Path.Combine(programs, "001-never.cs"), "public static class A { public static int Label(string text) => text.Contains(\"zebra\") ? 1 : -1; }\n");

        var (silent, _, silentError) = await CliInProcess.RunCapturingAsync(Apply(_folder.PathOf("silent")));

        Assert.Equal((int)Alchemist.Cli.ExitCode.NoVotes, silent);
        Assert.Contains("coverage is 0", silentError, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
