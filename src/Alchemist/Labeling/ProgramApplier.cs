using System.Diagnostics;
using Alchemist.Labeling.Isolation;
using Alchemist.Programs;

namespace Alchemist.Labeling;

/// <summary>
/// Applies labeling programs to rows of text and returns the n × m <see cref="LabelMatrix"/> with per-program
/// statistics. Steps: compile every program (a rejected one gets an all-abstain column and the diagnostics as its
/// reason); a smoke run on a sample spread over the data quarantines programs that fault on most of it; then the
/// full run, in worker processes (default) or in-process. Cells depend only on (row, program), so the matrix is the
/// same whatever the parallelism; faulted cells are abstains in the matrix and counted by kind in the statistics.
/// Worker processes live as long as the applier, so dispose it when done (several applies reuse them).
/// </summary>
internal sealed class ProgramApplier(ApplyOptions? options = null) : IDisposable
{
    /// <summary>In the smoke run, a program faulting on this many sample rows before any success is condemned without running the rest.</summary>
    private const int SmokeStopAfterFaults = 10;

    private readonly ApplyOptions _options = options ?? new ApplyOptions();
    private readonly Dictionary<(ProgramSource Source, LabelSet Labels), ProgramCheck> _compiled = [];
    private readonly Dictionary<(ProgramSource Source, LabelSet Labels), string> _quarantined = [];
    private IProgramEngine? _engine;

    /// <summary>Ends the worker processes (or unloads the in-process programs).</summary>
    public void Dispose()
    {
        (_engine as IDisposable)?.Dispose();
        _engine = null;
        _compiled.Clear();
    }

    /// <summary>Runs <paramref name="programs"/> on <paramref name="texts"/> for a task with classes <paramref name="labels"/>.</summary>
    /// <exception cref="AlchemistException">The worker cannot be started.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; no worker is left running.</exception>
    public async Task<ApplyResult> ApplyAsync(IReadOnlyList<ProgramSource> programs, LabelSet labels, IReadOnlyList<string> texts,
        IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        _options.Validate();
        var clock = Stopwatch.StartNew();
        var engine = _engine ??= _options.Isolation == ProgramIsolation.Worker ? new WorkerEngine(_options) : new InProcessEngine(_options);
        var compilations = await CompileAsync(engine, programs, labels, cancellationToken);
        var quarantine = new Dictionary<int, string>();
        for (var j = 0; j < compilations.Length; j++)
        {
            if (!compilations[j].Success) quarantine[j] = "rejected: " + string.Join("; ", compilations[j].Diagnostics.Take(3));
            else if (_quarantined.TryGetValue((programs[j], labels), out var earlier)) quarantine[j] = earlier;
        }
        var smokeFaults = await SmokeAsync(engine, compilations, quarantine, labels, texts, progress, cancellationToken);
        var output = await engine.RunAsync(Active(compilations, quarantine), labels, texts,
            done => progress?.Report(new ApplyProgress("apply", done, texts.Count)), int.MaxValue, cancellationToken);
        foreach (var (j, reason) in output.Disabled) quarantine[j] = reason;
        // A program quarantined on one split stays quarantined on the next (same applier): its columns agree.
        foreach (var (j, reason) in quarantine)
            if (compilations[j].Success) _quarantined.TryAdd((programs[j], labels), reason.StartsWith("earlier split: ", StringComparison.Ordinal) ? reason : "earlier split: " + reason);
        return Assemble(compilations, quarantine, texts.Count, output, smokeFaults, _options.MaxFaultExamples, clock.Elapsed.TotalSeconds)
            with { JailProblems = engine.JailProblems };
    }

    /// <summary>
    /// Compiles each program once per applier (the next split reuses it). A program whose name another program already
    /// has (ignoring case: <c>Dup.cs</c> and <c>dup.cs</c>) is rejected on its own column; the others go on.
    /// </summary>
    private async Task<ProgramCheck[]> CompileAsync(IProgramEngine engine, IReadOnlyList<ProgramSource> programs, LabelSet labels, CancellationToken cancellationToken)
    {
        var checks = new ProgramCheck?[programs.Count];
        var names = new Dictionary<string, ProgramSource>(StringComparer.OrdinalIgnoreCase);
        var missing = new List<int>();
        for (var j = 0; j < programs.Count; j++)
        {
            if (!names.TryAdd(programs[j].Name, programs[j]))
                checks[j] = ProgramCheck.Rejected(programs[j], $"another program is already named '{names[programs[j].Name].Name}' ({names[programs[j].Name].Path ?? "in this run"}); names must differ beyond case.");
            else if (_compiled.TryGetValue((programs[j], labels), out var known)) checks[j] = known;
            else missing.Add(j);
        }
        if (missing.Count > 0)
        {
            var compiled = await engine.CompileAsync(missing.Select(j => programs[j]).ToArray(), labels, cancellationToken);
            for (var i = 0; i < missing.Count; i++) _compiled[(programs[missing[i]], labels)] = checks[missing[i]] = compiled[i];
        }
        return checks.Select(c => c!).ToArray();
    }

    /// <summary>Runs the active programs on an evenly spread sample and quarantines those faulting on most of it.</summary>
    private async Task<IReadOnlyList<CellFault>> SmokeAsync(IProgramEngine engine, ProgramCheck[] compilations, Dictionary<int, string> quarantine,
        LabelSet labels, IReadOnlyList<string> texts, IProgress<ApplyProgress>? progress, CancellationToken cancellationToken)
    {
        var size = Math.Min(_options.SmokeSampleSize, texts.Count);
        if (size == 0 || quarantine.Count == compilations.Length) return [];
        var sample = Enumerable.Range(0, size).Select(i => (int)((long)i * texts.Count / size)).ToArray();
        var output = await engine.RunAsync(Active(compilations, quarantine), labels, sample.Select(r => texts[r]).ToArray(),
            done => progress?.Report(new ApplyProgress("smoke", done, size)), SmokeStopAfterFaults, cancellationToken);
        var m = compilations.Length;
        var faults = output.FaultExamples.Select(f => f with { Row = sample[f.Row] }).ToArray();
        for (var j = 0; j < m; j++)
        {
            if (quarantine.ContainsKey(j)) continue;
            if (output.Disabled.TryGetValue(j, out var reason))
            {
                quarantine[j] = "smoke run: " + reason;
                continue;
            }
            int faulted = 0, ran = 0;
            for (var i = 0; i < size; i++)
            {
                var code = output.Cells[(long)i * m + j];
                faulted += CellCode.IsFault(code, out _) ? 1 : 0;
                ran += code == CellCode.NotRun ? 0 : 1;
            }
            if (faulted > _options.QuarantineFaultRate * ran)
                quarantine[j] = $"faulted on {faulted} of {ran} smoke-sample rows{(ran < size ? " (stopped: no row succeeded)" : "")}" +
                    (faults.FirstOrDefault(f => f.Program == j) is { } first ? $" (row {first.Row}: {first.Kind}: {first.Message})" : "");
        }
        return faults;
    }

    private static ProgramCheck?[] Active(ProgramCheck[] compilations, Dictionary<int, string> quarantine) =>
        compilations.Select((c, j) => quarantine.ContainsKey(j) ? null : c).ToArray();

    /// <summary>Turns cell codes into votes and abstains and counts what each program did.</summary>
    private static ApplyResult Assemble(ProgramCheck[] compilations, Dictionary<int, string> quarantine, int rows,
        EngineOutput output, IReadOnlyList<CellFault> smokeFaults, int maxExamples, double seconds)
    {
        var m = compilations.Length;
        var cells = output.Cells;
        var stats = new ProgramStats[m];
        for (var j = 0; j < m; j++)
        {
            int votes = 0, abstains = 0;
            var faults = new int[CellCode.FaultKinds];
            var quarantined = quarantine.ContainsKey(j);
            var faultRows = new HashSet<int>();
            for (long c = j; c < cells.LongLength; c += m)
            {
                var code = cells[c];
                if (CellCode.IsFault(code, out var kind))
                {
                    faults[(int)kind]++;
                    faultRows.Add((int)(c / m));
                }
                else if (quarantined) { }
                else if (code == CellCode.NotRun) throw new InvalidOperationException($"Cell {c / m}×{j} was never computed.");
                else if (code == LabelSet.Abstain) abstains++;
                else votes++;
                cells[c] = code >= 0 && !quarantined ? code : (sbyte)LabelSet.Abstain;
            }
            // The statistics agree with themselves: every example is a counted fault. A quarantined program's faults
            // are those seen before it was stopped (the smoke run's, and any cells of the full run it reached).
            var smoke = smokeFaults.Where(f => f.Program == j).ToArray();
            if (quarantined)
                foreach (var f in smoke.Where(f => faultRows.Add(f.Row))) faults[(int)f.Kind]++;
            var examples = output.FaultExamples.Concat(smoke).Where(f => f.Program == j && faultRows.Contains(f.Row)).OrderBy(f => f.Row)
                .Select(f => new ProgramFault(f.Row, f.Kind, f.Message)).DistinctBy(f => f.Row).Take(maxExamples).ToArray();
            var compilation = compilations[j];
            stats[j] = new ProgramStats(compilation.Source.Name, rows, votes, quarantined ? rows : abstains,
                Enum.GetValues<ProgramFaultKind>().Where(k => faults[(int)k] > 0).ToDictionary(k => k, k => faults[(int)k]),
                examples, output.Seconds[j], quarantine.GetValueOrDefault(j),
                compilation.Success ? null : compilation.Diagnostics.Select(d => d.ToString()).ToArray());
        }
        var matrix = new LabelMatrix(rows, m, cells, compilations.Select(c => c.Source.Name).ToArray());
        return new ApplyResult(matrix, stats, seconds);
    }
}
