namespace Alchemist.Aggregation;

/// <summary>
/// How the aggregation stage fits its label model: the one options object <c>alchemist run</c> and
/// <c>alchemist aggregate</c> both hand to <see cref="AggregateStep"/>, so the two cannot fit differently.
/// </summary>
/// <param name="LabelModel">The label model (<see cref="LabelModels.Names"/>).</param>
/// <param name="ClassBalance">The <c>--class-balance</c> choice (<see cref="ClassBalanceChoice"/>).</param>
/// <param name="FitSplit">Split to fit on; null: train when present, else the first split.</param>
/// <param name="Seed">Seed of the fit.</param>
/// <param name="Snorkel">Snorkel's optimiser settings; null for its defaults.</param>
public sealed record AggregateOptions(string LabelModel = "auto", string ClassBalance = "auto", string? FitSplit = null, int Seed = 0, SnorkelOptions? Snorkel = null)
{
    /// <summary>
    /// Whether the fit may read gold labels: only when the prior may come from the dev split's gold (<c>auto</c>,
    /// <c>dev</c>); the rows' gold labels are never scored or fitted on here.
    /// </summary>
    public bool ReadsGold => ClassBalance.Trim().ToLowerInvariant() is "auto" or "dev";

    /// <summary>A fresh, unfitted model as named.</summary>
    /// <exception cref="AlchemistException">An unknown label model name.</exception>
    public ILabelModel CreateModel() => LabelModels.Create(LabelModel, Snorkel);
}
