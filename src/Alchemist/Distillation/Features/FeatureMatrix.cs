namespace Alchemist.Distillation.Features;

/// <summary>
/// Rows of features as an end model's first layer sees them. Dense (sentence embeddings) and sparse (TF-IDF)
/// matrices expose the same two row operations, so one head implementation trains on either.
/// </summary>
public abstract class FeatureMatrix
{
    /// <summary>Number of rows.</summary>
    public abstract int Rows { get; }

    /// <summary>Number of feature columns.</summary>
    public abstract int Columns { get; }

    /// <summary>
    /// <paramref name="output"/> += x_row · W, where <paramref name="weights"/> is a row-major
    /// <see cref="Columns"/> × output.Length matrix.
    /// </summary>
    public abstract void MultiplyAdd(int row, ReadOnlySpan<float> weights, Span<float> output);

    /// <summary>
    /// <paramref name="gradient"/> += x_rowᵀ ⊗ <paramref name="delta"/>, the first layer's weight gradient for one row
    /// (same layout as the weights of <see cref="MultiplyAdd"/>).
    /// </summary>
    public abstract void AddOuterProduct(int row, ReadOnlySpan<float> delta, Span<float> gradient);

    /// <summary>
    /// How the columns split for the trainer's lazy first-layer update: the leading dense columns, which every row
    /// touches, and the sparse matrix whose columns follow them (null when every column is dense).
    /// </summary>
    internal virtual (int DenseColumns, SparseFeatureMatrix? Sparse) SparseTail => (Columns, null);
}
