using System.Globalization;

namespace Alchemist.Aggregation;

/// <summary>
/// Resolves the command line's <c>--class-balance</c>: <c>auto</c> (gold of the development split (<c>valid</c>, <c>dev</c> or <c>validation</c>) when it has labels and
/// is not the split being scored, else estimated from votes), <c>dev</c> (gold of the valid split, required),
/// <c>estimate</c>, <c>uniform</c>, or explicit weights such as <c>0.8,0.2</c>.
/// </summary>
public static class ClassBalanceChoice
{
    /// <summary>The prior to fit with.</summary>
    /// <param name="choice">auto, dev, estimate, uniform, or comma-separated weights.</param>
    /// <param name="splits">The task's splits.</param>
    /// <param name="fit">The split the model is fitted on (its votes serve the estimate).</param>
    /// <param name="scoredSplit">The split being scored, whose gold labels must never be used; null when nothing is scored.</param>
    /// <exception cref="AlchemistException">Unknown choice, bad weights, or dev requested without usable gold labels.</exception>
    public static ClassBalance Resolve(string choice, VoteSplits splits, VoteSplit fit, string? scoredSplit)
    {
        var k = splits.Labels.Count;
        // The development split as distillation and the comparison name it (Pipeline.SplitRoles), not a second list.
        var dev = Pipeline.SplitRoles.DevelopmentOf(splits.Splits.Keys) is { } devName ? splits.Splits[devName] : null;
        var devUsable = dev is { HasGold: true } && dev.Name != scoredSplit;
        switch (choice.Trim().ToLowerInvariant())
        {
            case "auto":
                return devUsable ? ClassBalance.FromGold(dev!.Gold!, k, dev.Name) : ClassBalance.EstimateFromVotes(fit.Votes, k);
            case "dev":
                if (!devUsable)
                    throw new AlchemistException($"--class-balance dev needs gold labels in a development split ({string.Join(", ", Pipeline.SplitRoles.DevelopmentNames)}) that is not the split being scored.");
                return ClassBalance.FromGold(dev!.Gold!, k, dev.Name);
            case "estimate":
                return ClassBalance.EstimateFromVotes(fit.Votes, k);
            case "uniform":
                return ClassBalance.Uniform(k);
        }
        var parts = choice.Split(',', StringSplitOptions.TrimEntries);
        var weights = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out weights[i]))
                throw new AlchemistException($"--class-balance '{choice}': use auto, dev, estimate, uniform or weights like 0.8,0.2.");
        return ClassBalance.FromUser(weights, k);
    }
}
