using System.Globalization;

namespace Alchemist.Distillation.Features;

/// <summary>How a sample of texts divided between English and other languages.</summary>
/// <param name="SampledRows">Rows looked at.</param>
/// <param name="EnglishRows">Rows with more English function words than of any other listed language.</param>
/// <param name="OtherRows">Rows with more function words of another language, or mostly letters outside the Latin script.</param>
/// <param name="LikelyLanguage">The language most non-English rows point to ("French", …, or "non-Latin script"); null when none do.</param>
internal sealed record TextLanguageEstimate(int SampledRows, int EnglishRows, int OtherRows, string? LikelyLanguage)
{
    /// <summary>Share of the decided rows (English or other) that are not English; 0 when no row could be decided.</summary>
    public double NonEnglishShare => EnglishRows + OtherRows == 0 ? 0 : (double)OtherRows / (EnglishRows + OtherRows);

    /// <summary>True when most decided rows are not English (no decided row at all counts as English: nothing to warn about).</summary>
    public bool IsMostlyNonEnglish => NonEnglishShare > TextLanguageDetector.NonEnglishThreshold;

    /// <summary>The estimate in words, e.g. "1,923 of 1,928 sampled rows (99.7%) read as French".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{OtherRows:N0} of {EnglishRows + OtherRows:N0} sampled rows ({NonEnglishShare:0.0%}) read as {LikelyLanguage ?? "another language"}");
}

/// <summary>
/// A cheap, deterministic guess of whether texts are English, to warn before an English-only embedding model is used
/// on them. Each sampled row votes by its function words (<see cref="StopWords"/>): English when it has more English
/// ones than of any single other language, other when it has fewer, undecided on a tie (e.g. "5 stars"); a row whose
/// letters are mostly outside the Latin script (Cyrillic, CJK, Arabic…) votes other. Measured on ../shared/data
/// (TextLanguageDetectorTests, at most 2,000 evenly spaced rows): French book reviews 0.997 non-English (1,923 of 1,928
/// decided rows); IMDb, Yelp and AG News 0.000, clickbait 0.009, SMS 0.015, YouTube comments 0.061 (some are Spanish or
/// Portuguese), so a one-half threshold separates them widely.
/// </summary>
internal static class TextLanguageDetector
{
    /// <summary>Rows sampled (evenly spaced, so the result does not depend on the order of a sorted file's head).</summary>
    public const int SampleRows = 2000;

    /// <summary>Texts count as not English above this share of non-English decided rows.</summary>
    public const double NonEnglishThreshold = 0.5;

    /// <summary>Estimates the language mix of <paramref name="texts"/> from at most <see cref="SampleRows"/> of them.</summary>
    public static TextLanguageEstimate Estimate(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var sample = Math.Min(SampleRows, texts.Count);
        var (english, other) = (0, 0);
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sample; i++)
        {
            var vote = Classify(texts[(int)((long)i * texts.Count / sample)] ?? "");
            if (vote is null) continue;
            if (vote == "English") english++;
            else
            {
                other++;
                votes[vote] = votes.GetValueOrDefault(vote) + 1;
            }
        }
        var likely = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key).FirstOrDefault();
        return new TextLanguageEstimate(sample, english, other, likely);
    }

    /// <summary>"English", another language's name, "non-Latin script", or null when the row cannot tell.</summary>
    internal static string? Classify(string text)
    {
        var (letters, nonLatin) = (0, 0);
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            // Above Latin Extended-B: Greek, Cyrillic, CJK, Arabic… (the accented Latin letters of the listed languages stay below).
            if (c > '\u024F') nonLatin++;
        }
        if (letters == 0) return null;
        if (nonLatin * 2 > letters) return "non-Latin script";
        var english = 0;
        var others = new int[StopWords.Others.Count];
        foreach (var word in Words(text))
        {
            if (StopWords.English.Contains(word)) english++;
            for (var k = 0; k < others.Length; k++)
                if (StopWords.Others[k].Words.Contains(word)) others[k]++;
        }
        var best = others.Length == 0 ? 0 : others.Max();
        if (english > best) return "English";
        if (english == best) return null;
        return StopWords.Others[Array.IndexOf(others, best)].Language;
    }

    /// <summary>Lower-cased runs of letters (digits and apostrophes split words, so "l'auteur" gives "l" and "auteur").</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
