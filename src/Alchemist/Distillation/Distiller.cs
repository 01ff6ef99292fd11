using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Distillation;

/// <summary>
/// Trains an end model from a split's texts and the label model's soft pseudolabels (covered rows only), stopping
/// early on a gold-labelled dev split when there is one, else on the LLM-labeled sample (<see cref="DistillationOptions.Judge"/>,
/// its rows held out of training), else on held-out pseudolabels.
/// </summary>
internal static class Distiller
{
    /// <summary>
    /// Featurizes the texts, trains the head and returns the ready end model. <see cref="FeatureKind.Auto"/> features are
    /// resolved on the training texts first (<see cref="FeatureChoice"/>); the model's <see cref="EndModel.FeatureNote"/> says why.
    /// </summary>
    /// <param name="train">The training split (its texts; its gold labels are never used).</param>
    /// <param name="targets">Pseudolabel distributions of the covered training rows (row indices into <paramref name="train"/>).</param>
    /// <param name="dev">A dev split whose gold labels decide early stopping, or null (then <see cref="DistillationOptions.Judge"/> does, when given).</param>
    /// <param name="options">What to train.</param>
    /// <param name="progress">Stage-by-stage progress.</param>
    /// <param name="cancellationToken">Cancels featurizing and training.</param>
    public static EndModel Train(Dataset train, SoftTargets targets, Dataset? dev, DistillationOptions options,
        IProgress<DistillationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        if (targets.Classes != train.Labels.Count)
            throw new AlchemistException($"The pseudolabels have {targets.Classes} classes but {train.Source} has {train.Labels.Count}.");
        if (targets.Rows.Any(r => r < 0 || r >= train.Count))
            throw new AlchemistException($"The pseudolabels refer to rows outside the {train.Count} rows of {train.Source}.");
        var trainTexts = Texts(train);
        var choice = FeatureChoice.Resolve(options.Features, options.Tfidf, trainTexts);
        var featurizer = (options with { Features = choice.Kind, Tfidf = choice.Tfidf }).CreateFeaturizer(trainTexts, cancellationToken);
        try
        {
            var features = Featurize(featurizer, trainTexts, "train", progress, cancellationToken);
            (FeatureMatrix, SoftTargets)? validation = null;
            var source = "gold";
            if (dev is { HasGold: true })
            {
                if (!dev.Labels.Equals(train.Labels)) throw new AlchemistException($"{dev.Source} has other classes than {train.Source}.");
                validation = (Featurize(featurizer, Texts(dev), "dev", progress, cancellationToken), SoftTargets.FromGold(dev.Gold!, dev.Labels.Count));
            }
            else if (JudgeTargets(options.Judge, train.Count, targets.Classes) is { } judged)
            {
                // The LLM-labeled sample stands in for a dev split: its rows stop training early and are held out of it,
                // so the choices made on them afterwards (features, whose answer covered rows take) score unseen rows.
                validation = (features, judged);
                var held = judged.Rows.ToHashSet();
                targets = targets.Select(Enumerable.Range(0, targets.Count).Where(i => !held.Contains(targets.Rows[i])).ToArray());
                source = options.Judge!.Source;
            }
            var training = options.EffectiveTraining;
            var stage = $"training {EndModelKinds.Names.NameOf(options.EndModel)}";
            var epochs = progress is null ? null : new ForwardingProgress<TrainingEpoch>(e => progress.Report(new DistillationProgress(stage, e.Epoch, e.MaxEpochs)));
            var trained = EndModelTrainer.Train(features, targets, validation, training, epochs, source, cancellationToken);
            return new EndModel(train.Labels, options.EndModel, featurizer, trained.Network, trained.Report, train.FieldNames) { FeatureNote = choice.Note };
        }
        catch
        {
            featurizer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The judge's labelled rows as certain targets (each row once, in row order), or null when fewer than
    /// <see cref="ReferenceLabels.MinRows"/> are labelled: too few to stop on.
    /// </summary>
    private static SoftTargets? JudgeTargets(ReferenceLabels? judge, int rows, int classes)
    {
        if (judge is not { Labelled: >= ReferenceLabels.MinRows }) return null;
        var labelled = judge.LabelByRow(rows, classes).OrderBy(p => p.Key).ToArray();
        if (labelled.Length < ReferenceLabels.MinRows) return null;
        var probabilities = new float[labelled.Length * classes];
        for (var k = 0; k < labelled.Length; k++) probabilities[k * classes + labelled[k].Value] = 1f;
        return new SoftTargets(labelled.Select(p => p.Key).ToArray(), probabilities, classes);
    }

    /// <summary>The texts of every row, as programs saw them (fields joined).</summary>
    public static string[] Texts(Dataset dataset) => Enumerable.Range(0, dataset.Count).Select(dataset.Text).ToArray();

    private static FeatureMatrix Featurize(ITextFeaturizer featurizer, string[] texts, string split, IProgress<DistillationProgress>? progress,
        CancellationToken cancellationToken)
    {
        var stage = $"{featurizer.Kind switch { FeatureKind.MiniLm => "embedding", FeatureKind.Tfidf => "tf-idf", FeatureKind.MiniLmTfidf => "embedding + tf-idf", _ => "features" }} {split}";
        var done = progress is null ? null : new ForwardingProgress<int>(n => progress.Report(new DistillationProgress(stage, n, texts.Length)));
        return featurizer.Transform(texts, done, cancellationToken);
    }
}
