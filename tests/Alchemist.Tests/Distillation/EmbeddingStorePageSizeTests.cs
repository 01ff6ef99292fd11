using Alchemist.Distillation.Embeddings;
using Alchemist.Tests.Data;
using Microsoft.Data.Sqlite;

namespace Alchemist.Tests.Distillation;

/// <summary>
/// A new embedding store uses pages large enough to hold a 384-float vector row inline (no overflow page per vector);
/// a store written with SQLite's default 4 KiB pages by an earlier version is read and extended as it is.
/// </summary>
public sealed class EmbeddingStorePageSizeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Directory => _folder.PathOf("cache");

    private long Pragma(string name)
    {
        using var connection = new SqliteConnection($"Data Source={EmbeddingVectorStore.PathIn(Directory)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void A_new_store_has_pages_that_hold_a_vector_row_inline()
    {
        new EmbeddingCache(Directory).Fetch(new FakeEmbedder(), ["one", "two"]);

        Assert.Equal(EmbeddingVectorStore.PageSize, Pragma("page_size"));
        // key (32 bytes) + 384 floats + checksum (32 bytes) must fit an index page's inline maximum, ((U - 12) * 64 / 255) - 23.
        Assert.True(32 + 384 * sizeof(float) + 32 + 16 <= (EmbeddingVectorStore.PageSize - 12) * 64 / 255 - 23);
    }

    [Fact]
    public void A_store_with_the_old_4_KiB_pages_is_read_and_extended_as_it_is()
    {
        System.IO.Directory.CreateDirectory(Directory);
        using (var connection = new SqliteConnection($"Data Source={EmbeddingVectorStore.PathIn(Directory)};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            // What version 1 of the store created before the page size was set.
            create.CommandText = """
                PRAGMA page_size=4096; PRAGMA journal_mode=WAL;
                CREATE TABLE vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL, checksum BLOB NOT NULL) WITHOUT ROWID;
                PRAGMA user_version = 1;
                """;
            create.ExecuteNonQuery();
        }
        var fake = new FakeEmbedder();
        new EmbeddingCache(Directory).Fetch(fake, ["one", "two"]);
        fake.Reset();

        var lookup = new EmbeddingCache(Directory).Fetch(fake, ["two", "one", "three"]);

        Assert.Equal((2, 1), (lookup.Hits, lookup.Embedded));
        Assert.Equal(FakeEmbedder.Vector("one"), lookup.Vectors.Row(1).ToArray());
        Assert.Equal(4096, Pragma("page_size"));
    }
}
