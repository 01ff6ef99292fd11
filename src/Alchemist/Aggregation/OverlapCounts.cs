using System.Runtime.CompilerServices;

namespace Alchemist.Aggregation;

/// <summary>
/// Joint vote counts of every pair of (program, class): the unnormalised overlap matrix O = LᵀL of Snorkel's
/// one-hot augmented label matrix L (n × m·k, column j·k + v is 1 when program j votes v). Every moment-based
/// model (Snorkel, FlyingSquid, the weighted vote's accuracy estimate) reads only these counts. They are counted from the
/// vote-pattern histogram (<see cref="VotePatterns"/>), so fitting is independent of n once the histogram exists.
/// </summary>
internal sealed class OverlapCounts
{
    private const int ChunkRows = 4096;

    private OverlapCounts(int programs, int classes, long rows, long[] counts)
    {
        Programs = programs;
        Classes = classes;
        Rows = rows;
        Counts = counts;
    }

    public int Programs { get; }
    public int Classes { get; }
    public long Rows { get; }

    /// <summary>Dimension d = m·k of O.</summary>
    public int Dimension => Programs * Classes;

    /// <summary>Symmetric d × d counts, row-major.</summary>
    public long[] Counts { get; }

    /// <summary>Rows where program <paramref name="i"/> votes <paramref name="a"/> and program <paramref name="j"/> votes <paramref name="b"/>.</summary>
    public long Joint(int i, int a, int j, int b) => Counts[(i * Classes + a) * Dimension + j * Classes + b];

    /// <summary>Rows where program <paramref name="i"/> votes (any class).</summary>
    public long Votes(int i)
    {
        long total = 0;
        for (var a = 0; a < Classes; a++) total += Joint(i, a, i, a);
        return total;
    }

    /// <summary>Rows where both programs vote.</summary>
    public long BothVote(int i, int j)
    {
        long total = 0;
        for (var a = 0; a < Classes; a++)
            for (var b = 0; b < Classes; b++) total += Joint(i, a, j, b);
        return total;
    }

    /// <summary>Rows where both programs vote the same class.</summary>
    public long Agree(int i, int j)
    {
        long total = 0;
        for (var a = 0; a < Classes; a++) total += Joint(i, a, j, a);
        return total;
    }

    /// <summary>The counts of every row a histogram stands for: each pattern's pairs of votes, times its count (exact integers).</summary>
    public static OverlapCounts FromPatterns(VotePatterns patterns, int classes, CancellationToken cancellationToken)
    {
        var m = patterns.Programs;
        var d = m * classes;
        var total = new long[d * d];
        var gate = new object();
        var distinct = patterns.Distinct;
        var chunks = (distinct.Rows + ChunkRows - 1) / ChunkRows;
        // Integer sums: the order chunks are merged in cannot change them.
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken },
            () => new long[d * d],
            (c, _, local) =>
            {
                CountChunk(patterns, classes, c * ChunkRows, Math.Min(distinct.Rows, (c + 1) * ChunkRows), local);
                return local;
            },
            local =>
            {
                lock (gate)
                    for (var i = 0; i < local.Length; i++) total[i] += local[i];
            });
        for (var a = 0; a < d; a++)
            for (var b = a + 1; b < d; b++)
                total[b * d + a] = total[a * d + b] += total[b * d + a];
        return new OverlapCounts(m, classes, patterns.Rows, total);
    }

    /// <summary>Counts read from a file: <paramref name="counts"/> is the full symmetric d × d matrix.</summary>
    public static OverlapCounts Create(int programs, int classes, long rows, long[] counts) => new(programs, classes, rows, counts);

    /// <summary>Adds the pairs of votes of patterns start..end-1, times their counts, to <paramref name="local"/> (upper triangle only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountChunk(VotePatterns patterns, int classes, int start, int end, long[] local)
    {
        var m = patterns.Programs;
        var d = m * classes;
        Span<int> active = m <= 1024 ? stackalloc int[m] : new int[m];
        for (var r = start; r < end; r++)
        {
            var row = patterns.Distinct.Row(r);
            var weight = patterns.Counts[r];
            var n = 0;
            for (var j = 0; j < row.Length; j++)
                if (row[j] >= 0) active[n++] = j * classes + row[j];
            // active is sorted by program, so (a, b ≥ a) fills the upper triangle; it is mirrored once at the end.
            for (var a = 0; a < n; a++)
            {
                var baseIndex = active[a] * d;
                for (var b = a; b < n; b++) local[baseIndex + active[b]] += weight;
            }
        }
    }
}
