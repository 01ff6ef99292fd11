using System.Numerics.Tensors;

namespace Alchemist.Distillation.Training;

/// <summary>
/// Adam with decoupled weight decay (AdamW, Loshchilov and Hutter): the decay shrinks only the weight blocks it is
/// given, never the biases.
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

    /// <summary>One update of <paramref name="parameters"/> from <paramref name="gradient"/>.</summary>
    public void Step(Span<float> parameters, ReadOnlySpan<float> gradient)
    {
        _step++;
        if (_weightDecay > 0f)
            foreach (var (offset, length) in _decayed)
            {
                var block = parameters.Slice(offset, length);
                TensorPrimitives.Multiply(block, 1f - _learningRate * _weightDecay, block);
            }
        TensorPrimitives.Multiply(_m, Beta1, _m);
        TensorPrimitives.MultiplyAdd(gradient, 1f - Beta1, _m, _m);
        TensorPrimitives.Multiply(gradient, gradient, _scratch);
        TensorPrimitives.Multiply(_v, Beta2, _v);
        TensorPrimitives.MultiplyAdd(_scratch, 1f - Beta2, _v, _v);
        var firstCorrection = 1f - MathF.Pow(Beta1, _step);
        var secondCorrection = 1f - MathF.Pow(Beta2, _step);
        // step = lr · m̂ / (√v̂ + ε), with m̂ = m / c1 and √v̂ = √v / √c2.
        TensorPrimitives.Sqrt(_v, _scratch);
        TensorPrimitives.Multiply(_scratch, 1f / MathF.Sqrt(secondCorrection), _scratch);
        TensorPrimitives.Add(_scratch, Epsilon, _scratch);
        TensorPrimitives.Divide(_m, _scratch, _scratch);
        TensorPrimitives.MultiplyAdd(_scratch, -_learningRate / firstCorrection, parameters, parameters);
    }
}
