using System.Globalization;

namespace Alchemist.Aggregation;

/// <summary>The rules <c>--class-balance</c> names (explicit weights are <see cref="Weights"/>).</summary>
public enum ClassBalanceRule
{
    /// <summary><c>auto</c>: the gold labels of the valid split when it has them and is not the split being scored, else estimated from votes.</summary>
    Auto,
    /// <summary><c>dev</c>: the gold labels of the valid split (required).</summary>
    Dev,
    /// <summary><c>estimate</c>: estimated from the votes (<see cref="ClassBalance.EstimateFromVotes(LabelMatrix, int)"/>).</summary>
    Estimate,
    /// <summary><c>uniform</c>: every class equally likely.</summary>
    Uniform,
    /// <summary>Weights given by the user, such as <c>0.8,0.2</c>.</summary>
    Weights,
}

/// <summary>
/// The command line's <c>--class-balance</c>, parsed once: a rule (<see cref="ClassBalanceRule"/>) or explicit weights.
/// <see cref="Resolve(VoteSplits, VoteSplit, string?)"/> turns it into the prior a label model fits with.
/// </summary>
public sealed class ClassBalanceChoice
{
    /// <summary>The names of the rules other than explicit weights.</summary>
    public static ChoiceNames<ClassBalanceRule> Names { get; } = new("class balance",
        ("auto", ClassBalanceRule.Auto), ("dev", ClassBalanceRule.Dev), ("estimate", ClassBalanceRule.Estimate), ("uniform", ClassBalanceRule.Uniform));

    /// <summary><c>auto</c>, the default.</summary>
    public static ClassBalanceChoice Auto { get; } = new(ClassBalanceRule.Auto, null);

    private ClassBalanceChoice(ClassBalanceRule rule, double[]? weights)
    {
        Rule = rule;
        Weights = weights;
    }

    /// <summary>The rule.</summary>
    public ClassBalanceRule Rule { get; }

    /// <summary>The user's weights (not yet normalised) under <see cref="ClassBalanceRule.Weights"/>, else null.</summary>
    public IReadOnlyList<double>? Weights { get; }

    /// <summary>True when the prior may come from a development split's gold labels (auto, dev): only then need they be loaded.</summary>
    public bool MayReadDevGold => Rule is ClassBalanceRule.Auto or ClassBalanceRule.Dev;

    /// <summary>The choice as written on the command line: a rule's name, or the weights joined by commas.</summary>
    public string Name => Weights is { } w ? string.Join(",", w.Select(x => x.ToString("R", CultureInfo.InvariantCulture))) : Names.NameOf(Rule);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The choice of a rule other than weights.</summary>
    /// <exception cref="ArgumentException"><see cref="ClassBalanceRule.Weights"/>: use <see cref="FromWeights"/>.</exception>
    public static ClassBalanceChoice Of(ClassBalanceRule rule) => rule == ClassBalanceRule.Weights
        ? throw new ArgumentException("Weights need their values: use FromWeights.", nameof(rule))
        : new ClassBalanceChoice(rule, null);

    /// <summary>Explicit weights, one per class (checked against the class count when resolved).</summary>
    public static ClassBalanceChoice FromWeights(IReadOnlyList<double> weights) => new(ClassBalanceRule.Weights, weights.ToArray());

    /// <summary>Parses auto, dev, estimate, uniform, or comma-separated weights (the edge: command line, settings files).</summary>
    /// <exception cref="AlchemistException">Neither a rule nor numbers; the message lists what is accepted.</exception>
    public static ClassBalanceChoice Parse(string text)
    {
        if (Names.TryParse(text, out var rule)) return Of(rule);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var weights = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out weights[i]))
                throw new AlchemistException($"--class-balance '{text}': use {Names.List} or weights like 0.8,0.2.");
        return FromWeights(weights);
    }

    /// <summary>The prior to fit with.</summary>
    /// <param name="splits">The task's splits.</param>
    /// <param name="fit">The split the model is fitted on (its votes serve the estimate).</param>
    /// <param name="scoredSplit">The split being scored, whose gold labels must never be used; null when nothing is scored.</param>
    /// <exception cref="AlchemistException">Bad weights, or dev requested without usable gold labels.</exception>
    public ClassBalance Resolve(VoteSplits splits, VoteSplit fit, string? scoredSplit)
    {
        ArgumentNullException.ThrowIfNull(splits);
        ArgumentNullException.ThrowIfNull(fit);
        // The development split as distillation and the comparison name it (SplitRoles), not a second list.
        var dev = SplitRoles.DevelopmentOf(splits.Splits.Keys) is { } devName ? splits.Splits[devName] : null;
        var devGold = dev is { HasGold: true } && dev.Name != scoredSplit ? new DevelopmentGold(dev.Name, dev.Gold!) : null;
        return Resolve(splits.Labels.Count, devGold, () => VotePatterns.Count(fit.Votes, CancellationToken.None));
    }

    /// <summary>The prior to fit with, from what it may be computed from (the one rule behind both overloads).</summary>
    /// <param name="classes">k.</param>
    /// <param name="dev">The development split's gold labels when usable (present, and not the split being scored); else null.</param>
    /// <param name="fitVotes">The vote-pattern histogram of the rows the model is fitted on, asked for only when needed.</param>
    /// <exception cref="AlchemistException">Bad weights, or dev requested without usable gold labels.</exception>
    internal ClassBalance Resolve(int classes, DevelopmentGold? dev, Func<VotePatterns> fitVotes)
    {
        switch (Rule)
        {
            case ClassBalanceRule.Auto:
                return dev is not null ? ClassBalance.FromGold(dev.Gold, classes, dev.Split) : ClassBalance.EstimateFromVotes(fitVotes(), classes);
            case ClassBalanceRule.Dev:
                if (dev is null)
                    throw new AlchemistException($"--class-balance dev needs gold labels in a development split ({string.Join(", ", SplitRoles.DevelopmentNames)}) that is not the split being scored.");
                return ClassBalance.FromGold(dev.Gold, classes, dev.Split);
            case ClassBalanceRule.Estimate:
                return ClassBalance.EstimateFromVotes(fitVotes(), classes);
            case ClassBalanceRule.Uniform:
                return ClassBalance.Uniform(classes);
            default:
                return ClassBalance.FromUser(Weights!, classes);
        }
    }
}

/// <summary>The gold labels of a development split, which a class balance may be counted from.</summary>
/// <param name="Split">The split's name.</param>
/// <param name="Gold">Its gold labels (-1 where unknown).</param>
internal sealed record DevelopmentGold(string Split, IReadOnlyList<int> Gold);
