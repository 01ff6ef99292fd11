using System.Diagnostics;
using System.Text.RegularExpressions;

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
/// </summary>
internal sealed class CellRunner(IReadOnlyList<Func<string, int>?> programs, int classCount, CellObserver observer)
{
    private const int MaxMessageLength = 300;

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
                observer.Starting(row, j);
                cells[r * m + j] = Run(program, texts[r], row, j);
            }
            seconds[j] += Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
    }

    private sbyte Run(Func<string, int> program, string text, int row, int column)
    {
        try
        {
            var label = program(text);
            if (label >= -1 && label < classCount) return (sbyte)label;
            return Faulted(row, column, ProgramFaultKind.InvalidLabel, $"returned {label}, which is neither a class id (0..{classCount - 1}) nor -1 (abstain)");
        }
        catch (Exception e)
        {
            return Faulted(row, column, Classify(e), Describe(e));
        }
    }

    private sbyte Faulted(int row, int column, ProgramFaultKind kind, string message)
    {
        observer.Fault(row, column, kind, message);
        return CellCode.Of(kind);
    }

    /// <summary>The fault kind of an exception a program threw.</summary>
    internal static ProgramFaultKind Classify(Exception e) => e switch
    {
        OutOfMemoryException => ProgramFaultKind.OutOfMemory,
        InsufficientExecutionStackException => ProgramFaultKind.Budget,
        RegexMatchTimeoutException => ProgramFaultKind.Timeout,
        _ => ProgramFaultKind.Exception,
    };

    /// <summary>"Type: message", shortened for reports.</summary>
    internal static string Describe(Exception e)
    {
        var text = $"{e.GetType().Name}: {e.Message}";
        return text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
    }
}
