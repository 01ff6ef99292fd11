using System.Numerics.Tensors;

namespace Alchemist.Distillation.Features;

/// <summary>A row-major dense matrix of features (e.g. one 384-float sentence embedding per row).</summary>
public sealed class DenseFeatureMatrix : FeatureMatrix
{
    private readonly float[] _values;

    /// <summary>Wraps <paramref name="values"/> (rows × columns, row-major) without copying.</summary>
    public DenseFeatureMatrix(float[] values, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (rows < 0 || columns <= 0 || (long)rows * columns != values.Length)
            throw new ArgumentException($"{values.Length} values are not {rows} rows × {columns} columns.", nameof(values));
        _values = values;
        Rows = rows;
        Columns = columns;
    }

    /// <inheritdoc />
    public override int Rows { get; }

    /// <inheritdoc />
    public override int Columns { get; }

    /// <summary>The row-major values.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>One row's features.</summary>
    public ReadOnlySpan<float> Row(int row) => _values.AsSpan(row * Columns, Columns);

    /// <inheritdoc />
    public override void MultiplyAdd(int row, ReadOnlySpan<float> weights, Span<float> output)
    {
        var x = Row(row);
        var width = output.Length;
        for (var j = 0; j < x.Length; j++)
        {
            if (x[j] != 0f) TensorPrimitives.MultiplyAdd(weights.Slice(j * width, width), x[j], output, output);
        }
    }

    /// <inheritdoc />
    public override void AddOuterProduct(int row, ReadOnlySpan<float> delta, Span<float> gradient)
    {
        var x = Row(row);
        var width = delta.Length;
        for (var j = 0; j < x.Length; j++)
        {
            if (x[j] == 0f) continue;
            var g = gradient.Slice(j * width, width);
            TensorPrimitives.MultiplyAdd(delta, x[j], g, g);
        }
    }
}
