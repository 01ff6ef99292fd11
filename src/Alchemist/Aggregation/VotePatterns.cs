using System.Runtime.InteropServices;

namespace Alchemist.Aggregation;

/// <summary>
/// The vote-pattern histogram of a label matrix: each distinct row of votes once, with how many rows have it. It is the
/// label matrix without its row order, so every label model here fits from it (Dawid-Skene's EM runs once per distinct
/// pattern, weighted by its count), and histograms of shards add up to the histogram of the whole matrix.
/// </summary>
/// <remarks>
/// Patterns are kept in one canonical order (lexicographic by vote, abstain first), so two histograms with the same
/// counts are identical however the rows were split, ordered or counted, and anything computed from them in that order
/// (floating-point sums included) is identical too. Memory grows with the number of distinct patterns, at most
/// min(n, (k+1)^m); programs that abstain often give few.
/// </remarks>
internal sealed class VotePatterns
{
    private const int ChunkRows = 65536;

    private VotePatterns(LabelMatrix distinct, long[] counts)
    {
        Distinct = distinct;
        Counts = counts;
        Rows = counts.Sum();
    }

    /// <summary>Each distinct pattern once, as a row, in canonical order.</summary>
    public LabelMatrix Distinct { get; }

    /// <summary>Rows with each pattern (aligned with <see cref="Distinct"/>'s rows; each at least 1).</summary>
    public long[] Counts { get; }

    /// <summary>Rows in all: the sum of <see cref="Counts"/>.</summary>
    public long Rows { get; }

    /// <summary>Number of programs m.</summary>
    public int Programs => Distinct.Columns;

    /// <summary>Counts the patterns of <paramref name="votes"/> (chunks in parallel; the result does not depend on how).</summary>
    public static VotePatterns Count(LabelMatrix votes, CancellationToken cancellationToken)
    {
        var chunks = (votes.Rows + ChunkRows - 1) / ChunkRows;
        var partial = new Dictionary<string, long>[chunks];
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> key = votes.Columns <= 512 ? stackalloc char[votes.Columns] : new char[votes.Columns];
            var end = Math.Min(votes.Rows, (c + 1) * ChunkRows);
            for (var r = c * ChunkRows; r < end; r++)
            {
                Encode(votes.Row(r), key);
                CollectionsMarshal.GetValueRefOrAddDefault(lookup, key, out _)++;
            }
            partial[c] = counts;
        });
        var total = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var counts in partial)
            foreach (var (pattern, count) in counts) CollectionsMarshal.GetValueRefOrAddDefault(total, pattern, out _) += count;
        return FromKeys(total, votes.ProgramNames);
    }

    /// <summary>The histogram of the rows of all parts together (same programs, in the same order).</summary>
    /// <exception cref="AlchemistException">The parts have different programs.</exception>
    public static VotePatterns Sum(IReadOnlyList<VotePatterns> parts)
    {
        if (parts.Count == 0) throw new ArgumentException("Nothing to sum.", nameof(parts));
        var names = parts[0].Distinct.ProgramNames;
        var total = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (!part.Distinct.ProgramNames.SequenceEqual(names))
                throw new AlchemistException("Vote statistics of different programs cannot be summed: every shard must apply the same programs in the same order.");
            var buffer = new char[part.Programs];
            for (var i = 0; i < part.Distinct.Rows; i++)
            {
                Encode(part.Distinct.Row(i), buffer);
                CollectionsMarshal.GetValueRefOrAddDefault(total, new string(buffer), out _) += part.Counts[i];
            }
        }
        return FromKeys(total, names);
    }

    /// <summary>A histogram from patterns and counts read from a file (checked: same width, positive counts, no pattern twice).</summary>
    /// <exception cref="AlchemistException">A pattern has the wrong width, a count is not positive, or a pattern repeats.</exception>
    public static VotePatterns Create(IReadOnlyList<sbyte[]> patterns, IReadOnlyList<long> counts, IReadOnlyList<string> programs)
    {
        var total = new Dictionary<string, long>(StringComparer.Ordinal);
        var key = new char[programs.Count];
        for (var i = 0; i < patterns.Count; i++)
        {
            if (patterns[i].Length != programs.Count)
                throw new AlchemistException($"pattern {i + 1} has {patterns[i].Length} votes but there are {programs.Count} programs.");
            if (counts[i] < 1) throw new AlchemistException($"pattern {i + 1} has count {counts[i]}; counts must be positive.");
            Encode(patterns[i], key);
            if (!total.TryAdd(new string(key), counts[i])) throw new AlchemistException($"pattern {i + 1} appears twice.");
        }
        return FromKeys(total, programs);
    }

    /// <summary>
    /// Per class, the covered rows whose majority vote it is (a tie shares the row among the tied classes);
    /// <paramref name="covered"/> is the number of rows with at least one vote. Votes outside 0..classes-1 are ignored.
    /// </summary>
    public double[] MajorityVoteCounts(int classes, out long covered)
    {
        var counts = new double[classes];
        var rowCounts = new int[classes];
        covered = 0;
        for (var p = 0; p < Distinct.Rows; p++)
        {
            Array.Clear(rowCounts);
            var max = 0;
            foreach (var v in Distinct.Row(p))
                if (v >= 0 && v < classes) max = Math.Max(max, ++rowCounts[v]);
            if (max == 0) continue;
            covered += Counts[p];
            var tied = rowCounts.Count(c => c == max);
            for (var y = 0; y < classes; y++)
                if (rowCounts[y] == max) counts[y] += Counts[p] / (double)tied;
        }
        return counts;
    }

    /// <summary>
    /// Rows with these patterns: all of them (in canonical order) when there are at most <paramref name="maxRows"/>,
    /// else a seeded sample of <paramref name="maxRows"/> rows drawn without replacement.
    /// </summary>
    public LabelMatrix Expand(int maxRows, Random random)
    {
        var m = Programs;
        if (Rows <= maxRows)
        {
            var cells = new sbyte[Rows * m];
            var at = 0L;
            for (var p = 0; p < Distinct.Rows; p++)
                for (var c = 0L; c < Counts[p]; c++, at++) Distinct.Row(p).CopyTo(cells.AsSpan((int)(at * m), m));
            return new LabelMatrix((int)Rows, m, cells, Distinct.ProgramNames);
        }
        // Floyd's algorithm: maxRows distinct positions in 0..Rows-1, then each position's pattern.
        var picked = new HashSet<long>();
        for (var j = Rows - maxRows; j < Rows; j++)
        {
            var t = random.NextInt64(j + 1);
            picked.Add(picked.Contains(t) ? j : t);
        }
        var positions = picked.Order().ToArray();
        var sample = new sbyte[(long)maxRows * m];
        var pattern = 0;
        var end = Counts[0];
        for (var i = 0; i < positions.Length; i++)
        {
            while (positions[i] >= end) end += Counts[++pattern];
            Distinct.Row(pattern).CopyTo(sample.AsSpan(i * m, m));
        }
        return new LabelMatrix(maxRows, m, sample, Distinct.ProgramNames);
    }

    /// <summary>One char per vote, vote + 1, so ordinal order is lexicographic with abstain first.</summary>
    private static void Encode(ReadOnlySpan<sbyte> row, Span<char> key)
    {
        for (var j = 0; j < row.Length; j++) key[j] = (char)(row[j] + 1);
    }

    private static VotePatterns FromKeys(Dictionary<string, long> counts, IReadOnlyList<string> programs)
    {
        var keys = counts.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var m = programs.Count;
        var cells = new sbyte[(long)keys.Length * m];
        var totals = new long[keys.Length];
        for (var p = 0; p < keys.Length; p++)
        {
            for (var j = 0; j < m; j++) cells[(long)p * m + j] = (sbyte)(keys[p][j] - 1);
            totals[p] = counts[keys[p]];
        }
        return new VotePatterns(new LabelMatrix(keys.Length, m, cells, programs), totals);
    }
}
