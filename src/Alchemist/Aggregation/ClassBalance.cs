namespace Alchemist.Aggregation;

/// <summary>Where a class balance (prior P(Y)) came from; every output names it.</summary>
public enum ClassBalanceSource
{
    /// <summary>Given by the user.</summary>
    User,
    /// <summary>Counted from the gold labels of a development split (never the split being scored).</summary>
    DevGold,
    /// <summary>Estimated without gold labels: the class distribution of majority-vote answers on covered rows.</summary>
    EstimatedFromVotes,
    /// <summary>Uniform over the classes.</summary>
    Uniform,
    /// <summary>Learned by the label model itself (Dawid-Skene's EM re-estimates the class marginals).</summary>
    LearnedByModel,
}

/// <summary>The class prior P(Y = y) a label model uses, and where it came from.</summary>
/// <param name="Prior">One probability per class, summing to 1, each strictly positive.</param>
/// <param name="Source">Where the prior came from.</param>
/// <param name="Detail">Free text for messages, e.g. the split whose gold labels were counted.</param>
public sealed record ClassBalance(IReadOnlyList<double> Prior, ClassBalanceSource Source, string? Detail = null)
{
    /// <summary>The smallest probability a class gets, so that log-priors stay finite.</summary>
    public const double Floor = 1e-4;

    /// <summary>Number of classes.</summary>
    public int Classes => Prior.Count;

    /// <summary>The source as written in JSON outputs, e.g. <c>dev_gold</c>.</summary>
    public string SourceName => Source switch
    {
        ClassBalanceSource.User => "user",
        ClassBalanceSource.DevGold => "dev_gold",
        ClassBalanceSource.EstimatedFromVotes => "estimated_from_votes",
        ClassBalanceSource.Uniform => "uniform",
        _ => "learned_by_model",
    };

    /// <summary>A prior given by the user (normalised; must be non-negative with a positive sum).</summary>
    /// <exception cref="AlchemistException">Wrong length, a negative or non-finite entry, or a zero sum.</exception>
    public static ClassBalance FromUser(IReadOnlyList<double> weights, int classes)
    {
        if (weights.Count != classes)
            throw new AlchemistException($"Class balance has {weights.Count} entries but the task has {classes} classes.");
        if (weights.Any(w => !double.IsFinite(w) || w < 0) || weights.Sum() <= 0)
            throw new AlchemistException($"Class balance [{string.Join(", ", weights)}] must be non-negative numbers with a positive sum.");
        return new ClassBalance(Normalise(weights.ToArray()), ClassBalanceSource.User);
    }

    /// <summary>Counts the gold labels of a development split (rows with gold -1 are ignored).</summary>
    /// <exception cref="AlchemistException">The split has no gold labels.</exception>
    public static ClassBalance FromGold(IReadOnlyList<int> gold, int classes, string splitName)
    {
        var counts = new double[classes];
        var known = 0;
        foreach (var g in gold)
        {
            if (g < 0) continue;
            if (g >= classes) throw new AlchemistException($"Gold label {g} in split '{splitName}' is outside the {classes} classes.");
            counts[g]++;
            known++;
        }
        if (known == 0) throw new AlchemistException($"Split '{splitName}' has no gold labels to count a class balance from.");
        return new ClassBalance(Normalise(counts), ClassBalanceSource.DevGold, splitName);
    }

    /// <summary>The uniform prior.</summary>
    public static ClassBalance Uniform(int classes) =>
        new(Enumerable.Repeat(1.0 / classes, classes).ToArray(), ClassBalanceSource.Uniform);

    /// <summary>
    /// Estimates the prior without gold labels: each covered row adds its majority-vote class (a tie shares the row
    /// among the tied classes), plus one pseudo-count per class. Uniform when no row is covered.
    /// </summary>
    public static ClassBalance EstimateFromVotes(LabelMatrix votes, int classes) =>
        EstimateFromVotes(VotePatterns.Count(votes, CancellationToken.None), classes);

    /// <summary>The estimate of <see cref="EstimateFromVotes(LabelMatrix, int)"/> from a vote-pattern histogram (summed shards included).</summary>
    internal static ClassBalance EstimateFromVotes(VotePatterns patterns, int classes)
    {
        var counts = patterns.MajorityVoteCounts(classes, out _);
        if (counts.Sum() == 0) return Uniform(classes) with { Source = ClassBalanceSource.EstimatedFromVotes, Detail = "no covered rows: uniform" };
        for (var y = 0; y < classes; y++) counts[y] += 1;
        return new ClassBalance(Normalise(counts), ClassBalanceSource.EstimatedFromVotes);
    }

    private static double[] Normalise(double[] weights)
    {
        var sum = weights.Sum();
        for (var i = 0; i < weights.Length; i++) weights[i] = Math.Max(weights[i] / sum, Floor);
        sum = weights.Sum();
        for (var i = 0; i < weights.Length; i++) weights[i] /= sum;
        return weights;
    }
}
