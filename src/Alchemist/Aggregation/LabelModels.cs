namespace Alchemist.Aggregation;

/// <summary>Creates label-model trainers by kind, and names the kinds.</summary>
public static class LabelModels
{
    /// <summary>The kinds' names: mv, wmv, ds, snorkel, flyingsquid and auto.</summary>
    public static ChoiceNames<LabelModelKind> Names { get; } = new("label model",
        ("mv", LabelModelKind.MajorityVote),
        ("wmv", LabelModelKind.WeightedMajorityVote),
        ("ds", LabelModelKind.DawidSkene),
        ("snorkel", LabelModelKind.Snorkel),
        ("flyingsquid", LabelModelKind.FlyingSquid),
        ("auto", LabelModelKind.Auto));

    /// <summary>The concrete models, in the order <c>auto</c> prefers them on a tie (simplest first).</summary>
    public static IReadOnlyList<LabelModelKind> Concrete { get; } =
        [LabelModelKind.MajorityVote, LabelModelKind.WeightedMajorityVote, LabelModelKind.DawidSkene, LabelModelKind.Snorkel, LabelModelKind.FlyingSquid];

    /// <summary>Every kind: the concrete models and <c>auto</c>.</summary>
    public static IReadOnlyList<LabelModelKind> All { get; } = [.. Concrete, LabelModelKind.Auto];

    /// <summary>A trainer of the given kind.</summary>
    /// <param name="kind">The model.</param>
    /// <param name="snorkel">Settings for Snorkel's model (also when auto considers it).</param>
    /// <param name="dawidSkene">Settings for Dawid-Skene (also when auto considers it).</param>
    public static LabelModelTrainer Create(LabelModelKind kind, SnorkelOptions? snorkel = null, DawidSkeneOptions? dawidSkene = null) => Create(kind, snorkel, dawidSkene, null);

    /// <summary>A trainer of the given kind; for auto, one that chooses on <paramref name="reference"/>'s rows when there are enough.</summary>
    internal static LabelModelTrainer Create(LabelModelKind kind, SnorkelOptions? snorkel, DawidSkeneOptions? dawidSkene, ReferenceVotes? reference) => kind switch
    {
        LabelModelKind.MajorityVote => new MajorityVote(),
        LabelModelKind.WeightedMajorityVote => new WeightedMajorityVote(),
        LabelModelKind.DawidSkene => new DawidSkene(dawidSkene),
        LabelModelKind.Snorkel => new SnorkelLabelModel(snorkel),
        LabelModelKind.FlyingSquid => new FlyingSquid(),
        LabelModelKind.Auto => new AutoLabelModel(Concrete.Select(candidate => Create(candidate, snorkel, dawidSkene)).ToArray(), reference),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a label model."),
    };
}
