using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Xunit.Abstractions;

namespace Alchemist.Tests.Distillation;

/// <summary>The English check behind the automatic features, measured on the shared datasets.</summary>
public sealed class TextLanguageDetectorTests(ITestOutputHelper output)
{
    /// <summary>The texts of a shared dataset, as distillation sees them (fields joined).</summary>
    internal static string[] Texts(string dataset) => dataset switch
    {
        // 13 reviews are empty: skipped, as `skip_bad_rows` would.
        "french_books" => Load(new DataSourceSpec(TestPaths.Shared("french_books", "french_books_reviews.csv"), TextFields: ["reader_review"], SkipBadRows: true)),
        "imdb" => Load(new DataSourceSpec(TestPaths.Shared("imdb", "train.jsonl"), TextFields: ["sentence"])),
        "yelp" => Load(new DataSourceSpec(TestPaths.Shared("yelp", "test.csv"), TextFields: ["text"])),
        "sms" or "youtube" => Distiller.Texts(DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared(dataset), "wrench", "train"))),
        "agnews" => Load(new DataSourceSpec(TestPaths.Shared("agnews", "test.csv"), TextFields: ["title", "description"])),
        "clickbait" => Load(new DataSourceSpec(TestPaths.Shared("clickbait", "clickbait_data.csv"), TextFields: ["headline"])),
        _ => throw new ArgumentOutOfRangeException(nameof(dataset)),
    };

    /// <summary>Texts only: the label set is a placeholder the loader asks for when no label field is read.</summary>
    private static string[] Load(DataSourceSpec spec) => Distiller.Texts(DatasetLoader.Load(spec, new LabelSet(["unused", "labels"])));

    [Theory]
    [InlineData("french_books", false, 0.95)]
    [InlineData("imdb", true, 0.02)]
    [InlineData("yelp", true, 0.02)]
    [InlineData("sms", true, 0.05)]
    [InlineData("youtube", true, 0.15)]
    [InlineData("agnews", true, 0.02)]
    [InlineData("clickbait", true, 0.05)]
    public void Tells_the_french_reviews_from_the_english_datasets(string dataset, bool english, double bound)
    {
        var estimate = TextLanguageDetector.Estimate(Texts(dataset));
        output.WriteLine($"{dataset}: {estimate.SampledRows} sampled, {estimate.EnglishRows} English, {estimate.OtherRows} other " +
            $"(most: {estimate.LikelyLanguage ?? "-"}), non-English share {estimate.NonEnglishShare:0.000}");
        Assert.Equal(!english, estimate.IsMostlyNonEnglish);
        // Far from the one-half threshold either way, not just on the right side of it.
        if (english) Assert.True(estimate.NonEnglishShare < bound, $"{estimate.NonEnglishShare:0.000}");
        else
        {
            Assert.True(estimate.NonEnglishShare > bound, $"{estimate.NonEnglishShare:0.000}");
            Assert.Equal("French", estimate.LikelyLanguage);
        }
    }

    [Theory]
    [InlineData("The plot was thin but the actors were great.", "English")]
    [InlineData("Ce livre est une merveille, je le recommande à tous.", "French")]
    [InlineData("Das Buch ist nicht schlecht, aber ich habe mehr erwartet.", "German")]
    [InlineData("El libro es muy bueno y la historia tiene mucho ritmo.", "Spanish")]
    [InlineData("O livro é muito bom e não tem nada de chato.", "Portuguese")]
    [InlineData("Il libro è molto bello e non mi ha annoiato.", "Italian")]
    [InlineData("Это очень хорошая книга", "non-Latin script")]
    [InlineData("5 stars!!! 10/10", null)]
    public void Classifies_single_rows_by_their_function_words(string text, string? expected) =>
        Assert.Equal(expected, TextLanguageDetector.Classify(text));

    [Fact]
    public void Auto_picks_character_ngram_tfidf_on_french_and_minilm_on_english_while_explicit_minilm_is_kept_with_a_warning()
    {
        var french = Texts("french_books");
        var auto = FeatureChoice.Resolve(FeatureKind.Auto, null, french);
        output.WriteLine(auto.Note);
        Assert.Equal(FeatureKind.Tfidf, auto.Kind);
        Assert.Equal(TfidfOptions.CharacterNgrams, auto.Tfidf);
        Assert.Equal((2, 5), (auto.Tfidf!.MinCharNgram, auto.Tfidf.MaxCharNgram));
        Assert.Contains("French", auto.Note);
        Assert.Contains("English-only", auto.Note);

        var explicitMiniLm = FeatureChoice.Resolve(FeatureKind.MiniLm, null, french);
        output.WriteLine(explicitMiniLm.Note);
        Assert.Equal(FeatureKind.MiniLm, explicitMiniLm.Kind);
        Assert.StartsWith("Warning:", explicitMiniLm.Note);
        Assert.Contains("French", explicitMiniLm.Note);

        // MiniLM beside TF-IDF is kept too, with the same warning, since its MiniLM half is as weak on French.
        var explicitBoth = FeatureChoice.Resolve(FeatureKind.MiniLmTfidf, null, french);
        Assert.Equal(FeatureKind.MiniLmTfidf, explicitBoth.Kind);
        Assert.Equal(explicitMiniLm.Note, explicitBoth.Note);

        var english = SentenceEmbedderTests.YouTubeTexts(500);
        Assert.Equal(new FeatureChoice(FeatureKind.MiniLm, null, null, TextLanguageDetector.Estimate(english)), FeatureChoice.Resolve(FeatureKind.Auto, null, english));
        Assert.Null(FeatureChoice.Resolve(FeatureKind.MiniLm, null, english).Note);
        Assert.Equal(new FeatureChoice(FeatureKind.MiniLmTfidf, null, null, TextLanguageDetector.Estimate(english)),
            FeatureChoice.Resolve(FeatureKind.MiniLmTfidf, null, english, autoTfidfAboveRows: 10));
        // An explicit TF-IDF request is the user's, settings included, whatever the language.
        var mine = new TfidfOptions(MaxWordNgram: 3);
        Assert.Equal(new FeatureChoice(FeatureKind.Tfidf, mine, null, null), FeatureChoice.Resolve(FeatureKind.Tfidf, mine, french));
    }

    [Fact]
    public void Auto_takes_tfidf_without_embedding_above_the_row_limit_while_an_explicit_request_is_kept()
    {
        var english = SentenceEmbedderTests.YouTubeTexts(500);
        var above = FeatureChoice.Resolve(FeatureKind.Auto, null, english, autoTfidfAboveRows: 499);
        output.WriteLine(above.Note);
        Assert.Equal(FeatureKind.Tfidf, above.Kind);
        Assert.Contains("500 training rows is above 499", above.Note);
        Assert.Equal(FeatureKind.MiniLm, FeatureChoice.Resolve(FeatureKind.Auto, null, english, autoTfidfAboveRows: 500).Kind);
        Assert.Equal(FeatureKind.MiniLm, FeatureChoice.Resolve(FeatureKind.MiniLm, null, english, autoTfidfAboveRows: 10).Kind);
        Assert.Equal(20_000, FeatureChoice.AutoTfidfAboveRows);
        // Above the limit, text that is not English still gets character n-grams, as below it.
        var french = FeatureChoice.Resolve(FeatureKind.Auto, null, Texts("french_books"), autoTfidfAboveRows: 10);
        Assert.Equal((FeatureKind.Tfidf, TfidfOptions.CharacterNgrams), (french.Kind, french.Tfidf));
    }
}
