using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Distillation.Features;
using Alchemist.Evaluation;
using Alchemist.Labeling;

namespace Alchemist.Distillation;

/// <summary>A distilled end model scored on one split of its run, with the label-model evaluation's metrics.</summary>
/// <param name="EndModel">The head.</param>
/// <param name="Features">The features.</param>
/// <param name="ModelPath">The model file scored.</param>
/// <param name="EvalSplit">The split whose gold labels scored the predictions.</param>
/// <param name="Scores">Scores on every row with a gold label (the end model answers every row, so coverage is 1).</param>
/// <param name="Training">How the model was trained (which split stopped it early, and on what).</param>
/// <param name="Answers">The end model's answer on every row of the split.</param>
/// <param name="Probabilities">Its class probabilities on every row, as pseudolabels (all rows covered).</param>
/// <param name="CoveredAnswer">Whose answer the model file says rows with votes take (<see cref="Distillation.EndModel.CoveredAnswer"/>).</param>
internal sealed record EndModelEvaluation(
    EndModelKind EndModel,
    FeatureKind Features,
    string ModelPath,
    string EvalSplit,
    ClassificationScores Scores,
    Training.TrainingReport Training,
    int[] Answers,
    Pseudolabels Probabilities,
    CoveredRowsAnswer CoveredAnswer)
{
    /// <summary>Loads the run's end model, predicts every row of <paramref name="split"/> and scores against its gold labels.</summary>
    /// <param name="run">The run folder (its manifest names the split's data).</param>
    /// <param name="split">The split to score, e.g. test.</param>
    /// <param name="positiveClass">The class binary F1 is about.</param>
    /// <param name="modelPath">The model to score; null means the run's <see cref="RunFolder.EndModelPath"/>.</param>
    /// <param name="cancellationToken">Cancels featurizing.</param>
    /// <exception cref="AlchemistException">No such split, no gold labels on it, or no end model yet.</exception>
    public static EndModelEvaluation Run(RunFolder run, string split, int positiveClass = 1, string? modelPath = null,
        CancellationToken cancellationToken = default)
    {
        var manifest = RunManifest.Load(run);
        if (!manifest.Splits.TryGetValue(split, out var spec))
            throw new AlchemistException($"{run.ManifestPath}: no split '{split}' (the run has {string.Join(", ", manifest.Splits.Keys)}).");
        modelPath ??= run.EndModelPath;
        using var model = EndModelFile.Load(modelPath, new Embeddings.EmbeddingCache(DistillStep.EmbeddingCacheDirectory(run)));
        if (!model.Labels.Equals(manifest.LabelSet))
            throw new AlchemistException($"{modelPath} predicts {string.Join(", ", model.Labels.Names)} but the run's classes are {string.Join(", ", manifest.Labels)}.");
        var dataset = DatasetLoader.Load(spec, manifest.LabelSet, cancellationToken);
        if (!dataset.HasGold) throw new AlchemistException($"Split '{split}' ({dataset.Source}) has no gold labels to score against.");
        var probabilities = model.PredictProbabilities(Distiller.Texts(dataset), null, cancellationToken);
        var answers = model.Decide(probabilities).Select(d => d.Label).ToArray();
        var asPseudolabels = new Pseudolabels(model.Labels.Count, probabilities, Enumerable.Repeat(true, dataset.Count).ToArray());
        var scores = Metrics.Score(dataset.Gold!, answers, asPseudolabels, positiveClass: positiveClass);
        return new EndModelEvaluation(model.Kind, model.Featurizer.Kind, modelPath, split, scores, model.Report, answers, asPseudolabels, model.CoveredAnswer);
    }
}
