namespace Alchemist.Distillation.Features;

/// <summary>
/// Sentence embeddings and TF-IDF side by side: a row is its dense columns followed by its sparse ones, so the first
/// layer sees what the text means (MiniLM) and which exact words it uses (TF-IDF) at once. Neither part is copied.
/// </summary>
internal sealed class ConcatenatedFeatureMatrix : FeatureMatrix
{
    /// <summary>Joins <paramref name="dense"/> and <paramref name="sparse"/>, which must have the same rows in the same order.</summary>
    public ConcatenatedFeatureMatrix(DenseFeatureMatrix dense, SparseFeatureMatrix sparse)
    {
        ArgumentNullException.ThrowIfNull(dense);
        ArgumentNullException.ThrowIfNull(sparse);
        if (dense.Rows != sparse.Rows) throw new ArgumentException($"{dense.Rows} dense rows but {sparse.Rows} sparse rows.", nameof(sparse));
        Dense = dense;
        Sparse = sparse;
    }

    /// <summary>The leading dense columns.</summary>
    public DenseFeatureMatrix Dense { get; }

    /// <summary>The trailing sparse columns.</summary>
    public SparseFeatureMatrix Sparse { get; }

    /// <inheritdoc />
    public override int Rows => Dense.Rows;

    /// <inheritdoc />
    public override int Columns => Dense.Columns + Sparse.Columns;

    /// <inheritdoc />
    internal override (int DenseColumns, SparseFeatureMatrix? Sparse) SparseTail => (Dense.Columns, Sparse);

    /// <inheritdoc />
    public override void MultiplyAdd(int row, ReadOnlySpan<float> weights, Span<float> output)
    {
        var split = Dense.Columns * output.Length;
        Dense.MultiplyAdd(row, weights[..split], output);
        Sparse.MultiplyAdd(row, weights[split..], output);
    }

    /// <inheritdoc />
    public override void AddOuterProduct(int row, ReadOnlySpan<float> delta, Span<float> gradient)
    {
        var split = Dense.Columns * delta.Length;
        Dense.AddOuterProduct(row, delta, gradient[..split]);
        Sparse.AddOuterProduct(row, delta, gradient[split..]);
    }
}
