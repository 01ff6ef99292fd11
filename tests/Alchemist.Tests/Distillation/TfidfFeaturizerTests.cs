using Alchemist.Distillation.Features;

namespace Alchemist.Tests.Distillation;

public sealed class TfidfFeaturizerTests
{
    private static readonly string[] Corpus =
    [
        "Free money, click here!",
        "free FREE free money now",
        "I loved this song",
        "this song is great, check my channel",
    ];

    [Fact]
    public void Learns_word_bigrams_and_character_ngrams_above_the_document_frequency_floor()
    {
        var tfidf = TfidfFeaturizer.Fit(Corpus, new TfidfOptions(MinDocumentFrequency: 2));
        Assert.Contains("w free", tfidf.Terms);
        Assert.Contains("w free money", tfidf.Terms);
        Assert.Contains("w this song", tfidf.Terms);
        Assert.Contains("c  fre", tfidf.Terms);
        Assert.DoesNotContain("w click", tfidf.Terms);
        // Smoothed idf: a term in 2 of 4 texts gets ln(5/3) + 1.
        var free = tfidf.Terms.ToList().IndexOf("w free");
        Assert.Equal(Math.Log(5.0 / 3.0) + 1, tfidf.Idf[free], 1e-5);
    }

    [Fact]
    public void Rows_are_unit_length_with_sublinear_counts_and_unknown_terms_ignored()
    {
        var tfidf = TfidfFeaturizer.Fit(Corpus, new TfidfOptions(MaxCharNgram: 0, MinDocumentFrequency: 1));
        var features = (SparseFeatureMatrix)tfidf.Transform(["free free free money", "zebra", "money"]);
        Assert.Equal(3, features.Rows);
        var values = features.RowValues(0).ToArray();
        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => v * (double)v)), 1e-5);
        var terms = features.RowIndices(0).ToArray().Select(i => tfidf.Terms[i]).ToList();
        var free = values[terms.IndexOf("w free")];
        var money = values[terms.IndexOf("w money")];
        // Both terms are in 2 texts (same idf); "free" appears 3 times, so its weight is 1 + ln 3 times money's.
        Assert.Equal(1 + Math.Log(3), free / money, 1e-4);
        Assert.Equal(0, features.RowIndices(1).Length);
        Assert.Equal(1, features.RowIndices(2).Length);
    }

    [Fact]
    public void Keeps_the_most_frequent_terms_when_capped()
    {
        var tfidf = TfidfFeaturizer.Fit(Corpus, new TfidfOptions(MaxCharNgram: 0, MinDocumentFrequency: 1, MaxFeatures: 3));
        Assert.Equal(3, tfidf.Columns);
        Assert.Contains("w free", tfidf.Terms);
    }

    [Fact]
    public void Refuses_an_empty_vocabulary()
    {
        var error = Assert.Throws<AlchemistException>(() => TfidfFeaturizer.Fit(["a", "b"], new TfidfOptions(MinDocumentFrequency: 2)));
        Assert.Contains("vocabulary is empty", error.Message);
    }
}
