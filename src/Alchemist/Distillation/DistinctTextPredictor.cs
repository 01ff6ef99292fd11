namespace Alchemist.Distillation;

/// <summary>
/// Predicts with an end model batch after batch, featurizing a repeated text (a re-posted comment, a boilerplate
/// headline) once: its probabilities are kept and reused. Memory is bounded whatever the input's size: the
/// probabilities of at most <see cref="Capacity"/> distinct texts are kept, the least recently seen dropped first, so a
/// text that comes back after that many other distinct texts is featurized again, to the same probabilities (TF-IDF
/// is a function of the text, and embeddings come from the content-keyed cache). Results never depend on the capacity.
/// </summary>
internal sealed class DistinctTextPredictor
{
    /// <summary>Distinct texts kept by default: about 30 MB of short texts, and far more than a chunk repeats within itself.</summary>
    public const int DefaultCapacity = 100_000;

    private readonly EndModel _model;
    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Probabilities)>> _kept = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Probabilities)> _recency = []; // most recently seen first

    /// <summary>Predicts with <paramref name="model"/> (not owned: the caller disposes it), keeping at most <paramref name="capacity"/> texts' probabilities.</summary>
    public DistinctTextPredictor(EndModel model, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _model = model ?? throw new ArgumentNullException(nameof(model));
        Capacity = capacity;
    }

    /// <summary>The most distinct texts whose probabilities are kept.</summary>
    public int Capacity { get; }

    /// <summary>Texts featurized so far: the distinct texts, plus any featurized again after they were dropped.</summary>
    public int Featurized { get; private set; }

    /// <summary>Texts whose probabilities are kept now (at most <see cref="Capacity"/>).</summary>
    public int Kept => _kept.Count;

    /// <summary>Class probabilities of each text of the batch, row-major (texts × classes).</summary>
    /// <param name="texts">The batch.</param>
    /// <param name="cancellationToken">Cancels featurizing.</param>
    public float[] Predict(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var dedup = StageTimes.Measure(PredictStage.Dedup);
        var classes = _model.Labels.Count;
        var rows = new float[texts.Count][];
        var fresh = new List<string>();
        var freshIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var waiting = new List<(int Row, int Fresh)>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (_kept.TryGetValue(texts[i], out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                rows[i] = node.Value.Probabilities;
            }
            else
            {
                if (!freshIndex.TryGetValue(texts[i], out var k))
                {
                    freshIndex.Add(texts[i], k = fresh.Count);
                    fresh.Add(texts[i]);
                }
                waiting.Add((i, k));
            }
        }
        dedup.Dispose();
        if (fresh.Count > 0)
        {
            var probabilities = _model.PredictProbabilities(fresh, null, cancellationToken);
            using var keep = StageTimes.Measure(PredictStage.Dedup);
            Featurized += fresh.Count;
            var computed = new float[fresh.Count][];
            for (var k = 0; k < fresh.Count; k++)
            {
                computed[k] = probabilities.AsSpan(k * classes, classes).ToArray();
                Keep(fresh[k], computed[k]);
            }
            foreach (var (row, k) in waiting) rows[row] = computed[k];
        }
        using var gather = StageTimes.Measure(PredictStage.Dedup);
        var result = new float[texts.Count * classes];
        for (var i = 0; i < texts.Count; i++) rows[i].CopyTo(result.AsSpan(i * classes, classes));
        return result;
    }

    /// <summary>Keeps a text's probabilities as the most recent, dropping the least recently seen beyond the capacity.</summary>
    private void Keep(string text, float[] probabilities)
    {
        _kept.Add(text, _recency.AddFirst((text, probabilities)));
        if (_kept.Count <= Capacity) return;
        var oldest = _recency.Last!;
        _recency.RemoveLast();
        _kept.Remove(oldest.Value.Text);
    }
}
