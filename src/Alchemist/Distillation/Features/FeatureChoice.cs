using Alchemist.Distillation.Embeddings;

namespace Alchemist.Distillation.Features;

/// <summary>The features a distillation uses once the training texts have been looked at, and why, when that matters.</summary>
/// <param name="Kind">The featurizer to fit (never <see cref="FeatureKind.Auto"/>).</param>
/// <param name="Tfidf">TF-IDF settings: the caller's, or <see cref="TfidfOptions.CharacterNgrams"/> for the automatic fallback.</param>
/// <param name="Note">One line for the distill output and the model file: the automatic fallback taken, or a warning
/// that MiniLM was asked for on text that is not English; null when there is nothing to say.</param>
/// <param name="Language">The language estimate behind the choice; null when the request needed none (TF-IDF, numeric).</param>
internal sealed record FeatureChoice(FeatureKind Kind, TfidfOptions? Tfidf, string? Note, TextLanguageEstimate? Language)
{
    /// <summary>
    /// Above this many training rows <see cref="FeatureKind.Auto"/> takes TF-IDF without embedding anything. MiniLM
    /// embeds 360-810 short headlines/s on two cores (docs/measured/predict-before-after.md, scale-out.md), so 20,000 rows
    /// already cost half a minute to a minute before the head trains, and long reviews several times that; below it,
    /// <c>auto</c> trains on both and keeps the one the dev gold or the LLM sample scores better (what it kept on the
    /// experiment tasks, and by how much, is in docs/measured/refinement.md).
    /// </summary>
    public const int AutoTfidfAboveRows = 20_000;

    /// <summary>
    /// Resolves <paramref name="requested"/> on <paramref name="trainTexts"/>: <see cref="FeatureKind.Auto"/> becomes
    /// TF-IDF above <paramref name="autoTfidfAboveRows"/> training texts, MiniLM for English text and character n-gram
    /// TF-IDF otherwise (all-MiniLM-L6-v2 was trained on English only); an explicit MiniLM or MiniLM+TF-IDF request is kept,
    /// with a warning when the text is not English; other requests pass unchanged.
    /// </summary>
    public static FeatureChoice Resolve(FeatureKind requested, TfidfOptions? tfidf, IReadOnlyList<string> trainTexts,
        int autoTfidfAboveRows = AutoTfidfAboveRows)
    {
        ArgumentNullException.ThrowIfNull(trainTexts);
        if (requested is not (FeatureKind.Auto or FeatureKind.MiniLm or FeatureKind.MiniLmTfidf)) return new(requested, tfidf, null, null);
        var language = TextLanguageDetector.Estimate(trainTexts);
        if (!language.IsMostlyNonEnglish)
            // The row limit replaces MiniLM only: text that is not English gets character n-grams below, at any size.
            return requested == FeatureKind.Auto && trainTexts.Count > autoTfidfAboveRows
                ? new(FeatureKind.Tfidf, tfidf, FormattableString.Invariant(
                    $"Features: TF-IDF instead of MiniLM: {trainTexts.Count:N0} training rows is above {autoTfidfAboveRows:N0}, where embedding every row would dominate the run (--features minilm forces it)."),
                    language)
                : new(requested == FeatureKind.Auto ? FeatureKind.MiniLm : requested, tfidf, null, language);
        return requested == FeatureKind.Auto
            ? new(FeatureKind.Tfidf, tfidf ?? TfidfOptions.CharacterNgrams,
                $"Features: TF-IDF with character 2-5-grams instead of MiniLM: {language.Describe()}, and {MiniLmResources.ModelId} is English-only.",
                language)
            : new(requested, tfidf,
                $"Warning: {language.Describe()}, but {MiniLmResources.ModelId} is English-only, so its vectors of this text are weak; " +
                "--features tfidf (character n-grams, what --features auto picks here) usually does better.",
                language);
    }
}
