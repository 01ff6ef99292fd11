using Alchemist.Data;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Distillation;

/// <summary>
/// Trains an end model from a split's texts and the label model's soft pseudolabels (covered rows only), stopping
/// early on a gold-labelled dev split when there is one, or on held-out pseudolabels when there is not.
/// </summary>
internal static class Distiller
{
    /// <summary>
    /// Featurizes the texts, trains the head and returns the ready end model. <see cref="FeatureKind.Auto"/> features are
    /// resolved on the training texts first (<see cref="FeatureChoice"/>); the model's <see cref="EndModel.FeatureNote"/> says why.
    /// </summary>
    /// <param name="train">The training split (its texts; its gold labels are never used).</param>
    /// <param name="targets">Pseudolabel distributions of the covered training rows (row indices into <paramref name="train"/>).</param>
    /// <param name="dev">A dev split whose gold labels decide early stopping, or null.</param>
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
            if (dev is { HasGold: true })
            {
                if (!dev.Labels.Equals(train.Labels)) throw new AlchemistException($"{dev.Source} has other classes than {train.Source}.");
                validation = (Featurize(featurizer, Texts(dev), "dev", progress, cancellationToken), SoftTargets.FromGold(dev.Gold!, dev.Labels.Count));
            }
            var training = options.EffectiveTraining;
            var stage = $"training {EndModelKinds.Names.NameOf(options.EndModel)}";
            var epochs = progress is null ? null : new ForwardingProgress<TrainingEpoch>(e => progress.Report(new DistillationProgress(stage, e.Epoch, e.MaxEpochs)));
            var trained = EndModelTrainer.Train(features, targets, validation, training, epochs, cancellationToken);
            return new EndModel(train.Labels, options.EndModel, featurizer, trained.Network, trained.Report, train.FieldNames) { FeatureNote = choice.Note };
        }
        catch
        {
            featurizer.Dispose();
            throw;
        }
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
