using Alchemist.Labeling;
using Alchemist.Pipeline;

namespace Alchemist.Aggregation;

/// <summary>What <see cref="AggregateStep.Run"/> did.</summary>
/// <param name="Model">The fitted model (saved as <see cref="RunFolder.LabelModelPath"/>; for auto, the pick with its <see cref="FittedLabelModel.SelectedBy"/>).</param>
/// <param name="FitSplit">The split whose votes the model was fitted on.</param>
/// <param name="Pseudolabels">The probabilities written per split.</param>
/// <param name="Seconds">Wall time.</param>
public sealed record AggregateResult(FittedLabelModel Model, string FitSplit, IReadOnlyDictionary<string, Pseudolabels> Pseudolabels, double Seconds);

/// <summary>
/// The aggregation stage: fits a label model on one split's votes and writes, into the run folder, the model and
/// the pseudolabels of every split — so distillation and reports start from the folder alone.
/// </summary>
public static class AggregateStep
{
    /// <summary>Fits and writes.</summary>
    /// <param name="splits">The splits' votes (from the run folder itself, or a WRENCH dataset's weak labels).</param>
    /// <param name="run">The run folder to write into.</param>
    /// <param name="trainer">The label model to fit.</param>
    /// <param name="fitSplit">Split to fit on; null: train when present, else the first split.</param>
    /// <param name="classBalance">The <c>--class-balance</c> choice.</param>
    /// <param name="seed">Seed of the fit.</param>
    /// <param name="writeInputs">Also write the manifest and each split's label matrix (for a run made from a WRENCH dataset's
    /// own weak labels: <c>WeakLabelsFromData</c> is set).</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    public static AggregateResult Run(VoteSplits splits, RunFolder run, LabelModelTrainer trainer, string? fitSplit, ClassBalanceChoice classBalance, int seed,
        bool writeInputs, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var fit = splits.FitSplit(fitSplit, splits.Splits.Keys.First());
        var balance = classBalance.Resolve(splits, fit, scoredSplit: null);
        if (writeInputs)
        {
            new RunManifest(splits.Labels.Names, splits.Splits.ToDictionary(s => s.Key, s => s.Value.Source), [], WeakLabelsFromData: true).Save(run);
            foreach (var (name, split) in splits.Splits) LabelMatrixFile.Save(run.LabelMatrixPath(name), split.Votes);
        }
        var model = trainer.Fit(fit.Votes, splits.Labels.Count, balance, seed, cancellationToken);
        var pseudolabels = splits.Splits.ToDictionary(s => s.Key, s => model.PredictProba(s.Value.Votes, cancellationToken));
        // Written only once every split is predicted, so a cancelled or failed aggregate leaves the previous model's files together.
        foreach (var (name, probabilities) in pseudolabels) PseudolabelsFile.Save(run.PseudolabelsPath(name), probabilities);
        LabelModelFile.Save(run.LabelModelPath, model);
        return new AggregateResult(model, fit.Name, pseudolabels, started.Elapsed.TotalSeconds);
    }
}
