using System.Runtime.InteropServices;
using System.Text.Json;
using Alchemist.Cli;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline;

/// <summary><c>alchemist run</c> and <c>predict</c> on a copy of the bundled example, with a budget too small and a damaged end model.</summary>
public sealed class RunFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CopyExample(bool withAnswers)
    {
        var example = Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam");
        var project = _folder.PathOf("youtube-spam");
        foreach (var file in Directory.EnumerateFiles(example, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(example, file);
            if (relative.StartsWith("runs", StringComparison.Ordinal) || relative.StartsWith(".alchemist", StringComparison.Ordinal)) continue;
            if (!withAnswers && (relative.StartsWith("synthesized", StringComparison.Ordinal) || relative.StartsWith("batch", StringComparison.Ordinal))) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, relative))!);
            File.Copy(file, Path.Combine(project, relative));
        }
        return project;
    }

    [Fact]
    public async Task A_budget_too_small_for_one_call_is_named_instead_of_asking_for_a_key()
    {
        var project = CopyExample(withAnswers: false);

        var (code, _, error) = await CliInProcess.RunCapturingAsync("run", project, "--budget", "0.000001", "--json");

        Assert.Equal((int)ExitCode.UserError, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("error: youtube-spam: no program was accepted (0 rejected, 10 pending); the budget of $0.000001 cannot pay for the next call " +
            "(each call reserves its prompt and a full max_tokens answer); raise --budget ('alchemist synthesize --dry-run' shows what the calls cost).", line);
    }

    [Fact]
    public async Task A_damaged_end_model_is_refused_by_predict_and_rebuilt_by_the_next_run()
    {
        var project = CopyExample(withAnswers: true);
        string[] run = ["run", project, "--features", "tfidf", "--label-model", "mv", "--in-process", "--json"];
        var (code, first, error) = await CliInProcess.RunCapturingAsync(run);
        Assert.True(code == 0, error);
        var runFolder = JsonDocument.Parse(first).RootElement.GetProperty("run").GetString()!;
        var endModel = Path.Combine(runFolder, "end_model.bin");
        var bytes = File.ReadAllBytes(endModel);
        MemoryMarshal.Write(bytes.AsSpan(bytes.Length - 8), double.NaN);
        File.WriteAllBytes(endModel, bytes);
        var data = _folder.Write("new.csv", "text\ncheck out my channel http://x.example\nlovely song\n");
        string[] predict = ["predict", "--model", endModel, "--data", data, "--out", _folder.PathOf("labeled.csv"), "--json"];

        (code, _, error) = await CliInProcess.RunCapturingAsync(predict);
        Assert.Equal((int)ExitCode.UserError, code);
        Assert.StartsWith($"error: {endModel} is damaged", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.PathOf("labeled.csv")));

        (code, var second, error) = await CliInProcess.RunCapturingAsync(run);
        Assert.True(code == 0, error);
        var stages = JsonDocument.Parse(second).RootElement.GetProperty("stages").EnumerateArray()
            .ToDictionary(s => s.GetProperty("stage").GetString()!, s => s.GetProperty("skipped").GetBoolean());
        Assert.True(stages["aggregate"], "the label model is intact and its inputs unchanged");
        Assert.False(stages["distill"], "the damaged end model is rebuilt, not skipped over");
        (code, _, error) = await CliInProcess.RunCapturingAsync(predict);
        Assert.True(code == 0, error);
    }
}
