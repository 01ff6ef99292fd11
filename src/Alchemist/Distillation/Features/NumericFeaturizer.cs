namespace Alchemist.Distillation.Features;

/// <summary>
/// The features of a feature task (concept scores, tabular measurements) taken as they are: each row text is parsed
/// with <see cref="FeatureRow"/> and every column standardised with the training rows' mean and standard deviation
/// (a missing value becomes the mean, 0). Saved with the end model so prediction uses the training statistics.
/// </summary>
internal sealed class NumericFeaturizer : ITextFeaturizer
{
    internal NumericFeaturizer(float[] mean, float[] scale)
    {
        if (mean.Length == 0 || mean.Length != scale.Length) throw new ArgumentException("Mean and scale need one entry per column.");
        Mean = mean;
        Scale = scale;
    }

    /// <summary>Per-column mean of the training rows.</summary>
    internal float[] Mean { get; }

    /// <summary>Per-column standard deviation of the training rows (1 where a column is constant).</summary>
    internal float[] Scale { get; }

    /// <inheritdoc />
    public FeatureKind Kind => FeatureKind.Numeric;

    /// <inheritdoc />
    public int Columns => Mean.Length;

    /// <summary>Learns the mean and standard deviation of every column from the training rows.</summary>
    /// <exception cref="AlchemistException">No rows, or a row that does not hold numbers.</exception>
    public static NumericFeaturizer Fit(IReadOnlyList<string> trainTexts)
    {
        ArgumentNullException.ThrowIfNull(trainTexts);
        if (trainTexts.Count == 0) throw new AlchemistException("Numeric features need at least one training row.");
        var columns = trainTexts[0].Split(Data.Dataset.FieldSeparator).Length;
        var (sum, squares, counts) = (new double[columns], new double[columns], new int[columns]);
        foreach (var text in trainTexts)
        {
            var values = Parse(text, columns);
            for (var c = 0; c < columns; c++)
            {
                if (double.IsNaN(values[c])) continue;
                sum[c] += values[c];
                squares[c] += values[c] * values[c];
                counts[c]++;
            }
        }
        var mean = new float[columns];
        var scale = new float[columns];
        for (var c = 0; c < columns; c++)
        {
            var m = counts[c] == 0 ? 0 : sum[c] / counts[c];
            var variance = counts[c] == 0 ? 0 : Math.Max(0, squares[c] / counts[c] - m * m);
            mean[c] = (float)m;
            scale[c] = variance > 1e-24 ? (float)Math.Sqrt(variance) : 1f;
        }
        return new NumericFeaturizer(mean, scale);
    }

    /// <inheritdoc />
    public FeatureMatrix Transform(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var output = new float[texts.Count * Columns];
        for (var i = 0; i < texts.Count; i++)
        {
            var values = Parse(texts[i], Columns);
            for (var c = 0; c < Columns; c++)
                output[i * Columns + c] = double.IsNaN(values[c]) ? 0f : (float)((values[c] - Mean[c]) / Scale[c]);
        }
        progress?.Report(texts.Count);
        return new DenseFeatureMatrix(output, texts.Count, Columns);
    }

    private static double[] Parse(string text, int columns)
    {
        try
        {
            return FeatureRow.Parse(text, columns);
        }
        catch (ProgramOutputException e)
        {
            throw new AlchemistException($"A row is not a numeric feature row: {e.Message}");
        }
    }

    /// <inheritdoc />
    public void Dispose() { }
}
