using Alchemist.Programs;

namespace Alchemist.Labeling;

/// <summary>A fault at one cell, as reported by an engine.</summary>
internal sealed record CellFault(int Row, int Program, ProgramFaultKind Kind, string Message);

/// <summary>
/// What an engine produced: row-major cell codes (<see cref="CellCode"/>), time per program, the first fault examples
/// per program, and the programs it stopped running with the reason (killed too often).
/// </summary>
internal sealed record EngineOutput(sbyte[] Cells, double[] Seconds, IReadOnlyList<CellFault> FaultExamples, IReadOnlyDictionary<int, string> Disabled);

/// <summary>Compiles and runs programs: in-process threads (trusted code) or jailed worker processes.</summary>
internal interface IProgramEngine
{
    /// <summary>Checks and emits <paramref name="sources"/> (a rejected program gets its reasons); nothing runs yet.</summary>
    Task<IReadOnlyList<ProgramCheck>> CompileAsync(IReadOnlyList<ProgramSource> sources, LabelSet labels, CancellationToken cancellationToken);

    /// <summary>What of the OS jail does not hold here (empty when all of it does, or when there is none to speak of).</summary>
    IReadOnlyList<string> JailProblems { get; }

    /// <summary>
    /// Runs every non-null program on every text; <paramref name="rowsDone"/> hears the running count of finished rows.
    /// A program faulting <paramref name="stopAfterFaults"/> times before any success may be stopped early (cells not run).
    /// </summary>
    Task<EngineOutput> RunAsync(IReadOnlyList<ProgramCheck?> programs, LabelSet labels, IReadOnlyList<string> texts,
        Action<long> rowsDone, int stopAfterFaults, CancellationToken cancellationToken);
}

/// <summary>Keeps the first few faults (lowest rows) per program; thread-safe.</summary>
internal sealed class FaultExamples(int programs, int perProgram) : CellObserver
{
    private readonly SortedList<int, CellFault>[] _kept = Enumerable.Range(0, programs).Select(_ => new SortedList<int, CellFault>()).ToArray();

    /// <inheritdoc />
    public override void Fault(int row, int program, ProgramFaultKind kind, string message) => Add(new CellFault(row, program, kind, message));

    /// <summary>Offers a fault; kept when it is among the lowest rows of its program (a repeated row replaces the old one).</summary>
    public void Add(CellFault fault)
    {
        var kept = _kept[fault.Program];
        lock (kept)
        {
            if (kept.Count >= perProgram && !kept.ContainsKey(fault.Row) && fault.Row > kept.Keys[^1]) return;
            kept[fault.Row] = fault;
            if (kept.Count > perProgram) kept.RemoveAt(kept.Count - 1);
        }
    }

    /// <summary>All kept faults, by program then row.</summary>
    public IReadOnlyList<CellFault> ToList() => _kept.SelectMany(k => { lock (k) return k.Values.ToArray(); }).ToArray();
}
