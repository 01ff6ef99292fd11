using Alchemist.Labeling;

namespace Alchemist.Aggregation;

/// <summary>What <see cref="AggregateStep"/> did.</summary>
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
    /// <summary>Fits on the run folder's own label matrices and writes into it (<c>alchemist run</c>, <c>alchemist aggregate --run</c>).</summary>
    /// <param name="run">The run folder (after apply).</param>
    /// <param name="options">Label model, class balance, fit split and seed.</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    public static AggregateResult Run(RunFolder run, AggregateOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Run(VoteSplits.FromRun(run, options.ReadsGold, cancellationToken), run, options, writeInputs: false, cancellationToken);
    }

    /// <summary>Fits and writes.</summary>
    /// <param name="splits">The splits' votes (from the run folder itself, or a WRENCH dataset's weak labels), with gold
    /// labels loaded when <see cref="AggregateOptions.ReadsGold"/>.</param>
    /// <param name="run">The run folder to write into.</param>
    /// <param name="options">Label model, class balance, fit split and seed.</param>
    /// <param name="writeInputs">Also write the manifest and each split's label matrix (for a run made from a WRENCH dataset's
    /// own weak labels: <c>WeakLabelsFromData</c> is set).</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    public static AggregateResult Run(VoteSplits splits, RunFolder run, AggregateOptions options, bool writeInputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(splits);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var (fitSplit, classBalance, seed) = (options.FitSplit, options.ClassBalance ?? ClassBalanceChoice.Auto, options.Seed);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var all = splits.FitSplit(fitSplit, splits.Splits.Keys.First());
        var ignored = all.Votes.ProgramNames.Where(p => options.IgnoredPrograms?.Contains(p, StringComparer.Ordinal) == true).ToArray();
        var kept = Enumerable.Range(0, all.Votes.Columns).Where(j => !ignored.Contains(all.Votes.ProgramNames[j], StringComparer.Ordinal)).ToArray();
        if (kept.Length == 0) throw new AlchemistException($"Every program is left out of the label model ({string.Join(", ", ignored)}); nothing is left to aggregate.");
        // The balance is resolved on the votes the model is fitted on: a left-out program must not shape the prior either.
        var fit = ignored.Length == 0 ? all : all with { Votes = all.Votes.SelectColumns(kept) };
        var balance = classBalance.Resolve(splits, fit, scoredSplit: null);
        var trainer = options.CreateTrainer(fit.Votes);
        if (writeInputs)
        {
            new RunManifest(splits.Labels.Names, splits.Splits.ToDictionary(s => s.Key, s => s.Value.Source), [], WeakLabelsFromData: true).Save(run);
            foreach (var (name, split) in splits.Splits) LabelMatrixFile.Save(run.LabelMatrixPath(name), split.Votes);
        }
        var model = trainer.Fit(fit.Votes, splits.Labels.Count, balance, seed, cancellationToken).Ignoring(ignored);
        var pseudolabels = splits.Splits.ToDictionary(s => s.Key, s => model.PredictProba(s.Value.Votes, cancellationToken));
        // Written only once every split is predicted, so a cancelled or failed aggregate leaves the previous model's files together.
        foreach (var (name, probabilities) in pseudolabels) PseudolabelsFile.Save(run.PseudolabelsPath(name), probabilities);
        LabelModelFile.Save(run.LabelModelPath, model);
        return new AggregateResult(model, fit.Name, pseudolabels, started.Elapsed.TotalSeconds);
    }
}
