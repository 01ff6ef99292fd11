using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Alchemist.Distillation.Embeddings;
using Alchemist.Distillation.Features;
using Alchemist.Tests.Data;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Alchemist.Tests.Distillation;

/// <summary>
/// The per-text embedding store: what it embeds (counted by wrapping the embedder, never by a clock), what it reads
/// back (bit for bit), and what it does with damaged entries, a damaged file, old whole-list files and parallel readers.
/// </summary>
public sealed class EmbeddingCacheTests(SentenceEmbedderTests.Model model, ITestOutputHelper output) : IClassFixture<SentenceEmbedderTests.Model>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private EmbeddingCache Cache() => new(_folder.PathOf("cache"));

    [Fact]
    public void A_second_run_with_one_changed_row_embeds_only_that_row_and_returns_the_exact_vectors()
    {
        var texts = SentenceEmbedderTests.YouTubeTexts(60);
        var distinct = texts.Distinct(StringComparer.Ordinal).Count();
        var counting = new CountingEmbedder(model.Embedder);

        var first = Cache().Fetch(counting, texts);
        Assert.Equal((distinct, 0, distinct), (first.DistinctTexts, first.Hits, first.Embedded));
        // Embedding through the cache gives the bits of embedding directly.
        AssertRowsEqual(model.Embedder.Embed(texts), first.Vectors, Enumerable.Range(0, texts.Length));

        var edited = texts.ToArray();
        edited[17] += " (edited)";
        counting.Reset();
        var second = new EmbeddingCache(Cache().Directory).Fetch(counting, edited); // a new instance: another run
        output.WriteLine($"first run: {first.Hits} hits, {first.Embedded} embedded; second run, row 17 edited: {second.Hits} hits, {second.Embedded} embedded");
        Assert.Equal((distinct - 1, 1), (second.Hits, second.Embedded));
        Assert.Equal([edited[17]], counting.Texts);
        Assert.Equal(1, counting.Calls);
        AssertRowsEqual(first.Vectors, second.Vectors, Enumerable.Range(0, texts.Length).Where(r => texts[r] != texts[17]));
        AssertRowsEqual(model.Embedder.Embed([edited[17]]), second.Vectors, [17], otherRow: 0);

        counting.Reset();
        var third = Cache().Fetch(counting, edited);
        Assert.Equal((distinct, 0), (third.Hits, third.Embedded));
        Assert.Equal(0, counting.Calls);
        AssertRowsEqual(second.Vectors, third.Vectors, Enumerable.Range(0, texts.Length));
    }

    [Fact]
    public void Repeated_texts_are_embedded_once_and_new_texts_in_committed_batches()
    {
        var fake = new FakeEmbedder();
        var texts = Enumerable.Range(0, EmbeddingCache.EmbedBatch * 2 + 100).Select(i => $"text {i % (EmbeddingCache.EmbedBatch + 500)}").ToArray();
        var lookup = Cache().Fetch(fake, texts);
        Assert.Equal(EmbeddingCache.EmbedBatch + 500, lookup.Embedded);
        Assert.Equal([EmbeddingCache.EmbedBatch, 500], fake.BatchSizes);
        for (var r = 0; r < texts.Length; r++) Assert.Equal(FakeEmbedder.Vector(texts[r]), lookup.Vectors.Row(r).ToArray());

        // A run stopped inside its second batch keeps the first one.
        var failing = new FakeEmbedder { FailOnCall = 2 };
        var more = Enumerable.Range(0, EmbeddingCache.EmbedBatch + 10).Select(i => $"new {i}").ToArray();
        Assert.Throws<OperationCanceledException>(() => Cache().Fetch(failing, more));
        var resumed = Cache().Fetch(fake, more);
        Assert.Equal((EmbeddingCache.EmbedBatch, 10), (resumed.Hits, resumed.Embedded));
    }

    [Fact]
    public void A_cancelled_request_is_still_served_from_the_store_but_embeds_nothing_new()
    {
        var texts = new[] { "kept", "also kept" };
        Cache().Fetch(new FakeEmbedder(), texts);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var fake = new FakeEmbedder();
        Assert.Equal(2, Cache().Fetch(fake, texts, cancellationToken: cancelled.Token).Hits);
        Assert.Throws<OperationCanceledException>(() => Cache().Fetch(fake, [.. texts, "new"], cancellationToken: cancelled.Token));
        Assert.Equal(0, fake.Calls);
    }

    [Fact]
    public void A_damaged_entry_is_never_returned_but_embedded_again_and_replaced()
    {
        var fake = new FakeEmbedder();
        var texts = Enumerable.Range(0, 20).Select(i => $"row {i}").ToArray();
        Cache().Fetch(fake, texts);
        using (var connection = Open())
        {
            // One flipped bit in a vector, one vector cut short, one checksum overwritten.
            Update(connection, texts[3], "vector", bytes => bytes[5] ^= 0x10);
            Update(connection, texts[7], "vector", _ => { }, resize: true);
            Update(connection, texts[11], "checksum", bytes => bytes[0] ^= 0xFF);
        }
        fake.Reset();
        var lookup = Cache().Fetch(fake, texts);
        Assert.Equal((3, 3, 17), (lookup.Damaged, lookup.Embedded, lookup.Hits));
        Assert.Equal(new[] { texts[3], texts[7], texts[11] }.Order(StringComparer.Ordinal), fake.Texts.Order(StringComparer.Ordinal));
        for (var r = 0; r < texts.Length; r++) Assert.Equal(FakeEmbedder.Vector(texts[r]), lookup.Vectors.Row(r).ToArray());
        fake.Reset();
        Assert.Equal(0, Cache().Fetch(fake, texts).Embedded);
    }

    [Fact]
    public void A_store_file_that_is_not_a_database_is_rebuilt_silently()
    {
        Directory.CreateDirectory(Cache().Directory);
        File.WriteAllBytes(EmbeddingVectorStore.PathIn(Cache().Directory), Encoding.UTF8.GetBytes(new string('x', 5000)));
        var fake = new FakeEmbedder();
        var texts = new[] { "a", "b", "c" };
        Assert.Equal(3, Cache().Fetch(fake, texts).Embedded);
        Assert.Equal(3, Cache().Fetch(fake, texts).Hits);
    }

    [Fact]
    public async Task Readers_in_parallel_with_a_writer_all_get_the_stored_vectors_and_embed_nothing()
    {
        var texts = Enumerable.Range(0, 3000).Select(i => $"shared {i}").ToArray();
        Cache().Fetch(new FakeEmbedder(), texts);
        const int readers = 4;
        using var start = new Barrier(readers + 1);
        var readerEmbedders = Enumerable.Range(0, readers).Select(_ => new FakeEmbedder()).ToArray();
        // Own threads (LongRunning), so the barrier never waits on the thread pool's slow growth.
        var tasks = readerEmbedders.Select(embedder => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return Cache().Fetch(embedder, texts);
        }, TaskCreationOptions.LongRunning)).ToList();
        var writer = Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return Cache().Fetch(new FakeEmbedder(), Enumerable.Range(0, 3000).Select(i => $"other {i}").ToArray());
        }, TaskCreationOptions.LongRunning);
        var results = await Task.WhenAll(tasks);
        Assert.Equal(3000, (await writer).Embedded);
        foreach (var result in results)
        {
            Assert.Equal((3000, 0), (result.Hits, result.Embedded));
            for (var r = 0; r < texts.Length; r += 97) Assert.Equal(FakeEmbedder.Vector(texts[r]), result.Vectors.Row(r).ToArray());
        }
        Assert.All(readerEmbedders, e => Assert.Equal(0, e.Calls));
    }

    [Fact]
    public void An_old_whole_list_file_is_moved_into_the_store_and_deleted()
    {
        var fake = new FakeEmbedder();
        var texts = new[] { "one", "two", "one", "three" };
        var path = LegacyEmbeddingFile.PathOf(Cache().Directory, fake.Options, texts);
        Directory.CreateDirectory(Cache().Directory);
        // The old writer's layout: magic, version, rows, columns, row-major floats; then its checksum record.
        using (var writer = new BinaryWriter(File.Create(path)))
        {
            writer.Write("ALCHEMB\0"u8);
            writer.Write(1);
            writer.Write(texts.Length);
            writer.Write(FakeEmbedder.Dimension);
            foreach (var text in texts) writer.Write(MemoryMarshal.AsBytes(FakeEmbedder.Vector(text).AsSpan()));
        }
        ArtifactChecksum.Record(path);

        var lookup = Cache().Fetch(fake, texts);
        Assert.Equal((3, 0, 3), (lookup.Migrated, lookup.Embedded, lookup.Hits));
        Assert.Equal(0, fake.Calls);
        for (var r = 0; r < texts.Length; r++) Assert.Equal(FakeEmbedder.Vector(texts[r]), lookup.Vectors.Row(r).ToArray());
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(ArtifactChecksum.PathOf(path)));
        Assert.Equal(3, Cache().Fetch(fake, ["three", "two", "one"]).Hits);
    }

    [Fact]
    public void Keys_depend_on_the_model_the_token_limit_and_the_text_but_not_the_batch_size()
    {
        var options = new EmbeddingOptions();
        var key = EmbeddingVectorStore.Key(options, "text");
        Assert.Equal(key, EmbeddingVectorStore.Key(options with { BatchSize = 7 }, "text"));
        Assert.NotEqual(key, EmbeddingVectorStore.Key(options with { MaxTokens = 128 }, "text"));
        Assert.NotEqual(key, EmbeddingVectorStore.Key(options with { Model = "other" }, "text"));
        Assert.NotEqual(key, EmbeddingVectorStore.Key(options, "text!"));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = EmbeddingVectorStore.PathIn(Cache().Directory), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Update(SqliteConnection connection, string text, string column, Action<byte[]> damage, bool resize = false)
    {
        var key = EmbeddingVectorStore.Key(FakeEmbedder.Settings, text);
        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {column} FROM vectors WHERE key = $key";
        select.Parameters.AddWithValue("$key", key);
        var bytes = (byte[])select.ExecuteScalar()!;
        if (resize) bytes = bytes[..^4];
        else damage(bytes);
        using var update = connection.CreateCommand();
        update.CommandText = $"UPDATE vectors SET {column} = $value WHERE key = $key";
        update.Parameters.AddWithValue("$key", key);
        update.Parameters.AddWithValue("$value", bytes);
        Assert.Equal(1, update.ExecuteNonQuery());
    }

    private static void AssertRowsEqual(DenseFeatureMatrix expected, DenseFeatureMatrix actual, IEnumerable<int> rows, int? otherRow = null)
    {
        foreach (var r in rows)
            Assert.True(expected.Row(otherRow ?? r).SequenceEqual(actual.Row(r)), $"row {r} differs in its bits");
    }

    /// <summary>Counts the texts and calls that reach the wrapped model.</summary>
    private sealed class CountingEmbedder(ITextEmbedder inner) : ITextEmbedder
    {
        public List<string> Texts { get; } = [];
        public int Calls { get; private set; }
        public EmbeddingOptions Options => inner.Options;
        public int Dimension => inner.Dimension;

        public void Reset()
        {
            Texts.Clear();
            Calls = 0;
        }

        public DenseFeatureMatrix Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            Texts.AddRange(texts);
            return inner.Embed(texts, progress, cancellationToken);
        }
    }
}

/// <summary>A model stand-in whose vector of a text is a function of the text alone (its SHA-256 bytes as floats).</summary>
internal sealed class FakeEmbedder : ITextEmbedder
{
    public const int Dimension = 8;
    public static EmbeddingOptions Settings { get; } = new() { Model = "test/sha256-floats" };
    private readonly Lock _gate = new();

    public List<string> Texts { get; } = [];
    public List<int> BatchSizes { get; } = [];
    public int Calls { get; private set; }

    /// <summary>Throws <see cref="OperationCanceledException"/> on this call (1-based), as a run stopped there would.</summary>
    public int FailOnCall { get; init; }

    public EmbeddingOptions Options => Settings;
    int ITextEmbedder.Dimension => Dimension;

    public static float[] Vector(string text) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(text)).Take(Dimension).Select(b => b / 255f).ToArray();

    public void Reset()
    {
        lock (_gate)
        {
            Texts.Clear();
            BatchSizes.Clear();
            Calls = 0;
        }
    }

    public DenseFeatureMatrix Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Calls++;
            if (Calls == FailOnCall) throw new OperationCanceledException();
            Texts.AddRange(texts);
            BatchSizes.Add(texts.Count);
        }
        return new DenseFeatureMatrix(texts.SelectMany(Vector).ToArray(), texts.Count, Dimension);
    }
}
