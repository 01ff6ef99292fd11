using System.Diagnostics;
using Alchemist.Programs;

namespace Alchemist.Labeling;

/// <summary>Hears about every cell the <see cref="CellRunner"/> starts and every fault it records.</summary>
internal abstract class CellObserver
{
    /// <summary>Program <paramref name="program"/> is about to run on row <paramref name="row"/> (the worker publishes this for its parent).</summary>
    public virtual void Starting(int row, int program) { }

    /// <summary>A cell faulted.</summary>
    public abstract void Fault(int row, int program, ProgramFaultKind kind, string message);
}

/// <summary>
/// The one loop that runs programs over rows, shared by the in-process mode and the worker process. Rows come in
/// blocks; within a block each program runs over all rows before the next program (better branch prediction and
/// instruction cache than row by row, and timing per program costs two clock reads per block, not per cell).
/// A program that faults <paramref name="stopAfterFaults"/> times before ever succeeding is not run any further by
/// this runner (its remaining cells stay <see cref="CellCode.NotRun"/>): the smoke run uses this to condemn a
/// hopeless program after a few rows instead of paying for all of them.
/// </summary>
internal sealed class CellRunner(IReadOnlyList<CompiledProgram?> programs, int classCount, CellObserver observer, int stopAfterFaults = int.MaxValue)
{
    private const int MaxMessageLength = 300;
    private readonly int[] _faultsBeforeSuccess = new int[programs.Count];
    private readonly bool[] _succeeded = new bool[programs.Count];

    /// <summary>Number of columns.</summary>
    public int Columns => programs.Count;

    /// <summary>
    /// Runs every program that is not null on <paramref name="texts"/> (rows <paramref name="firstRow"/>...), writing codes
    /// row-major into <paramref name="cells"/>; cells of null programs and of <paramref name="skip"/> (global cell
    /// indices row × columns + column) are left as <see cref="CellCode.NotRun"/>. Adds the time spent per program to
    /// <paramref name="seconds"/>.
    /// </summary>
    public void RunBlock(int firstRow, ReadOnlySpan<string> texts, Span<sbyte> cells, double[] seconds, IReadOnlySet<long>? skip = null)
    {
        var m = programs.Count;
        cells[..(texts.Length * m)].Fill(CellCode.NotRun);
        for (var j = 0; j < m; j++)
        {
            var program = programs[j];
            if (program is null) continue;
            var start = Stopwatch.GetTimestamp();
            for (var r = 0; r < texts.Length; r++)
            {
                var row = firstRow + r;
                if (skip is { Count: > 0 } && skip.Contains((long)row * m + j)) continue;
                if (_faultsBeforeSuccess[j] >= stopAfterFaults) break;
                observer.Starting(row, j);
                cells[r * m + j] = Run(program, texts[r], row, j);
            }
            seconds[j] += Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
    }

    private sbyte Run(CompiledProgram program, string text, int row, int column)
    {
        var outcome = ProgramRunner.Run(program, text, classCount);
        if (!outcome.IsFault)
        {
            _succeeded[column] = true;
            return (sbyte)outcome.Vote;
        }
        if (!_succeeded[column]) _faultsBeforeSuccess[column]++;
        var kind = Classify(outcome);
        observer.Fault(row, column, kind, Shorten(outcome.FaultMessage ?? outcome.Kind.ToString()));
        return CellCode.Of(kind);
    }

    /// <summary>The applier's fault kind of a runner outcome (an out-of-memory exception is told apart: the worker's heap limit hit).</summary>
    private static ProgramFaultKind Classify(ProgramOutcome outcome) => outcome.Kind switch
    {
        ProgramOutcomeKind.Budget => ProgramFaultKind.Budget,
        ProgramOutcomeKind.RegexTimeout => ProgramFaultKind.Timeout,
        ProgramOutcomeKind.BadOutput or ProgramOutcomeKind.OutOfRange => ProgramFaultKind.InvalidLabel,
        // The runner keeps only "Type: message" (no reference into the program, so it can unload).
        _ when outcome.Fault?.StartsWith(nameof(OutOfMemoryException) + ":", StringComparison.Ordinal) == true => ProgramFaultKind.OutOfMemory,
        _ => ProgramFaultKind.Exception,
    };

    private static string Shorten(string text) => text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
}
