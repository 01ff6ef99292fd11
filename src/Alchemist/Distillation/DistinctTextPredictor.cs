namespace Alchemist.Distillation;

/// <summary>
/// Predicts with an end model batch after batch, featurizing each distinct text once across all batches: a repeated
/// text (a re-posted comment, a boilerplate headline) reuses the probabilities computed the first time it was seen.
/// </summary>
internal sealed class DistinctTextPredictor
{
    private readonly EndModel _model;
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly List<float[]> _probabilities = [];

    /// <summary>Predicts with <paramref name="model"/> (not owned: the caller disposes it).</summary>
    public DistinctTextPredictor(EndModel model) => _model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>Distinct texts featurized so far.</summary>
    public int DistinctTexts => _seen.Count;

    /// <summary>Class probabilities of each text of the batch, row-major (texts × classes).</summary>
    /// <param name="texts">The batch.</param>
    /// <param name="cancellationToken">Cancels featurizing.</param>
    public float[] Predict(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var index = new int[texts.Count];
        var fresh = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (!_seen.TryGetValue(texts[i], out index[i]))
            {
                index[i] = _seen.Count;
                _seen.Add(texts[i], index[i]);
                fresh.Add(texts[i]);
            }
        }
        var classes = _model.Labels.Count;
        if (fresh.Count > 0)
        {
            var probabilities = _model.PredictProbabilities(fresh, null, cancellationToken);
            for (var r = 0; r < fresh.Count; r++) _probabilities.Add(probabilities.AsSpan(r * classes, classes).ToArray());
        }
        var result = new float[texts.Count * classes];
        for (var i = 0; i < texts.Count; i++) _probabilities[index[i]].CopyTo(result.AsSpan(i * classes, classes));
        return result;
    }
}
