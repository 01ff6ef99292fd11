namespace Alchemist.Aggregation;

/// <summary>
/// The sufficient statistics of a label matrix for every label model here: the row count n, each program's votes per
/// class, the one-hot overlap counts LᵀL (exact integers) and the vote-pattern histogram. Statistics of disjoint sets of
/// rows add up (<see cref="Sum"/>) to the statistics of their union, so shards of a dataset can be labeled on many
/// machines and one machine fits the label model from the summed statistics, in time independent of n.
/// </summary>
/// <remarks>
/// <see cref="LabelModelTrainer.Fit(LabelMatrix, int, ClassBalance?, int, CancellationToken)"/> computes these first and
/// fits from them, so a model fitted from summed shard statistics is the model fitted on the whole matrix, by
/// construction. Everything is derived from the histogram, which is kept in canonical order (<see cref="VotePatterns"/>).
/// </remarks>
internal sealed class VoteStatistics
{
    private VoteStatistics(int classes, VotePatterns patterns, OverlapCounts overlap)
    {
        Classes = classes;
        Patterns = patterns;
        Overlap = overlap;
    }

    /// <summary>Number of classes k (votes lie in -1..k-1).</summary>
    public int Classes { get; }

    /// <summary>Names of the programs (label-matrix columns), in column order.</summary>
    public IReadOnlyList<string> Programs => Patterns.Distinct.ProgramNames;

    /// <summary>Rows n.</summary>
    public long Rows => Patterns.Rows;

    /// <summary>The vote-pattern histogram.</summary>
    public VotePatterns Patterns { get; }

    /// <summary>The one-hot overlap counts LᵀL.</summary>
    public OverlapCounts Overlap { get; }

    /// <summary>Rows on which program <paramref name="program"/> votes <paramref name="vote"/> (the diagonal of LᵀL).</summary>
    public long VoteCount(int program, int vote) => Overlap.Joint(program, vote, program, vote);

    /// <summary>m × k vote counts, row-major.</summary>
    public long[] VoteCounts()
    {
        var counts = new long[Programs.Count * Classes];
        for (var j = 0; j < Programs.Count; j++)
            for (var v = 0; v < Classes; v++) counts[j * Classes + v] = VoteCount(j, v);
        return counts;
    }

    /// <summary>The statistics of a label matrix.</summary>
    /// <exception cref="AlchemistException">A bad class count, or a vote outside -1..classes-1 (naming the row and the program).</exception>
    public static VoteStatistics Of(LabelMatrix votes, int classes, CancellationToken cancellationToken)
    {
        LabelModelInput.Validate(votes, classes);
        return FromPatterns(VotePatterns.Count(votes, cancellationToken), classes, cancellationToken);
    }

    /// <summary>The statistics a histogram stands for (its votes must lie in -1..classes-1).</summary>
    public static VoteStatistics FromPatterns(VotePatterns patterns, int classes, CancellationToken cancellationToken)
    {
        LabelModelInput.Validate(patterns.Distinct, classes);
        return new VoteStatistics(classes, patterns, OverlapCounts.FromPatterns(patterns, classes, cancellationToken));
    }

    /// <summary>The statistics of all parts' rows together.</summary>
    /// <exception cref="AlchemistException">No parts, or parts with different classes or programs.</exception>
    public static VoteStatistics Sum(IReadOnlyList<VoteStatistics> parts, CancellationToken cancellationToken)
    {
        if (parts.Count == 0) throw new AlchemistException("There are no vote statistics to sum.");
        var classes = parts[0].Classes;
        if (parts.Any(p => p.Classes != classes))
            throw new AlchemistException($"Vote statistics with different class counts ({string.Join(", ", parts.Select(p => p.Classes).Distinct())}) cannot be summed.");
        var patterns = VotePatterns.Sum(parts.Select(p => p.Patterns).ToArray());
        var overlap = new long[parts[0].Overlap.Counts.Length];
        foreach (var part in parts)
            for (var i = 0; i < overlap.Length; i++) overlap[i] += part.Overlap.Counts[i];
        var summed = new VoteStatistics(classes, patterns, OverlapCounts.Create(patterns.Programs, classes, patterns.Rows, overlap));
        // The summed overlap must be the histogram's: a mismatch means a part was inconsistent in itself.
        summed.CheckConsistent("the summed statistics", cancellationToken);
        return summed;
    }

    /// <summary>Statistics read from a file: the overlap counts as stored, checked against the histogram.</summary>
    /// <exception cref="AlchemistException">The stored counts disagree with the histogram.</exception>
    public static VoteStatistics Create(int classes, VotePatterns patterns, long[] overlap, string source, CancellationToken cancellationToken)
    {
        LabelModelInput.Validate(patterns.Distinct, classes);
        var d = patterns.Programs * classes;
        if (overlap.Length != d * d)
            throw new AlchemistException($"{source}: the overlap counts have {overlap.Length} entries, expected {d * d} ({patterns.Programs} programs × {classes} classes, squared).");
        var statistics = new VoteStatistics(classes, patterns, OverlapCounts.Create(patterns.Programs, classes, patterns.Rows, overlap));
        statistics.CheckConsistent(source, cancellationToken);
        return statistics;
    }

    /// <summary>True when both describe the same rows' votes exactly (same classes, programs, counts and histogram).</summary>
    public bool SameAs(VoteStatistics other) =>
        Classes == other.Classes && Rows == other.Rows && Programs.SequenceEqual(other.Programs)
        && Overlap.Counts.AsSpan().SequenceEqual(other.Overlap.Counts)
        && Patterns.Counts.AsSpan().SequenceEqual(other.Patterns.Counts)
        && Patterns.Distinct.Cells.SequenceEqual(other.Patterns.Distinct.Cells);

    private void CheckConsistent(string source, CancellationToken cancellationToken)
    {
        var expected = OverlapCounts.FromPatterns(Patterns, Classes, cancellationToken).Counts;
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] == Overlap.Counts[i]) continue;
            var d = Programs.Count * Classes;
            int a = i / d, b = i % d;
            throw new AlchemistException(
                $"{source}: overlap count of ({Programs[a / Classes]} votes {a % Classes}, {Programs[b / Classes]} votes {b % Classes}) is {Overlap.Counts[i]} " +
                $"but the vote patterns give {expected[i]}; the file was changed or damaged: re-run the shard.");
        }
    }
}
