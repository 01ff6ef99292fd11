using System.Text.Json;
using Alchemist.Labeling;

namespace Alchemist.Tests.Labeling;

/// <summary>The real CLI, as a separate process, on the real YouTube data with the bundled example programs.</summary>
public sealed class CliApplyAnalyzeTests : IDisposable
{
    private readonly string _run = Path.Combine(Path.GetTempPath(), $"alchemist-cli-{Guid.NewGuid():N}");

    [Fact]
    public void Apply_then_analyze_youtube_writes_the_run_and_reports_json()
    {
        var programs = Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam", "synthesized");
        var programCount = Directory.GetFiles(programs, "*.cs").Length;

        var (applyCode, applyOut, applyErr) = Cli("apply", "--data", TestPaths.Shared("youtube"), "--programs", programs, "--out", _run, "--json");

        Assert.True(applyCode == 0, applyErr);
        using var apply = JsonDocument.Parse(applyOut);
        Assert.Equal(1586 + 120 + 250, apply.RootElement.GetProperty("rows").GetInt32());
        var applied = apply.RootElement.GetProperty("programs").EnumerateArray().ToArray();
        Assert.Equal(programCount, applied.Length);
        Assert.All(applied, p => Assert.InRange(p.GetProperty("coverage").GetDouble(), 0.01, 1));
        Assert.All(applied, p => Assert.False(p.GetProperty("quarantined").GetBoolean()));
        Assert.Equal(["train", "valid", "test"], apply.RootElement.GetProperty("splits").EnumerateObject().Select(s => s.Name));
        Assert.Equal((1586, programCount), (LabelMatrixFile.Load(Path.Combine(_run, "train", "label_matrix.bin")).Rows, ProgramStatsFile.Load(Path.Combine(_run, "train", "program_stats.json")).Count));
        Assert.Equal(programCount, Directory.GetFiles(Path.Combine(_run, "programs")).Length);

        var (analyzeCode, analyzeOut, analyzeErr) = Cli("analyze", "--run", _run, "--split", "valid", "--json");

        Assert.True(analyzeCode == 0, analyzeErr);
        using var analysis = JsonDocument.Parse(analyzeOut);
        Assert.Equal(120, analysis.RootElement.GetProperty("rows").GetInt32());
        var rows = analysis.RootElement.GetProperty("programs").EnumerateArray().ToArray();
        Assert.Equal(programCount, rows.Length);
        var matrix = LabelMatrixFile.Load(Path.Combine(_run, "valid", "label_matrix.bin"));
        for (var j = 0; j < rows.Length; j++)
        {
            var votes = Enumerable.Range(0, matrix.Rows).Count(i => matrix[i, j] >= 0);
            Assert.Equal(votes, rows[j].GetProperty("correct").GetInt32() + rows[j].GetProperty("incorrect").GetInt32());
            Assert.Equal((double)votes / 120, rows[j].GetProperty("coverage").GetDouble(), 9);
            Assert.InRange(rows[j].GetProperty("emp_acc").GetDouble(), 0, 1);
        }
        Assert.InRange(analysis.RootElement.GetProperty("coverage").GetDouble(), 0.5, 1);
    }

    [Fact]
    public void Bad_input_exits_2_with_a_one_line_error()
    {
        var (code, _, error) = Cli("apply", "--data", Path.Combine(_run, "missing.json"), "--programs", _run, "--out", _run, "--json");

        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void Analyze_of_a_folder_that_is_not_a_run_exits_2()
    {
        Directory.CreateDirectory(_run);
        var (code, _, error) = Cli("analyze", "--run", _run, "--json");

        Assert.Equal(2, code);
        Assert.Contains("not a run folder", error);
    }

    /// <summary>Runs the built CLI as a real process.</summary>
    private static (int Code, string Out, string Error) Cli(params string[] arguments)
    {
        var result = Alchemist.Tests.Distillation.CliProcess.Run(arguments);
        return (result.ExitCode, result.StandardOutput, result.StandardError);
    }

    public void Dispose()
    {
        if (Directory.Exists(_run)) Directory.Delete(_run, recursive: true);
    }
}
