using System.Diagnostics;
using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Distillation.Training;
using Alchemist.Labeling;

namespace Alchemist.Distillation;

/// <summary>The outcome of <see cref="DistillStep"/>.</summary>
/// <param name="ModelPath">Where the end model was written.</param>
/// <param name="TrainSplit">The split whose pseudolabels were distilled.</param>
/// <param name="DevSplit">The split whose gold labels decided early stopping, or null (held-out pseudolabels did).</param>
/// <param name="Rows">Rows of the training split.</param>
/// <param name="CoveredRows">Rows trained on: those the label model covered, and those the LLM answered (the fallback's).</param>
/// <param name="EndModel">The head trained.</param>
/// <param name="Features">The features used.</param>
/// <param name="Training">How training went.</param>
/// <param name="Seconds">Wall-clock time of the step, featurizing included.</param>
/// <param name="FeatureNote">How the features were chosen when that needs saying (<see cref="EndModel.FeatureNote"/>).</param>
/// <param name="CoveredAnswer">Whose answer covered rows take (<see cref="EndModel.CoveredAnswer"/>).</param>
/// <param name="CoveredAnswerNote">The numbers behind it; null without a judge.</param>
public sealed record DistillStepResult(
    string ModelPath,
    string TrainSplit,
    string? DevSplit,
    int Rows,
    int CoveredRows,
    EndModelKind EndModel,
    Features.FeatureKind Features,
    TrainingReport Training,
    double Seconds,
    string? FeatureNote = null,
    CoveredRowsAnswer CoveredAnswer = CoveredRowsAnswer.EndModel,
    string? CoveredAnswerNote = null);

/// <summary>
/// The distillation stage of a run: reads the manifest and the training split's pseudolabels, trains the end model
/// on the covered rows (early stopping on the dev split's gold labels when the run has a dev split) and writes
/// <see cref="RunFolder.EndModelPath"/>. MiniLM vectors are cached under RUNDIR/cache/embeddings, so re-training
/// with another head or seed does not embed again.
/// </summary>
public static class DistillStep
{
    /// <summary>The folder of the run's embedding cache.</summary>
    public static string EmbeddingCacheDirectory(RunFolder run) => Embeddings.EmbeddingCache.ForRun(run.Root).Directory;

    /// <summary>Runs the stage.</summary>
    /// <exception cref="AlchemistException">No run folder, no pseudolabels yet, or pseudolabels that do not fit the split.</exception>
    public static DistillStepResult Run(RunFolder run, DistillationOptions options, IProgress<DistillationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var manifest = RunManifest.Load(run);
        WritableFolder.Ensure(run.Root, "The run folder");
        var trainSplit = TrainSplit(manifest, run);
        var pseudolabelsPath = run.PseudolabelsPath(trainSplit);
        if (!File.Exists(pseudolabelsPath))
            throw new AlchemistException($"{pseudolabelsPath} is missing: run `alchemist aggregate --run {run.Root}` before distilling.");
        var pseudolabels = PseudolabelsFile.Load(pseudolabelsPath);
        var train = DatasetLoader.Load(manifest.Splits[trainSplit], manifest.LabelSet, cancellationToken);
        if (pseudolabels.Rows != train.Count || pseudolabels.Classes != train.Labels.Count)
            throw new AlchemistException($"{pseudolabelsPath} has {pseudolabels.Rows} rows × {pseudolabels.Classes} classes but split '{trainSplit}' " +
                $"({train.Source}) has {train.Count} rows × {train.Labels.Count} classes; re-run `alchemist aggregate`.");
        var devSplit = SplitRoles.DevelopmentOf(manifest.Splits.Keys);
        var dev = devSplit is null ? null : DatasetLoader.Load(manifest.Splits[devSplit], manifest.LabelSet, cancellationToken);
        if (dev is { HasGold: false })
        {
            dev = null;
            devSplit = null;
        }

        var targets = CoveredTargets(pseudolabels, options.Answers);
        options = options with { EmbeddingCacheDirectory = options.EmbeddingCacheDirectory ?? EmbeddingCacheDirectory(run) };
        var judge = JudgeOf(run, train, pseudolabels, dev, devSplit, options);
        var (chosen, judgeAnswers) = ChooseFeatures(Distiller.Train(train, targets, dev, options, progress, cancellationToken), train, targets, dev, judge, options,
            progress, cancellationToken);
        using var model = chosen;
        var (coveredRows, coveredNote) = judge is { LabelModel: { } lm }
            ? CoveredRowsChoice.Decide(judge.Labels, lm, judge.Covered!, judgeAnswers ?? Answers(model, judge.Texts, cancellationToken), judge.Name)
            : (CoveredRowsAnswer.EndModel, null);
        EndModelFile.Save(model with { CoveredAnswer = coveredRows, CoveredAnswerNote = coveredNote }, run.EndModelPath);
        return new DistillStepResult(run.EndModelPath, trainSplit, devSplit, train.Count, targets.Count, model.Kind, model.Featurizer.Kind,
            model.Report, clock.Elapsed.TotalSeconds, model.FeatureNote, coveredRows, coveredNote);
    }

    /// <summary>
    /// Trusted labels to choose by: the dev split's gold labels, else the LLM-labeled sample of
    /// <see cref="DistillationOptions.Judge"/> (training rows); with the label model's answer and coverage on each row
    /// when its pseudolabels for those rows are at hand. Null when there is nothing to judge by.
    /// </summary>
    /// <param name="Texts">The judge rows' texts.</param>
    /// <param name="Labels">Their trusted labels.</param>
    /// <param name="Name">What the judge is, for notes.</param>
    /// <param name="LabelModel">The label model's answer on each row (prior tie-break), or null.</param>
    /// <param name="Covered">Whether a program voted on each row, or null.</param>
    private sealed record Judge(string[] Texts, int[] Labels, string Name, int[]? LabelModel, bool[]? Covered);

    private static Judge? JudgeOf(RunFolder run, Dataset train, Pseudolabels trainPseudolabels, Dataset? dev, string? devSplit, DistillationOptions options)
    {
        var prior = File.Exists(run.LabelModelPath) ? LabelModelFile.Load(run.LabelModelPath).ClassBalance.Prior : null;
        var decide = new TieBreakPolicy(TieBreakKind.Prior);
        if (dev is { HasGold: true } && devSplit is not null)
        {
            var path = run.PseudolabelsPath(devSplit);
            var devPseudolabels = prior is not null && File.Exists(path) ? PseudolabelsFile.Load(path) : null;
            if (devPseudolabels is not null && devPseudolabels.Rows != dev.Count) devPseudolabels = null;
            return new Judge(Distiller.Texts(dev), dev.Gold!, $"the gold labels of '{devSplit}'",
                devPseudolabels is null ? null : decide.Decide(devPseudolabels, prior!), devPseudolabels?.Covered.ToArray());
        }
        if (options.Judge is not { Labelled: >= ReferenceLabels.MinRows } reference) return null;
        var rows = reference.Rows.Where((_, i) => reference.Labels[i] >= 0).ToArray();
        var trainAnswers = prior is null ? null : decide.Decide(trainPseudolabels, prior);
        return new Judge(rows.Select(train.Text).ToArray(), reference.Labels.Where(l => l >= 0).ToArray(),
            $"the {reference.Labelled} rows of the {reference.Source}", trainAnswers is null ? null : rows.Select(r => trainAnswers[r]).ToArray(),
            trainAnswers is null ? null : rows.Select(r => trainPseudolabels.Covered[r]).ToArray());
    }

    private static int[] Answers(EndModel model, IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        model.Decide(model.PredictProbabilities(texts, null, cancellationToken)).Select(d => d.Label).ToArray();

    /// <summary>
    /// Under <c>--features auto</c>, when sentence embeddings were chosen and there is something to judge by (the dev
    /// split's gold labels, else the LLM-labeled sample of <see cref="DistillationOptions.Judge"/>), also trains the head on
    /// TF-IDF and on both side by side, and keeps whichever answers the judge best (the simpler features on a tie, in the
    /// order minilm, tfidf, minilm+tfidf): which features fit a task is measured, not assumed (exact words decide spam,
    /// meaning decides sentiment, and some tasks need both). Returns the kept model with its answers on the judge rows when
    /// it compared (so they are not predicted again), else null answers.
    /// </summary>
    private static (EndModel Model, int[]? JudgeAnswers) ChooseFeatures(EndModel model, Dataset train, SoftTargets targets, Dataset? dev, Judge? judge, DistillationOptions options,
        IProgress<DistillationProgress>? progress, CancellationToken cancellationToken)
    {
        if (options.Features != Features.FeatureKind.Auto || model.Featurizer.Kind != Features.FeatureKind.MiniLm) return (model, null);
        if (judge is not { } j) return (model, null);
        var candidates = new List<EndModel> { model };
        try
        {
            foreach (var other in AutoAlternatives)
                candidates.Add(Distiller.Train(train, targets, dev, options with { Features = other }, progress, cancellationToken));
            var answers = candidates.Select(m => Answers(m, j.Texts, cancellationToken)).ToArray();
            var accuracies = answers.Select(a => (double)a.Where((label, i) => label == j.Labels[i]).Count() / Math.Max(1, j.Labels.Length)).ToArray();
            // The first best: a later candidate must be strictly better to replace an earlier one.
            var best = 0;
            for (var c = 1; c < candidates.Count; c++)
                if (accuracies[c] > accuracies[best]) best = c;
            var kept = candidates[best];
            var name = (EndModel m) => Features.FeatureKinds.Names.NameOf(m.Featurizer.Kind);
            var note = "auto: accuracy " + string.Join(", ", candidates.Select((m, c) => FormattableString.Invariant($"{accuracies[c]:0.000} with {name(m)}"))) +
                $" on {j.Name}; kept {name(kept)}";
            foreach (var m in candidates.Where(m => !ReferenceEquals(m, kept))) m.Dispose();
            candidates.Clear();
            return (kept with { FeatureNote = kept.FeatureNote is { } earlier ? earlier + ". " + note : note }, answers[best]);
        }
        catch
        {
            foreach (var m in candidates) m.Dispose();
            throw;
        }
    }

    /// <summary>What <c>auto</c> also trains on, after MiniLM, in order of preference on a tie.</summary>
    private static readonly Features.FeatureKind[] AutoAlternatives = [Features.FeatureKind.Tfidf, Features.FeatureKind.MiniLmTfidf];

    /// <summary>
    /// The training targets: the label model's distributions on the rows at least one program voted on, and, where
    /// <paramref name="answers"/> label a row, that class with certainty instead (covered by programs or not).
    /// </summary>
    public static SoftTargets CoveredTargets(Pseudolabels pseudolabels, ReferenceLabels? answers = null)
    {
        ArgumentNullException.ThrowIfNull(pseudolabels);
        var answer = answers?.LabelByRow(pseudolabels.Rows, pseudolabels.Classes) ?? [];
        var rows = Enumerable.Range(0, pseudolabels.Rows).Where(r => pseudolabels.Covered[r] || answer.ContainsKey(r)).ToArray();
        var probabilities = new float[rows.Length * pseudolabels.Classes];
        for (var i = 0; i < rows.Length; i++)
        {
            var target = probabilities.AsSpan(i * pseudolabels.Classes, pseudolabels.Classes);
            if (answer.TryGetValue(rows[i], out var label)) target[label] = 1;
            else pseudolabels.Row(rows[i]).CopyTo(target);
        }
        return new SoftTargets(rows, probabilities, pseudolabels.Classes);
    }

    /// <summary>"train" when the run has it, else the run's only split.</summary>
    private static string TrainSplit(RunManifest manifest, RunFolder run)
    {
        if (manifest.Splits.ContainsKey("train") || manifest.Splits.Count == 1) return manifest.TrainingSplit;
        throw new AlchemistException($"{run.ManifestPath}: no 'train' split among {string.Join(", ", manifest.Splits.Keys)}; distillation needs one to train on.");
    }
}
