using System.Diagnostics;
using Alchemist.Data;
using Alchemist.Labeling;
using Alchemist.Programs;

namespace Alchemist.Pipeline;

/// <summary>What to apply to what, and where the run goes.</summary>
/// <param name="Data">The data: a WRENCH folder (every split present is labeled) or one data file.</param>
/// <param name="ProgramsFolder">The folder of programs (<see cref="ProgramFolder"/>).</param>
/// <param name="Run">The run folder to write.</param>
/// <param name="Labels">The task's classes; null takes them from the data.</param>
/// <param name="Options">How programs run.</param>
/// <param name="FeatureFields">For a feature task, the numeric columns programs bind to by name (they replace the data's
/// text fields); null for a text task.</param>
/// <param name="ReuseUnchangedColumns">Keep the votes and statistics of every program whose code equals its copy in the run
/// folder, applying only new and edited programs; only for a caller that knows the data is unchanged since that apply.</param>
/// <param name="Disabled">Programs of the folder not to apply (a reviewer's <c>disabled:</c> list); each must exist in the folder.</param>
public sealed record ApplyRequest(DataSourceSpec Data, string ProgramsFolder, RunFolder Run, LabelSet? Labels = null, ApplyOptions? Options = null,
    IReadOnlyList<string>? FeatureFields = null, bool ReuseUnchangedColumns = false, IReadOnlyList<string>? Disabled = null);

/// <summary>The outcome of <see cref="ApplyStep"/>: the manifest written and each split's result.</summary>
/// <param name="Manifest">The manifest written.</param>
/// <param name="Splits">Each split's votes and statistics.</param>
/// <param name="Seconds">Wall time.</param>
/// <param name="Reused">Programs whose columns were kept from the previous apply (<see cref="ApplyRequest.ReuseUnchangedColumns"/>).</param>
public sealed record ApplyStepResult(RunManifest Manifest, IReadOnlyDictionary<string, ApplyResult> Splits, double Seconds, IReadOnlyList<string> Reused);

/// <summary>
/// The apply stage of a run: loads each split, applies the programs, and writes the run folder (manifest, program
/// copies, and per split <c>label_matrix.bin</c> and <c>program_stats.json</c>).
/// </summary>
public static class ApplyStep
{
    /// <summary>Runs the stage; <paramref name="progress"/> hears "SPLIT smoke" / "SPLIT apply" stages.</summary>
    /// <exception cref="AlchemistException">Bad data, programs folder or run folder (the message names what and where); an
    /// unwritable run folder is reported before any program runs.</exception>
    /// <exception cref="NoVotesException">Every program was rejected, or none voted on any row (the run folder is written first).</exception>
    public static async Task<ApplyStepResult> RunAsync(ApplyRequest request, IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var programs = Enabled(ProgramFolder.Load(request.ProgramsFolder), request.Disabled ?? [], request.ProgramsFolder);
        var splits = DataSplits.Of(request.FeatureFields is { } features ? request.Data with { TextFields = features } : request.Data);
        WritableFolder.Ensure(request.Run.Root, "The run folder");
        // Two applies into one run folder would interleave their splits' files.
        using var runLock = RunLock.Acquire(request.Run.Root, "alchemist apply");
        var labels = request.Labels;
        var options = request.FeatureFields is null ? request.Options : (request.Options ?? new ApplyOptions()) with { FeatureNames = request.FeatureFields };
        using var applier = new ProgramApplier(options);
        var reuse = request.ReuseUnchangedColumns ? ReusableColumns(request.Run, programs, splits, labels) : [];
        var fresh = programs.Where(p => !reuse.ContainsKey(p.Name)).ToArray();
        var results = new Dictionary<string, ApplyResult>();
        var loads = new Dictionary<string, DataLoadReport>();
        foreach (var (name, spec) in splits)
        {
            var dataset = DatasetLoader.Load(spec, labels, cancellationToken);
            loads[name] = DataLoadReport.Of(dataset);
            labels ??= dataset.Labels;
            if (request.FeatureFields is not null) FeatureColumns.Check(dataset);
            var texts = new string[dataset.Count];
            for (var i = 0; i < texts.Length; i++) texts[i] = dataset.Text(i);
            // Forwarded on the reporting thread (Progress<T> would post it to the pool, after the split may have ended).
            var splitProgress = progress is null ? null : new Distillation.ForwardingProgress<ApplyProgress>(p => progress.Report(p with { Stage = $"{name} {p.Stage}" }));
            var result = reuse.Count == 0
                ? await applier.ApplyAsync(programs, labels, texts, splitProgress, cancellationToken)
                : Splice(programs, reuse, request.Run, name, fresh.Length == 0 ? null : await applier.ApplyAsync(fresh, labels, texts, splitProgress, cancellationToken));
            results[name] = result;
        }
        // Nothing is written until every split is labeled, so a failure (bad row in test, a kill, Ctrl-C) leaves the
        // previous apply's files as they were, all describing the same programs; the manifest goes last.
        foreach (var (name, result) in results)
        {
            LabelMatrixFile.Save(request.Run.LabelMatrixPath(name), result.Matrix);
            ProgramStatsFile.Save(request.Run.ProgramStatsPath(name), result.Programs);
        }
        ProgramFolder.Copy(programs, request.Run);
        var manifest = new RunManifest(labels!.Names, splits, programs.Select(p => p.Name).ToArray(), Loads: loads,
            Disabled: request.Disabled is { Count: > 0 } disabled ? disabled : null);
        manifest.Save(request.Run);
        // After the files are written, so the quarantine reasons can be read (and `alchemist analyze` run) on the failed apply.
        NoVotesException.ThrowIfNone(request.ProgramsFolder, request.Run, results.ToDictionary(r => r.Key, r => r.Value.Programs));
        return new ApplyStepResult(manifest, results, clock.Elapsed.TotalSeconds, reuse.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The programs not disabled; a disabled name that is no program is an error (a typo must not leave a program on).</summary>
    /// <exception cref="AlchemistException">A disabled name matches no program, or every program is disabled.</exception>
    internal static IReadOnlyList<ProgramSource> Enabled(IReadOnlyList<ProgramSource> programs, IReadOnlyList<string> disabled, string folder)
    {
        foreach (var name in disabled)
            if (!programs.Any(p => p.Name == name))
                throw new AlchemistException($"disabled: '{name}' is not a program in {folder} (the programs are {string.Join(", ", programs.Select(p => p.Name))}).");
        var enabled = programs.Where(p => !disabled.Contains(p.Name)).ToArray();
        return enabled.Length > 0 ? enabled : throw new AlchemistException($"disabled: every program in {folder} is disabled; enable at least one.");
    }

    /// <summary>
    /// The previous apply's column of each program whose code equals its copy in the run folder, when that apply
    /// labeled the same splits with the same classes; empty when nothing can be reused.
    /// </summary>
    private static Dictionary<string, int> ReusableColumns(RunFolder run, IReadOnlyList<ProgramSource> programs, IReadOnlyDictionary<string, DataSourceSpec> splits, LabelSet? labels)
    {
        var reusable = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(run.ManifestPath) || !Directory.Exists(run.ProgramsDirectory)) return reusable;
        var previous = RunManifest.Load(run);
        if (previous.WeakLabelsFromData || !previous.Splits.Keys.Order(StringComparer.Ordinal).SequenceEqual(splits.Keys.Order(StringComparer.Ordinal))
            || (labels is not null && !previous.Labels.SequenceEqual(labels.Names))
            || splits.Keys.Any(s => !File.Exists(run.LabelMatrixPath(s)) || !File.Exists(run.ProgramStatsPath(s))))
            return reusable;
        for (var j = 0; j < previous.Programs.Count; j++)
        {
            var program = programs.FirstOrDefault(p => p.Name == previous.Programs[j]);
            var copy = program is null ? null : Path.Combine(run.ProgramsDirectory, Path.GetFileName(program.Path) ?? program.Name + ".cs");
            if (copy is not null && File.Exists(copy) && File.ReadAllText(copy) == program!.Code) reusable[program.Name] = j;
        }
        return reusable;
    }

    /// <summary>One split's votes in program order: reused columns from the run folder, the others from <paramref name="applied"/>.</summary>
    private static ApplyResult Splice(IReadOnlyList<ProgramSource> programs, Dictionary<string, int> reuse, RunFolder run, string split, ApplyResult? applied)
    {
        var previous = LabelMatrixFile.Load(run.LabelMatrixPath(split));
        var previousStats = ProgramStatsFile.Load(run.ProgramStatsPath(split));
        var rows = previous.Rows;
        if (applied is not null && applied.Matrix.Rows != rows)
            throw new AlchemistException($"{run.LabelMatrixPath(split)} has {rows} rows but the data now has {applied.Matrix.Rows}: the data changed; apply afresh.");
        var m = programs.Count;
        var cells = new sbyte[(long)rows * m];
        var stats = new ProgramStats[m];
        var next = 0;
        for (var j = 0; j < m; j++)
        {
            var (source, column) = reuse.TryGetValue(programs[j].Name, out var old) ? (previous, old) : (applied!.Matrix, next++);
            for (var i = 0; i < rows; i++) cells[(long)i * m + j] = (sbyte)source[i, column];
            stats[j] = ReferenceEquals(source, previous) ? previousStats[column] : applied!.Programs[column];
        }
        return new ApplyResult(new LabelMatrix(rows, m, cells, programs.Select(p => p.Name).ToArray()), stats, applied?.Seconds ?? 0)
        {
            JailProblems = applied?.JailProblems ?? [],
        };
    }
}
