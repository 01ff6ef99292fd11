using System.Numerics.Tensors;

namespace Alchemist.Distillation.Training;

/// <summary>
/// Adam with decoupled weight decay (AdamW, Loshchilov and Hutter): the decay shrinks only the weight blocks it is
/// given, never the biases. <see cref="StepSparse"/> is the lazy variant for a first layer fed by sparse rows (TF-IDF):
/// only the input rows a batch touched are updated, as TensorFlow's LazyAdam does.
/// </summary>
internal sealed class AdamOptimizer
{
    private const float Beta1 = 0.9f;
    private const float Beta2 = 0.999f;
    private const float Epsilon = 1e-8f;

    private readonly float[] _m;
    private readonly float[] _v;
    private readonly float[] _scratch;
    private readonly (int Offset, int Length)[] _decayed;
    private readonly float _learningRate;
    private readonly float _weightDecay;
    private int _step;

    public AdamOptimizer(int parameters, float learningRate, float weightDecay, IEnumerable<(int Offset, int Length)> decayedBlocks)
    {
        _m = new float[parameters];
        _v = new float[parameters];
        _scratch = new float[parameters];
        _learningRate = learningRate;
        _weightDecay = weightDecay;
        _decayed = decayedBlocks.ToArray();
    }

    /// <summary>One update of every parameter from <paramref name="gradient"/>.</summary>
    public void Step(Span<float> parameters, ReadOnlySpan<float> gradient)
    {
        _step++;
        Update(parameters, gradient, 0, parameters.Length);
    }

    /// <summary>
    /// One lazy update: the parameters from <paramref name="sparseLength"/> on as <see cref="Step"/> does, and of the first
    /// <paramref name="sparseLength"/> (a row-major inputs × <paramref name="width"/> weight block) only the rows in
    /// <paramref name="touchedRows"/>, whose inputs were non-zero in the batch; the others keep their weights and moments.
    /// On sparse text features a batch touches a few thousand of tens of thousands of inputs, so this is what makes a
    /// TF-IDF head train in seconds rather than minutes; it is no longer the dense AdamW trajectory (untouched rows'
    /// momentum and decay wait until their input appears again).
    /// </summary>
    public void StepSparse(Span<float> parameters, ReadOnlySpan<float> gradient, int sparseLength, int width, ReadOnlySpan<int> touchedRows)
    {
        _step++;
        Update(parameters, gradient, sparseLength, parameters.Length - sparseLength);
        foreach (var row in touchedRows) Update(parameters, gradient, row * width, width);
    }

    /// <summary>Decay (where a decayed block overlaps) and the Adam step on parameters [start, start + length).</summary>
    private void Update(Span<float> parameters, ReadOnlySpan<float> gradient, int start, int length)
    {
        if (length == 0) return;
        if (_weightDecay > 0f)
            foreach (var (offset, blockLength) in _decayed)
            {
                var from = Math.Max(offset, start);
                var to = Math.Min(offset + blockLength, start + length);
                if (from >= to) continue;
                var block = parameters[from..to];
                TensorPrimitives.Multiply(block, 1f - _learningRate * _weightDecay, block);
            }
        var p = parameters.Slice(start, length);
        var g = gradient.Slice(start, length);
        var m = _m.AsSpan(start, length);
        var v = _v.AsSpan(start, length);
        var scratch = _scratch.AsSpan(start, length);
        TensorPrimitives.Multiply(m, Beta1, m);
        TensorPrimitives.MultiplyAdd(g, 1f - Beta1, m, m);
        TensorPrimitives.Multiply(g, g, scratch);
        TensorPrimitives.Multiply(v, Beta2, v);
        TensorPrimitives.MultiplyAdd(scratch, 1f - Beta2, v, v);
        var firstCorrection = 1f - MathF.Pow(Beta1, _step);
        var secondCorrection = 1f - MathF.Pow(Beta2, _step);
        // step = lr · m̂ / (√v̂ + ε), with m̂ = m / c1 and √v̂ = √v / √c2.
        TensorPrimitives.Sqrt(v, scratch);
        TensorPrimitives.Multiply(scratch, 1f / MathF.Sqrt(secondCorrection), scratch);
        TensorPrimitives.Add(scratch, Epsilon, scratch);
        TensorPrimitives.Divide(m, scratch, scratch);
        TensorPrimitives.MultiplyAdd(scratch, -_learningRate / firstCorrection, p, p);
    }
}
