using System.Numerics.Tensors;
using Alchemist.Distillation.Features;

namespace Alchemist.Distillation.Training;

/// <summary>
/// A feed-forward classifier: zero or more ReLU hidden layers and a softmax output. With no hidden layer it is
/// multinomial logistic regression, so both end models are one mechanism. All parameters live in one array
/// (per layer: the inputs × outputs weights row-major, then the biases), which keeps the optimiser, early-stopping
/// snapshots and saving trivial.
/// </summary>
public sealed class SoftmaxNetwork
{
    private readonly int[] _sizes;
    private readonly int[] _offsets;

    /// <summary>Creates a network with the given parameters, or zeros when <paramref name="parameters"/> is null.</summary>
    /// <param name="inputs">Number of input features.</param>
    /// <param name="hiddenSizes">Width of each hidden layer; empty for logistic regression.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="parameters">Every weight and bias in the layout described on the class, or null.</param>
    public SoftmaxNetwork(int inputs, IReadOnlyList<int> hiddenSizes, int classes, float[]? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(hiddenSizes);
        if (inputs < 1) throw new ArgumentOutOfRangeException(nameof(inputs), "A network needs at least one input.");
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), "A classifier needs at least two classes.");
        if (hiddenSizes.Any(h => h < 1)) throw new ArgumentException("Every hidden layer needs at least one unit.", nameof(hiddenSizes));
        _sizes = [inputs, .. hiddenSizes, classes];
        _offsets = new int[_sizes.Length];
        long total = 0;
        for (var l = 0; l < Layers; l++)
        {
            _offsets[l] = checked((int)total);
            total += (long)_sizes[l] * _sizes[l + 1] + _sizes[l + 1];
        }
        if (total > Array.MaxLength) throw new AlchemistException($"A network of {total} parameters is too large; use fewer features or smaller hidden layers.");
        _offsets[Layers] = (int)total;
        if (parameters is not null && parameters.Length != total)
            throw new ArgumentException($"{parameters.Length} parameters given, the network has {total}.", nameof(parameters));
        Parameters = parameters ?? new float[total];
    }

    /// <summary>A network with He-initialised ReLU layers and Glorot-initialised output layer, zero biases, from a seed.</summary>
    public static SoftmaxNetwork Initialise(int inputs, IReadOnlyList<int> hiddenSizes, int classes, int seed)
    {
        var network = new SoftmaxNetwork(inputs, hiddenSizes, classes);
        var random = new Random(seed);
        for (var l = 0; l < network.Layers; l++)
        {
            var fanIn = network._sizes[l];
            var fanOut = network._sizes[l + 1];
            var scale = l < network.Layers - 1 ? MathF.Sqrt(2f / fanIn) : MathF.Sqrt(2f / (fanIn + fanOut));
            var weights = network.Weights(l);
            for (var i = 0; i < weights.Length; i++) weights[i] = scale * Gaussian(random);
        }
        return network;
    }

    /// <summary>Number of input features.</summary>
    public int Inputs => _sizes[0];

    /// <summary>Number of classes.</summary>
    public int Classes => _sizes[^1];

    /// <summary>Widths of the hidden layers (empty for logistic regression).</summary>
    public IReadOnlyList<int> HiddenSizes => _sizes[1..^1];

    /// <summary>Every weight and bias, in the layout described on the class.</summary>
    public float[] Parameters { get; }

    /// <summary>Number of weight layers (hidden layers + 1).</summary>
    internal int Layers => _sizes.Length - 1;

    /// <summary>Outputs of the first layer (the first hidden width, or the classes without hidden layers): the row length of its
    /// inputs × outputs weight block, which starts the parameters.</summary>
    internal int FirstLayerWidth => _sizes[1];

    /// <summary>The (offset, length) of each layer's weight block: what weight decay applies to (biases are not decayed).</summary>
    internal IEnumerable<(int Offset, int Length)> WeightBlocks =>
        Enumerable.Range(0, Layers).Select(l => (_offsets[l], _sizes[l] * _sizes[l + 1]));

    /// <summary>Scratch buffers for one row's forward and backward pass; one per thread.</summary>
    internal sealed class Workspace
    {
        /// <summary>Creates the buffers for <paramref name="network"/>.</summary>
        public Workspace(SoftmaxNetwork network)
        {
            Outputs = network._sizes.Skip(1).Select(n => new float[n]).ToArray();
            Deltas = network._sizes.Skip(1).Select(n => new float[n]).ToArray();
        }

        /// <summary>Each layer's output: ReLU activations, then the class probabilities last.</summary>
        public float[][] Outputs { get; }

        /// <summary>Each layer's loss gradient with respect to its pre-activation.</summary>
        public float[][] Deltas { get; }
    }

    /// <summary>Creates scratch buffers for <see cref="Forward"/> and <see cref="AccumulateGradient"/>.</summary>
    internal Workspace CreateWorkspace() => new(this);

    /// <summary>Class probabilities of every row of <paramref name="features"/>, row-major (rows × classes).</summary>
    public float[] PredictProbabilities(FeatureMatrix features, CancellationToken cancellationToken = default)
    {
        CheckInputs(features);
        var result = new float[features.Rows * Classes];
        var chunk = Math.Max(256, features.Rows / (4 * Environment.ProcessorCount) + 1);
        Parallel.For(0, (features.Rows + chunk - 1) / chunk, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            var workspace = CreateWorkspace();
            for (var row = c * chunk; row < Math.Min(features.Rows, (c + 1) * chunk); row++)
                Forward(features, row, workspace).CopyTo(result.AsSpan(row * Classes, Classes));
        });
        return result;
    }

    /// <summary>Runs one row through the network; returns its class probabilities (a view into the workspace).</summary>
    internal ReadOnlySpan<float> Forward(FeatureMatrix features, int row, Workspace workspace)
    {
        for (var l = 0; l < Layers; l++)
        {
            var output = workspace.Outputs[l];
            Biases(l).CopyTo(output);
            if (l == 0) features.MultiplyAdd(row, Weights(0), output);
            else MultiplyAdd(workspace.Outputs[l - 1], Weights(l), output);
            if (l < Layers - 1) TensorPrimitives.Max(output, 0f, output);
            else Softmax(output);
        }
        return workspace.Outputs[^1];
    }

    /// <summary>
    /// Adds <paramref name="scale"/> × the gradient of the cross-entropy between <paramref name="target"/> (a
    /// probability vector) and the network's prediction for one row to <paramref name="gradient"/>; returns the
    /// row's (unscaled) loss.
    /// </summary>
    internal float AccumulateGradient(FeatureMatrix features, int row, ReadOnlySpan<float> target, float scale, Span<float> gradient,
        Workspace workspace)
    {
        var probabilities = Forward(features, row, workspace);
        var loss = 0f;
        for (var k = 0; k < Classes; k++)
            if (target[k] > 0f) loss -= target[k] * MathF.Log(Math.Max(probabilities[k], 1e-30f));
        // Softmax + cross-entropy: d loss / d logits = p − t.
        var delta = workspace.Deltas[^1];
        TensorPrimitives.Subtract(probabilities, target, delta);
        TensorPrimitives.Multiply(delta, scale, delta);
        for (var l = Layers - 1; l >= 0; l--)
        {
            delta = workspace.Deltas[l];
            var width = _sizes[l + 1];
            var biasGradient = gradient.Slice(_offsets[l] + _sizes[l] * width, width);
            TensorPrimitives.Add(biasGradient, delta, biasGradient);
            var weightGradient = gradient.Slice(_offsets[l], _sizes[l] * width);
            if (l == 0)
            {
                features.AddOuterProduct(row, delta, weightGradient);
                continue;
            }
            var input = workspace.Outputs[l - 1];
            var previousDelta = workspace.Deltas[l - 1];
            var weights = Weights(l);
            for (var i = 0; i < input.Length; i++)
            {
                // ReLU: units that were off pass no gradient and contributed nothing to this layer.
                if (input[i] <= 0f)
                {
                    previousDelta[i] = 0f;
                    continue;
                }
                var g = weightGradient.Slice(i * width, width);
                TensorPrimitives.MultiplyAdd(delta, input[i], g, g);
                previousDelta[i] = TensorPrimitives.Dot(weights.Slice(i * width, width), delta);
            }
        }
        return loss;
    }

    private Span<float> Weights(int layer) => Parameters.AsSpan(_offsets[layer], _sizes[layer] * _sizes[layer + 1]);

    private Span<float> Biases(int layer) => Parameters.AsSpan(_offsets[layer] + _sizes[layer] * _sizes[layer + 1], _sizes[layer + 1]);

    private static void MultiplyAdd(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output)
    {
        var width = output.Length;
        for (var i = 0; i < input.Length; i++)
            if (input[i] != 0f) TensorPrimitives.MultiplyAdd(weights.Slice(i * width, width), input[i], output, output);
    }

    private static void Softmax(Span<float> logits)
    {
        // Shift by the maximum so exp never overflows.
        TensorPrimitives.Subtract(logits, TensorPrimitives.Max(logits), logits);
        TensorPrimitives.Exp(logits, logits);
        TensorPrimitives.Divide(logits, TensorPrimitives.Sum(logits), logits);
    }

    private void CheckInputs(FeatureMatrix features)
    {
        if (features.Columns != Inputs)
            throw new AlchemistException($"The features have {features.Columns} columns but the end model expects {Inputs}.");
    }

    private static float Gaussian(Random random) =>
        (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}
