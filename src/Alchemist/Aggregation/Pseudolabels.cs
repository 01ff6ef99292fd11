namespace Alchemist.Aggregation;

/// <summary>
/// Per-row class probabilities from a label model: row-major <c>Rows × Classes</c> floats, each row summing to 1,
/// and whether any program voted on the row (uncovered rows carry the model's prior or a uniform row).
/// </summary>
/// <param name="Classes">Number of classes k.</param>
/// <param name="Probabilities">Row-major n × k probabilities.</param>
/// <param name="Covered">Per row: true when at least one program voted.</param>
public sealed record Pseudolabels(int Classes, float[] Probabilities, bool[] Covered)
{
    /// <summary>Number of rows.</summary>
    public int Rows => Covered.Length;

    /// <summary>The probabilities of one row.</summary>
    public ReadOnlySpan<float> Row(int row) => Probabilities.AsSpan(row * Classes, Classes);

    /// <summary>Fraction of rows with at least one vote.</summary>
    public double Coverage => Rows == 0 ? 0 : (double)Covered.Count(c => c) / Rows;
}
