namespace Alchemist.Distillation.Features;

/// <summary>TF-IDF vocabulary settings.</summary>
/// <param name="MaxWordNgram">Word n-grams from 1 up to this length (words are lower-cased runs of letters and digits).</param>
/// <param name="MinCharNgram">Shortest character n-gram, taken inside each word padded with one space on both sides.</param>
/// <param name="MaxCharNgram">Longest character n-gram; 0 turns character n-grams off.</param>
/// <param name="MinDocumentFrequency">Terms in fewer training texts are dropped (typos, ids).</param>
/// <param name="MaxFeatures">Keep at most this many terms, the most frequent by document frequency.</param>
public sealed record TfidfOptions(
    int MaxWordNgram = 2,
    int MinCharNgram = 3,
    int MaxCharNgram = 5,
    int MinDocumentFrequency = 2,
    int MaxFeatures = 50_000)
{
    /// <summary>
    /// Word unigrams and word-boundary-aware character 2–5-grams (sklearn's <c>char_wb</c>): the language-independent
    /// choice for text the English-only embedding model does not cover, since inflected forms share their n-grams.
    /// </summary>
    public static TfidfOptions CharacterNgrams { get; } = new(MaxWordNgram: 1, MinCharNgram: 2, MaxCharNgram: 5);
}
