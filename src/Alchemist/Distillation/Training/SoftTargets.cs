namespace Alchemist.Distillation.Training;

/// <summary>
/// Training or validation targets: for each listed row of a feature matrix, a probability vector over the classes
/// (soft pseudolabels, or one-hot gold labels).
/// </summary>
/// <param name="Rows">Row indices into the feature matrix (e.g. the rows the label model covered).</param>
/// <param name="Probabilities">Rows.Length × classes, row-major, aligned with <paramref name="Rows"/>; each row sums to 1.</param>
/// <param name="Classes">Number of classes.</param>
public sealed record SoftTargets(int[] Rows, float[] Probabilities, int Classes)
{
    /// <summary>The target distribution of the i-th listed row.</summary>
    public ReadOnlySpan<float> Target(int i) => Probabilities.AsSpan(i * Classes, Classes);

    /// <summary>Number of listed rows.</summary>
    public int Count => Rows.Length;

    /// <summary>One-hot targets for the rows with a gold label (id ≥ 0); rows labelled -1 are left out.</summary>
    public static SoftTargets FromGold(IReadOnlyList<int> gold, int classes)
    {
        var rows = Enumerable.Range(0, gold.Count).Where(i => gold[i] >= 0).ToArray();
        var probabilities = new float[rows.Length * classes];
        for (var i = 0; i < rows.Length; i++) probabilities[i * classes + gold[rows[i]]] = 1f;
        return new SoftTargets(rows, probabilities, classes);
    }

    /// <summary>The subset at positions <paramref name="positions"/> of this list.</summary>
    public SoftTargets Select(IReadOnlyList<int> positions)
    {
        var probabilities = new float[positions.Count * Classes];
        for (var i = 0; i < positions.Count; i++) Target(positions[i]).CopyTo(probabilities.AsSpan(i * Classes, Classes));
        return new SoftTargets(positions.Select(p => Rows[p]).ToArray(), probabilities, Classes);
    }
}
