namespace Alchemist.Evaluation;

/// <summary>
/// An accuracy measured on a sample, with its 95% Wilson score interval (which, unlike the normal approximation, stays
/// inside [0, 1] and is honest for small samples and accuracies near 1).
/// </summary>
/// <param name="Correct">Sample rows answered correctly.</param>
/// <param name="Total">Sample rows scored.</param>
public sealed record AccuracyEstimate(int Correct, int Total)
{
    private const double Z = 1.959963984540054;

    /// <summary>Correct / total; 0 when nothing was scored.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>The interval's lower end.</summary>
    public double Low => Bound(-1);

    /// <summary>The interval's upper end.</summary>
    public double High => Bound(+1);

    private double Bound(int sign)
    {
        if (Total == 0) return sign < 0 ? 0 : 1;
        double n = Total, p = Accuracy, z2 = Z * Z;
        var centre = p + z2 / (2 * n);
        var spread = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return Math.Clamp((centre + sign * spread) / (1 + z2 / n), 0, 1);
    }

    /// <summary>Scores <paramref name="answers"/> (indexed by row) on the sample's labelled rows; an answer of -1 counts as wrong.</summary>
    public static AccuracyEstimate Of(IReadOnlyList<int> rows, IReadOnlyList<int> labels, IReadOnlyList<int> answers)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(answers);
        int correct = 0, total = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (labels[i] < 0) continue;
            total++;
            if (answers[rows[i]] == labels[i]) correct++;
        }
        return new AccuracyEstimate(correct, total);
    }

    /// <inheritdoc />
    public override string ToString() => Total == 0 ? "no sample" :
        FormattableString.Invariant($"{Accuracy:0.000} (95% CI {Low:0.000}–{High:0.000}, n={Total})");
}
