using System.Numerics.Tensors;

namespace Alchemist.Distillation.Features;

/// <summary>A compressed-sparse-row matrix (e.g. TF-IDF): per row, the column indices and values of its non-zeros.</summary>
internal sealed class SparseFeatureMatrix : FeatureMatrix
{
    private readonly int[] _rowStarts;
    private readonly int[] _indices;
    private readonly float[] _values;

    /// <summary>
    /// Wraps CSR arrays without copying: row r's non-zeros are at positions
    /// [<paramref name="rowStarts"/>[r], <paramref name="rowStarts"/>[r+1]) of <paramref name="indices"/> and <paramref name="values"/>.
    /// </summary>
    public SparseFeatureMatrix(int[] rowStarts, int[] indices, float[] values, int columns)
    {
        ArgumentNullException.ThrowIfNull(rowStarts);
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(values);
        if (rowStarts.Length == 0 || rowStarts[^1] != indices.Length || indices.Length != values.Length)
            throw new ArgumentException("Row starts, indices and values do not describe one CSR matrix.", nameof(rowStarts));
        if (columns <= 0) throw new ArgumentOutOfRangeException(nameof(columns), "A matrix needs at least one column.");
        _rowStarts = rowStarts;
        _indices = indices;
        _values = values;
        Columns = columns;
    }

    /// <inheritdoc />
    public override int Rows => _rowStarts.Length - 1;

    /// <inheritdoc />
    public override int Columns { get; }

    /// <inheritdoc />
    internal override (int DenseColumns, SparseFeatureMatrix? Sparse) SparseTail => (0, this);

    /// <summary>Number of stored non-zeros.</summary>
    public int NonZeros => _values.Length;

    /// <summary>The column indices of one row's non-zeros.</summary>
    public ReadOnlySpan<int> RowIndices(int row) => _indices.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);

    /// <summary>The values of one row's non-zeros, aligned with <see cref="RowIndices"/>.</summary>
    public ReadOnlySpan<float> RowValues(int row) => _values.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);

    /// <inheritdoc />
    public override void MultiplyAdd(int row, ReadOnlySpan<float> weights, Span<float> output)
    {
        var indices = RowIndices(row);
        var values = RowValues(row);
        var width = output.Length;
        for (var k = 0; k < indices.Length; k++)
            TensorPrimitives.MultiplyAdd(weights.Slice(indices[k] * width, width), values[k], output, output);
    }

    /// <inheritdoc />
    public override void AddOuterProduct(int row, ReadOnlySpan<float> delta, Span<float> gradient)
    {
        var indices = RowIndices(row);
        var values = RowValues(row);
        var width = delta.Length;
        for (var k = 0; k < indices.Length; k++)
        {
            var g = gradient.Slice(indices[k] * width, width);
            TensorPrimitives.MultiplyAdd(delta, values[k], g, g);
        }
    }
}
