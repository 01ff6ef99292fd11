using System.Text;

namespace Alchemist.Distillation.Features;

/// <summary>
/// Word and character n-gram TF-IDF fitted on the training texts: sublinear term frequency (1 + ln tf), smoothed
/// idf (ln((1 + n) / (1 + df)) + 1), rows scaled to unit length — the usual strong linear-text baseline.
/// </summary>
internal sealed class TfidfFeaturizer : ITextFeaturizer
{
    private readonly Dictionary<string, int> _index;
    private readonly float[] _idf;

    /// <summary>Recreates a fitted featurizer (e.g. from a saved end model).</summary>
    /// <param name="options">The settings it was fitted with.</param>
    /// <param name="terms">The vocabulary; term i is column i.</param>
    /// <param name="idf">Inverse document frequency of each term.</param>
    public TfidfFeaturizer(TfidfOptions options, IReadOnlyList<string> terms, float[] idf)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(idf);
        if (terms.Count == 0) throw new AlchemistException("The TF-IDF vocabulary is empty: no term occurs in enough training texts.");
        if (terms.Count != idf.Length) throw new ArgumentException($"{terms.Count} terms but {idf.Length} idf values.", nameof(idf));
        Options = options;
        Terms = terms;
        _idf = idf;
        _index = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++) _index.Add(terms[i], i);
    }

    /// <summary>Learns the vocabulary and idf from <paramref name="texts"/>.</summary>
    public static TfidfFeaturizer Fit(IReadOnlyList<string> texts, TfidfOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= new TfidfOptions();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            if (i % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
            seen.Clear();
            ForEachTerm(texts[i], options, term => seen.Add(term));
            foreach (var term in seen) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }
        var kept = documentFrequency.Where(t => t.Value >= options.MinDocumentFrequency)
            .OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(options.MaxFeatures).ToArray();
        var idf = kept.Select(t => (float)(Math.Log((1.0 + texts.Count) / (1.0 + t.Value)) + 1.0)).ToArray();
        return new TfidfFeaturizer(options, kept.Select(t => t.Key).ToArray(), idf);
    }

    /// <summary>The settings the vocabulary was fitted with.</summary>
    public TfidfOptions Options { get; }

    /// <summary>The vocabulary: term i is column i ("w " + word n-gram, or "c " + character n-gram).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Inverse document frequency of each term.</summary>
    public ReadOnlySpan<float> Idf => _idf;

    /// <inheritdoc />
    public FeatureKind Kind => FeatureKind.Tfidf;

    /// <inheritdoc />
    public int Columns => Terms.Count;

    /// <inheritdoc />
    public FeatureMatrix Transform(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Vectorize(texts, progress, cancellationToken);

    /// <summary>The TF-IDF rows of <paramref name="texts"/>, one sparse row per text.</summary>
    public SparseFeatureMatrix Vectorize(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        using var timed = StageTimes.Measure(PredictStage.Tfidf);
        var rows = new (int[] Indices, float[] Values)[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, () => new Dictionary<int, int>(),
            (i, _, counts) =>
            {
                counts.Clear();
                ForEachTerm(texts[i], Options, term =>
                {
                    if (_index.TryGetValue(term, out var column)) counts[column] = counts.GetValueOrDefault(column) + 1;
                });
                rows[i] = Weigh(counts);
                return counts;
            }, _ => { });
        progress?.Report(texts.Count);
        var starts = new int[texts.Count + 1];
        for (var i = 0; i < rows.Length; i++) starts[i + 1] = starts[i] + rows[i].Indices.Length;
        var indices = new int[starts[^1]];
        var values = new float[starts[^1]];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i].Indices.CopyTo(indices, starts[i]);
            rows[i].Values.CopyTo(values, starts[i]);
        }
        return new SparseFeatureMatrix(starts, indices, values, Columns);
    }

    /// <inheritdoc />
    public void Dispose() { }

    private (int[] Indices, float[] Values) Weigh(Dictionary<int, int> counts)
    {
        var indices = counts.Keys.Order().ToArray();
        var values = new float[indices.Length];
        var norm = 0.0;
        for (var k = 0; k < indices.Length; k++)
        {
            values[k] = (1f + MathF.Log(counts[indices[k]])) * _idf[indices[k]];
            norm += values[k] * (double)values[k];
        }
        if (norm > 0)
            for (var k = 0; k < values.Length; k++) values[k] = (float)(values[k] / Math.Sqrt(norm));
        return (indices, values);
    }

    /// <summary>Calls <paramref name="visit"/> for every word and character n-gram of a text (repeats included).</summary>
    private static void ForEachTerm(string text, TfidfOptions options, Action<string> visit)
    {
        var words = Words(text ?? "");
        for (var n = 1; n <= options.MaxWordNgram; n++)
            for (var i = 0; i + n <= words.Count; i++)
                visit("w " + string.Join(' ', words.Skip(i).Take(n)));
        if (options.MaxCharNgram <= 0) return;
        foreach (var word in words)
        {
            var padded = " " + word + " ";
            for (var n = options.MinCharNgram; n <= options.MaxCharNgram; n++)
                for (var i = 0; i + n <= padded.Length; i++)
                    visit(string.Concat("c ", padded.AsSpan(i, n)));
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }
}
