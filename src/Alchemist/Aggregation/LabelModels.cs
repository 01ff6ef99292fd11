namespace Alchemist.Aggregation;

/// <summary>Creates label models by their command-line name.</summary>
public static class LabelModels
{
    /// <summary>The concrete models, in the order <c>auto</c> prefers them on a tie (simplest first).</summary>
    public static IReadOnlyList<string> Concrete { get; } = ["mv", "wmv", "ds", "snorkel", "flyingsquid"];

    /// <summary>Every accepted name: the concrete models and <c>auto</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Concrete, "auto"];

    /// <summary>A new, unfitted model.</summary>
    /// <param name="name">mv, wmv, ds, snorkel, flyingsquid or auto.</param>
    /// <param name="snorkel">Settings for Snorkel's model (also when auto considers it).</param>
    /// <param name="dawidSkene">Settings for Dawid-Skene (also when auto considers it).</param>
    /// <exception cref="AlchemistException">Unknown name.</exception>
    public static ILabelModel Create(string name, SnorkelOptions? snorkel = null, DawidSkeneOptions? dawidSkene = null) =>
        name.Trim().ToLowerInvariant() switch
        {
            "mv" => new MajorityVote(),
            "wmv" => new WeightedMajorityVote(),
            "ds" => new DawidSkene(dawidSkene),
            "snorkel" => new SnorkelLabelModel(snorkel),
            "flyingsquid" => new FlyingSquid(),
            "auto" => new AutoLabelModel(candidate => Create(candidate, snorkel, dawidSkene)),
            _ => throw new AlchemistException($"Unknown label model '{name}': use one of {string.Join(", ", Names)}."),
        };

    /// <summary>Rebuilds a fitted model from its saved state.</summary>
    internal static ILabelModel FromState(LabelModelState state) => state.Model switch
    {
        "mv" => MajorityVote.FromState(state),
        "wmv" => WeightedMajorityVote.FromState(state),
        "ds" => DawidSkene.FromState(state),
        "snorkel" => SnorkelLabelModel.FromState(state),
        "flyingsquid" => FlyingSquid.FromState(state),
        _ => throw new AlchemistException($"field 'model': unknown label model '{state.Model}'."),
    };
}
