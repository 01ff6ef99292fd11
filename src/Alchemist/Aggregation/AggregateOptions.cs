namespace Alchemist.Aggregation;

/// <summary>
/// How the aggregation stage fits its label model: the one options object <c>alchemist run</c> and
/// <c>alchemist aggregate</c> both hand to <see cref="AggregateStep"/>, so the two cannot fit differently.
/// </summary>
/// <param name="LabelModel">The label model.</param>
/// <param name="ClassBalance">The <c>--class-balance</c> choice; null is <see cref="ClassBalanceChoice.Auto"/> (a record
/// cannot default to an object).</param>
/// <param name="FitSplit">Split to fit on; null: train when present, else the first split.</param>
/// <param name="Seed">Seed of the fit.</param>
/// <param name="Snorkel">Snorkel's optimiser settings; null for its defaults.</param>
/// <param name="Reference">Trusted labels of some fit-split rows (the LLM-labeled sample) that <c>auto</c> chooses the model on; null for none.</param>
/// <param name="IgnoredPrograms">Programs whose votes the model leaves out (those refinement retired); names the matrix
/// lacks are skipped; null for none.</param>
public sealed record AggregateOptions(
    LabelModelKind LabelModel = LabelModelKind.Auto,
    ClassBalanceChoice? ClassBalance = null,
    string? FitSplit = null,
    int Seed = 0,
    SnorkelOptions? Snorkel = null,
    ReferenceLabels? Reference = null,
    IReadOnlyList<string>? IgnoredPrograms = null)
{
    /// <summary>
    /// Whether the fit may read gold labels: only when the prior may come from a development split's gold (<c>auto</c>,
    /// <c>dev</c>); the rows' gold labels are never scored or fitted on here.
    /// </summary>
    public bool ReadsGold => (ClassBalance ?? ClassBalanceChoice.Auto).MayReadDevGold;

    /// <summary>A trainer of the named label model.</summary>
    public LabelModelTrainer CreateTrainer() => LabelModels.Create(LabelModel, Snorkel);

    /// <summary>A trainer for fitting <paramref name="fitVotes"/>: under auto with <see cref="Reference"/>, one that chooses on the reference rows' votes.</summary>
    internal LabelModelTrainer CreateTrainer(LabelMatrix fitVotes) =>
        LabelModels.Create(LabelModel, Snorkel, null, Reference is { } reference ? ReferenceVotes.Of(reference, fitVotes) : null);
}
