namespace Alchemist.Distillation.Features;

/// <summary>How texts become features for the end model.</summary>
public enum FeatureKind
{
    /// <summary>all-MiniLM-L6-v2 sentence embeddings (384 dense floats): best quality.</summary>
    MiniLm,

    /// <summary>Word and character n-gram TF-IDF (sparse): fast, no model to run.</summary>
    Tfidf,

    /// <summary>A feature task's own numeric columns, standardised (<see cref="NumericFeaturizer"/>).</summary>
    Numeric,

    /// <summary>
    /// A request, never the kind of a fitted featurizer: TF-IDF above 20,000 training rows, else <see cref="MiniLm"/> for
    /// English text (checked against TF-IDF and <see cref="MiniLmTfidf"/> on the dev gold or the LLM sample when there is
    /// one), TF-IDF with character n-grams (<see cref="TfidfOptions.CharacterNgrams"/>) when the training texts are not English (<see cref="FeatureChoice"/>).
    /// </summary>
    Auto,

    /// <summary>
    /// MiniLM embeddings followed by TF-IDF (<see cref="ConcatenatedFeatureMatrix"/>): meaning and exact words together,
    /// at the cost of both featurizers at prediction.
    /// </summary>
    MiniLmTfidf,
}

/// <summary>The names of <see cref="FeatureKind"/> on the command line and in outputs.</summary>
internal static class FeatureKinds
{
    /// <summary>auto, minilm, tfidf, minilm+tfidf and numeric.</summary>
    public static ChoiceNames<FeatureKind> Names { get; } = new("feature kind",
        ("auto", FeatureKind.Auto), ("minilm", FeatureKind.MiniLm), ("tfidf", FeatureKind.Tfidf), ("minilm+tfidf", FeatureKind.MiniLmTfidf),
        ("numeric", FeatureKind.Numeric));
}
