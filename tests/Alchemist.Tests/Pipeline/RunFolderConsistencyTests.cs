using System.Text.Json.Nodes;
using Alchemist.Aggregation;
using Alchemist.Cli;
using Alchemist.Labeling;
using Alchemist.Pipeline;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline;

/// <summary>
/// A failed stage leaves the run folder as the last good stage left it, readers refuse a folder whose parts disagree,
/// and a damaged artifact is rebuilt by the next run rather than skipped over.
/// </summary>
public sealed class RunFolderConsistencyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A WRENCH folder with a train and a test split.</summary>
    private string Wrench(bool badTest)
    {
        var folder = _folder.PathOf("wrench");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "label.json"), """{"0": "ham", "1": "spam"}""");
        JsonObject Split(int n, bool bad)
        {
            var split = new JsonObject();
            for (var i = 0; i < n; i++)
                split[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
                {
                    ["label"] = i % 2,
                    ["data"] = bad && i == n - 1 ? new JsonObject() : new JsonObject { ["text"] = i % 2 == 1 ? $"visit http://spam{i}.example" : $"nice song {i}" },
                    ["weak_labels"] = new JsonArray(),
                };
            return split;
        }
        File.WriteAllText(Path.Combine(folder, "train.json"), Split(20, false).ToJsonString());
        File.WriteAllText(Path.Combine(folder, "test.json"), Split(10, badTest).ToJsonString());
        return folder;
    }

    private string Programs(params string[] words)
    {
        var folder = _folder.PathOf("programs");
        Directory.CreateDirectory(folder);
        foreach (var word in words)
            File.WriteAllText(Path.Combine(folder, $"{word}.cs"),
                $"public static class P_{word} {{ public static int Label(string text) => text.Contains(\"{word}\") ? 1 : -1; }}");
        return folder;
    }

    [Fact]
    public async Task A_failed_apply_leaves_every_split_the_manifest_and_the_programs_of_the_previous_apply()
    {
        var run = _folder.PathOf("run");
        var data = Wrench(badTest: false);
        var programs = Programs("http");
        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", data, "--programs", programs, "--out", run, "--in-process", "--json");
        Assert.True(code == 0, error);

        // A second program, and a test split that fails after train was labeled.
        Programs("spam");
        Wrench(badTest: true);
        (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", data, "--programs", programs, "--out", run, "--in-process", "--json");

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Contains("test.json", error);
        var folder = new RunFolder(run);
        Assert.Equal(["http"], RunManifest.Load(folder).Programs);
        Assert.Equal(["http"], LabelMatrixFile.Load(folder.LabelMatrixPath("train")).ProgramNames);
        Assert.Equal(["http"], LabelMatrixFile.Load(folder.LabelMatrixPath("test")).ProgramNames);
        Assert.Equal(["http.cs"], Directory.GetFiles(folder.ProgramsDirectory).Select(Path.GetFileName));
        VoteSplits.FromRun(folder, loadGold: false, CancellationToken.None);
    }

    /// <summary>Cancels as soon as <paramref name="split"/> reports progress (earlier splits are done), as Ctrl-C then would.</summary>
    private sealed class CancelWhenSplitStarts(string split, CancellationTokenSource source) : IProgress<ApplyProgress>
    {
        public bool Cancelled { get; private set; }

        public void Report(ApplyProgress value)
        {
            if (!value.Stage.StartsWith(split + " ", StringComparison.Ordinal)) return;
            Cancelled = true;
            source.Cancel();
        }
    }

    [Fact]
    public async Task A_cancelled_apply_writes_nothing_and_keeps_the_previous_apply()
    {
        var run = _folder.PathOf("run");
        var data = Wrench(badTest: false);
        var programs = Programs("http");
        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", data, "--programs", programs, "--out", run, "--in-process", "--json");
        Assert.True(code == 0, error);
        var folder = new RunFolder(run);
        var before = Directory.EnumerateFiles(run, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        Programs("spam");
        using var cancel = new CancellationTokenSource();
        var request = new ApplyRequest(new Alchemist.Data.DataSourceSpec(data), programs, folder, Options: new ApplyOptions { Isolation = ProgramIsolation.InProcess });
        var progress = new CancelWhenSplitStarts("test", cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ApplyStep.RunAsync(request, progress, cancel.Token));
        Assert.True(progress.Cancelled, "cancelled while labeling test, after train was labeled");

        var after = Directory.EnumerateFiles(run, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, b => Assert.Equal(b.Value, after[b.Key]));
    }

    [Fact]
    public async Task Readers_refuse_a_run_folder_whose_matrices_and_manifest_disagree()
    {
        var run = _folder.PathOf("run");
        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", Wrench(badTest: false), "--programs", Programs("http"), "--out", run, "--in-process", "--json");
        Assert.True(code == 0, error);
        var folder = new RunFolder(run);
        // The state an interrupted apply of an older build left: train with another program's votes than run.json lists.
        var train = LabelMatrixFile.Load(folder.LabelMatrixPath("train"));
        LabelMatrixFile.Save(folder.LabelMatrixPath("train"), new LabelMatrix(train.Rows, 1, train.Cells.ToArray(), ["spam"]));

        foreach (var command in new[] { new[] { "aggregate", "--run", run, "--label-model", "mv", "--json" }, ["analyze", "--run", run, "--split", "train", "--json"] })
        {
            (code, _, error) = await CliInProcess.RunCapturingAsync(command);

            Assert.Equal((int)ExitCode.UserError, code);
            Assert.Contains($"{folder.LabelMatrixPath("train")} holds spam but {folder.ManifestPath} lists http: the run folder mixes two applies", error);
        }

        // Matrices and manifest agree again, but programs/ holds another program than they name.
        LabelMatrixFile.Save(folder.LabelMatrixPath("train"), train);
        File.Move(Path.Combine(folder.ProgramsDirectory, "http.cs"), Path.Combine(folder.ProgramsDirectory, "spam.cs"));
        (code, _, error) = await CliInProcess.RunCapturingAsync("analyze", "--run", run, "--split", "train", "--json");
        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Contains($"{folder.ProgramsDirectory} holds spam but {folder.ManifestPath} lists http: the run folder mixes two applies", error);
    }
}
