using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Tests.Distillation;

public sealed class SoftmaxNetworkTests
{
    public static TheoryData<int[], bool> Heads => new()
    {
        { [], false }, { [], true }, { [7], false }, { [7], true }, { [6, 5], false }, { [6, 5], true },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void Analytic_gradient_matches_finite_differences(int[] hidden, bool sparse)
    {
        const int rows = 5, columns = 9, classes = 3;
        var random = new Random(7);
        var features = RandomFeatures(random, rows, columns, sparse);
        var targets = RandomSoftTargets(random, rows, classes);
        var network = SoftmaxNetwork.Initialise(columns, hidden, classes, seed: 3);
        // Non-zero biases so every ReLU unit is clearly on or off and the finite difference does not straddle a kink.
        for (var i = 0; i < network.Parameters.Length; i++) network.Parameters[i] += 0.05f * (float)(random.NextDouble() - 0.5);

        var analytic = new float[network.Parameters.Length];
        MeanLoss(network, features, targets, analytic);
        const float step = 1e-3f;
        for (var p = 0; p < network.Parameters.Length; p++)
        {
            var original = network.Parameters[p];
            network.Parameters[p] = original + step;
            var plus = MeanLoss(network, features, targets, new float[analytic.Length]);
            network.Parameters[p] = original - step;
            var minus = MeanLoss(network, features, targets, new float[analytic.Length]);
            network.Parameters[p] = original;
            var numeric = (plus - minus) / (2 * step);
            Assert.True(Math.Abs(numeric - analytic[p]) < 2e-3 + 2e-2 * Math.Abs(numeric),
                $"parameter {p}: analytic {analytic[p]}, numeric {numeric}");
        }
    }

    [Theory]
    [InlineData(new int[0], false)]
    [InlineData(new int[0], true)]
    [InlineData(new[] { 16 }, false)]
    [InlineData(new[] { 16 }, true)]
    public void Learns_a_separable_problem_from_soft_labels_only(int[] hidden, bool sparse)
    {
        // Class = sign of the first feature; the targets are only 75 % sure, never one-hot.
        var random = new Random(11);
        const int rows = 600, columns = 12;
        var features = RandomFeatures(random, rows, columns, sparse, firstColumnAlwaysSet: true);
        var truth = Enumerable.Range(0, rows).Select(r => FirstValue(features, r) > 0 ? 1 : 0).ToArray();
        var probabilities = truth.SelectMany(c => c == 1 ? new[] { 0.25f, 0.75f } : [0.75f, 0.25f]).ToArray();
        var targets = new SoftTargets(Enumerable.Range(0, rows).ToArray(), probabilities, 2);

        var options = new TrainingOptions(hidden, LearningRate: 3e-2f, MaxEpochs: 60, Seed: 5);
        var trained = EndModelTrainer.Train(features, targets, validation: null, options);

        var predicted = trained.Network.PredictProbabilities(features);
        var correct = Enumerable.Range(0, rows).Count(r => (predicted[2 * r + 1] > 0.5f ? 1 : 0) == truth[r]);
        Assert.True(correct >= 0.97 * rows, $"{correct}/{rows} correct");
        Assert.Equal("pseudolabels", trained.Report.ValidationSource);
        Assert.Equal(60, trained.Report.ValidationRows);
        Assert.InRange(trained.Report.BestEpoch, 1, trained.Report.Epochs);
    }

    [Fact]
    public void Same_seed_gives_the_same_model_and_gold_validation_is_reported()
    {
        var random = new Random(1);
        var features = RandomFeatures(random, 200, 6, sparse: false);
        var targets = RandomSoftTargets(random, 200, 2);
        var gold = SoftTargets.FromGold(Enumerable.Range(0, 200).Select(i => i % 2).ToArray(), 2);
        var options = new TrainingOptions([8], MaxEpochs: 5, Seed: 42);
        var first = EndModelTrainer.Train(features, targets, (features, gold), options);
        var second = EndModelTrainer.Train(features, targets, (features, gold), options);
        Assert.Equal(first.Network.Parameters, second.Network.Parameters);
        Assert.Equal("gold", first.Report.ValidationSource);
        Assert.Equal(200, first.Report.TrainRows);
        var third = EndModelTrainer.Train(features, targets, (features, gold), options with { Seed = 43 });
        Assert.NotEqual(first.Network.Parameters, third.Network.Parameters);
    }

    private static double MeanLoss(SoftmaxNetwork network, FeatureMatrix features, SoftTargets targets, float[] gradient)
    {
        var workspace = network.CreateWorkspace();
        var loss = 0.0;
        for (var i = 0; i < targets.Count; i++)
            loss += network.AccumulateGradient(features, targets.Rows[i], targets.Target(i), 1f / targets.Count, gradient, workspace);
        return loss / targets.Count;
    }

    private static float FirstValue(FeatureMatrix features, int row) => features switch
    {
        DenseFeatureMatrix dense => dense.Row(row)[0],
        SparseFeatureMatrix sparse => sparse.RowValues(row)[0],
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Gaussian features; the sparse variant keeps about a third of the entries (and column 0 when asked).</summary>
    internal static FeatureMatrix RandomFeatures(Random random, int rows, int columns, bool sparse, bool firstColumnAlwaysSet = false)
    {
        float Next() => (float)(random.NextDouble() * 2 - 1);
        if (!sparse) return new DenseFeatureMatrix(Enumerable.Range(0, rows * columns).Select(_ => Next()).ToArray(), rows, columns);
        var starts = new List<int> { 0 };
        var indices = new List<int>();
        var values = new List<float>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (!(c == 0 && firstColumnAlwaysSet) && random.NextDouble() > 0.35) continue;
                indices.Add(c);
                values.Add(Next());
            }
            starts.Add(indices.Count);
        }
        return new SparseFeatureMatrix(starts.ToArray(), indices.ToArray(), values.ToArray(), columns);
    }

    private static SoftTargets RandomSoftTargets(Random random, int rows, int classes)
    {
        var probabilities = new float[rows * classes];
        for (var r = 0; r < rows; r++)
        {
            var row = probabilities.AsSpan(r * classes, classes);
            for (var k = 0; k < classes; k++) row[k] = (float)random.NextDouble() + 0.1f;
            var sum = 0f;
            foreach (var v in row) sum += v;
            for (var k = 0; k < classes; k++) row[k] /= sum;
        }
        return new SoftTargets(Enumerable.Range(0, rows).ToArray(), probabilities, classes);
    }
}
