using System.Diagnostics;
using Alchemist.Data;
using Alchemist.Labeling;

namespace Alchemist.Pipeline;

/// <summary>What to apply to what, and where the run goes.</summary>
/// <param name="Data">The data: a WRENCH folder (every split present is labeled) or one data file.</param>
/// <param name="ProgramsFolder">The folder of programs (<see cref="ProgramFolder"/>).</param>
/// <param name="Run">The run folder to write.</param>
/// <param name="Labels">The task's classes; null takes them from the data.</param>
/// <param name="Options">How programs run.</param>
/// <param name="FeatureFields">For a feature task, the numeric columns programs bind to by name (they replace the data's
/// text fields); null for a text task.</param>
public sealed record ApplyRequest(DataSourceSpec Data, string ProgramsFolder, RunFolder Run, LabelSet? Labels = null, ApplyOptions? Options = null,
    IReadOnlyList<string>? FeatureFields = null);

/// <summary>The outcome of <see cref="ApplyStep"/>: the manifest written and each split's result.</summary>
public sealed record ApplyStepResult(RunManifest Manifest, IReadOnlyDictionary<string, ApplyResult> Splits, double Seconds);

/// <summary>
/// The apply stage of a run: loads each split, applies the programs, and writes the run folder (manifest, program
/// copies, and per split <c>label_matrix.bin</c> and <c>program_stats.json</c>).
/// </summary>
public static class ApplyStep
{
    /// <summary>The WRENCH splits labeled when the data is a WRENCH folder, in this order.</summary>
    public static IReadOnlyList<string> WrenchSplits { get; } = ["train", "valid", "test"];

    /// <summary>The split name used when the data is a single file.</summary>
    public const string SingleSplit = "data";

    /// <summary>Runs the stage; <paramref name="progress"/> hears "SPLIT smoke" / "SPLIT apply" stages.</summary>
    /// <exception cref="AlchemistException">Bad data, programs folder or run folder (the message names what and where).</exception>
    public static async Task<ApplyStepResult> RunAsync(ApplyRequest request, IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var programs = ProgramFolder.Load(request.ProgramsFolder);
        var splits = Splits(request.FeatureFields is { } features ? request.Data with { TextFields = features } : request.Data);
        var labels = request.Labels;
        var options = request.FeatureFields is null ? request.Options : (request.Options ?? new ApplyOptions()) with { FeatureNames = request.FeatureFields };
        using var applier = new ProgramApplier(options);
        var results = new Dictionary<string, ApplyResult>();
        foreach (var (name, spec) in splits)
        {
            var dataset = DatasetLoader.Load(spec, labels, cancellationToken);
            labels ??= dataset.Labels;
            if (request.FeatureFields is not null) FeatureColumns.Check(dataset);
            var texts = new string[dataset.Count];
            for (var i = 0; i < texts.Length; i++) texts[i] = dataset.Text(i);
            var splitProgress = progress is null ? null : new Progress<ApplyProgress>(p => progress.Report(p with { Stage = $"{name} {p.Stage}" }));
            var result = await applier.ApplyAsync(programs, labels, texts, splitProgress, cancellationToken);
            LabelMatrixFile.Save(request.Run.LabelMatrixPath(name), result.Matrix);
            ProgramStatsFile.Save(request.Run.ProgramStatsPath(name), result.Programs);
            results[name] = result;
        }
        ProgramFolder.Copy(programs, request.Run);
        var manifest = new RunManifest(labels!.Names, splits, programs.Select(p => p.Name).ToArray());
        manifest.Save(request.Run);
        return new ApplyStepResult(manifest, results, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Each split of the data: every WRENCH split present in a WRENCH folder, else the one file.</summary>
    private static IReadOnlyDictionary<string, DataSourceSpec> Splits(DataSourceSpec data)
    {
        if (Directory.Exists(data.Path) && data.Split is null && DatasetLoader.FormatOf(data) == "wrench")
        {
            var present = WrenchSplits.Where(s => File.Exists(Path.Combine(data.Path, s + ".json"))).ToArray();
            if (present.Length == 0) throw new AlchemistException($"The WRENCH folder {data.Path} holds none of {string.Join(", ", WrenchSplits.Select(s => s + ".json"))}.");
            return present.ToDictionary(s => s, s => data with { Path = Path.GetFullPath(data.Path), Split = s });
        }
        return new Dictionary<string, DataSourceSpec> { [data.Split ?? SingleSplit] = data with { Path = Path.GetFullPath(data.Path) } };
    }
}
