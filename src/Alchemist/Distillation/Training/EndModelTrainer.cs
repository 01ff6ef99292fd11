using System.Diagnostics;
using Alchemist.Distillation.Features;

namespace Alchemist.Distillation.Training;

/// <summary>A trained network and how its training went.</summary>
/// <param name="Network">The weights of the best validation epoch.</param>
/// <param name="Report">The training summary.</param>
internal sealed record TrainedNetwork(SoftmaxNetwork Network, TrainingReport Report);

/// <summary>
/// Fits a <see cref="SoftmaxNetwork"/> to soft targets: mini-batch Adam on the cross-entropy between the label
/// model's probabilities and the prediction, early stopping on a validation set, keeping the best epoch's weights.
/// </summary>
internal static class EndModelTrainer
{
    /// <summary>Trains a network.</summary>
    /// <param name="features">Features of every row the targets refer to.</param>
    /// <param name="targets">Training rows (the covered ones) and their pseudolabel distributions.</param>
    /// <param name="validation">Gold-labelled dev rows (features and one-hot targets) that decide early stopping; when
    /// null, a seeded <see cref="TrainingOptions.ValidationFraction"/> of the training rows is held out and scored
    /// against its pseudolabels instead.</param>
    /// <param name="options">Architecture and optimisation settings.</param>
    /// <param name="progress">Receives every finished epoch.</param>
    /// <param name="validationSource">What <paramref name="validation"/>'s labels are, for the report (<see cref="TrainingReport.ValidationSource"/>).</param>
    /// <param name="cancellationToken">Checked between batches.</param>
    public static TrainedNetwork Train(FeatureMatrix features, SoftTargets targets, (FeatureMatrix Features, SoftTargets Targets)? validation,
        TrainingOptions options, IProgress<TrainingEpoch>? progress = null, string validationSource = "gold", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(targets);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var source = validation is null ? "pseudolabels" : validationSource;
        if (validation is null)
        {
            if (targets.Count < 2) throw new AlchemistException($"Only {targets.Count} covered training row(s): too few to train and validate an end model.");
            var shuffled = Enumerable.Range(0, targets.Count).ToArray();
            random.Shuffle(shuffled);
            var held = Math.Max(1, (int)Math.Round(targets.Count * options.ValidationFraction));
            validation = (features, targets.Select(shuffled[..held]));
            targets = targets.Select(shuffled[held..]);
        }
        if (targets.Count == 0) throw new AlchemistException("No covered training rows: the label model labelled nothing, so there is nothing to distill.");
        var (validationFeatures, validationTargets) = validation.Value;
        if (validationTargets.Count == 0) throw new AlchemistException("The validation split has no gold labels to stop early on.");

        var network = SoftmaxNetwork.Initialise(features.Columns, options.HiddenSizes, targets.Classes, options.Seed);
        var optimiser = new AdamOptimizer(network.Parameters.Length, options.LearningRate, options.WeightDecay, network.WeightBlocks);
        var gradient = new float[network.Parameters.Length];
        var workspace = network.CreateWorkspace();
        // Sparse rows (TF-IDF, alone or after MiniLM's dense columns) touch few inputs per batch: clear and update only
        // those rows of the first layer (the dense columns' rows every batch).
        var (denseColumns, sparse) = features.SparseTail;
        var width = network.FirstLayerWidth;
        var firstBlock = features.Columns * width;
        var touched = sparse is null ? null : new bool[features.Columns];
        var touchedRows = new List<int>();
        var order = Enumerable.Range(0, targets.Count).ToArray();
        var best = (Parameters: (float[])network.Parameters.Clone(), Epoch: 0, Loss: double.PositiveInfinity, Accuracy: 0.0);
        var epoch = 0;
        while (epoch < options.MaxEpochs && epoch - best.Epoch < options.Patience)
        {
            epoch++;
            random.Shuffle(order);
            var trainLoss = 0.0;
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start));
                if (sparse is null) Array.Clear(gradient);
                else
                {
                    // The gradient of the first layer is zero outside the batch's rows: clear the last batch's and mark this one's.
                    foreach (var row in touchedRows)
                    {
                        Array.Clear(gradient, row * width, width);
                        touched![row] = false;
                    }
                    Array.Clear(gradient, firstBlock, gradient.Length - firstBlock);
                    touchedRows.Clear();
                    for (var column = 0; column < denseColumns; column++)
                    {
                        touched![column] = true;
                        touchedRows.Add(column);
                    }
                    foreach (var i in batch)
                        foreach (var sparseColumn in sparse.RowIndices(targets.Rows[i]))
                        {
                            var column = denseColumns + sparseColumn;
                            if (!touched![column])
                            {
                                touched[column] = true;
                                touchedRows.Add(column);
                            }
                        }
                }
                foreach (var i in batch)
                    trainLoss += network.AccumulateGradient(features, targets.Rows[i], targets.Target(i), 1f / batch.Length, gradient, workspace);
                if (sparse is null) optimiser.Step(network.Parameters, gradient);
                else optimiser.StepSparse(network.Parameters, gradient, firstBlock, width, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(touchedRows));
            }
            var (loss, accuracy) = Score(network, validationFeatures, validationTargets, workspace);
            progress?.Report(new TrainingEpoch(epoch, options.MaxEpochs, trainLoss / order.Length, loss, accuracy));
            if (loss < best.Loss - 1e-6)
            {
                network.Parameters.CopyTo(best.Parameters);
                best = best with { Epoch = epoch, Loss = loss, Accuracy = accuracy };
            }
        }
        best.Parameters.CopyTo(network.Parameters);
        var report = new TrainingReport(targets.Count, validationTargets.Count, source, epoch, best.Epoch, best.Loss, best.Accuracy,
            clock.Elapsed.TotalSeconds);
        return new TrainedNetwork(network, report);
    }

    /// <summary>Mean cross-entropy and accuracy (against each target's most likely class) over the listed rows.</summary>
    internal static (double Loss, double Accuracy) Score(SoftmaxNetwork network, FeatureMatrix features, SoftTargets targets,
        SoftmaxNetwork.Workspace workspace)
    {
        var loss = 0.0;
        var correct = 0;
        for (var i = 0; i < targets.Count; i++)
        {
            var probabilities = network.Forward(features, targets.Rows[i], workspace);
            var target = targets.Target(i);
            for (var k = 0; k < targets.Classes; k++)
                if (target[k] > 0f) loss -= target[k] * Math.Log(Math.Max(probabilities[k], 1e-30f));
            if (ArgMax(probabilities) == ArgMax(target)) correct++;
        }
        return (loss / targets.Count, (double)correct / targets.Count);
    }

    private static int ArgMax(ReadOnlySpan<float> values) => System.Numerics.Tensors.TensorPrimitives.IndexOfMax(values);
}
