using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Alchemist.Distillation.Embeddings;

/// <summary>What reading one entry of an <see cref="EmbeddingVectorStore"/> found.</summary>
internal enum StoredVector
{
    /// <summary>No entry for the key.</summary>
    Missing,

    /// <summary>An entry whose length or checksum is wrong: it must be embedded again (and is then replaced).</summary>
    Damaged,

    /// <summary>An intact entry, copied out.</summary>
    Read,
}

/// <summary>
/// One vector per text in an SQLite table (<c>vectors.sqlite</c>), keyed by <see cref="Key"/>, each row carrying a
/// SHA-256 of its key and vector bytes that is checked on every read.
/// </summary>
/// <remarks>
/// Why SQLite rather than an append-only file of our own: it is already a dependency (the LLM response cache), its
/// write-ahead log gives exactly the guarantees asked of this store — a batch of vectors is committed whole or not at
/// all, so a process killed mid-write leaves the last committed batch; readers never block each other nor the one
/// writer, across processes; a lookup reads one B-tree path instead of scanning or indexing the whole file on open
/// (a 200k-row predict holds ~300 MB of vectors). What SQLite does not promise — that the bytes read back are the
/// bytes written after a disk error, a half-copied folder or a foreign edit — the per-row checksum does: a vector
/// whose checksum fails is reported <see cref="StoredVector.Damaged"/>, never returned. The format version is the
/// database's <c>user_version</c>; a file of another version is left alone and the caller embeds without the store.
/// </remarks>
internal sealed class EmbeddingVectorStore : IDisposable
{
    /// <summary>The store's file name inside the cache folder.</summary>
    public const string FileName = "vectors.sqlite";

    /// <summary>The layout this build reads and writes (table <c>vectors(key, vector, checksum)</c>, SHA-256 checksums).</summary>
    public const int FormatVersion = 1;

    /// <summary>Page size of a new store file: large enough that one vector row is stored inline.</summary>
    internal const int PageSize = 8192;

    // SQLite's primary result codes for "this file is not (any more) a database we can read".
    private const int SqliteCorrupt = 11, SqliteNotADatabase = 26;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _select;

    private EmbeddingVectorStore(SqliteConnection connection)
    {
        _connection = connection;
        _select = connection.CreateCommand();
        _select.CommandText = "SELECT vector, checksum FROM vectors WHERE key = $key";
        _select.Parameters.Add("$key", SqliteType.Blob);
    }

    /// <summary>The store file of a cache folder.</summary>
    public static string PathIn(string directory) => Path.Combine(directory, FileName);

    /// <summary>
    /// Opens (creating when missing) the store in <paramref name="directory"/>. A file that is not an SQLite database
    /// (damaged) is deleted and recreated: it only ever held vectors that can be computed again. Returns null when the
    /// store cannot be used — a read-only folder, a file of another format version — so the caller embeds without it.
    /// </summary>
    public static EmbeddingVectorStore? Open(string directory)
    {
        var path = PathIn(directory);
        for (var attempt = 0; ; attempt++)
        {
            SqliteConnection? connection = null;
            try
            {
                Directory.CreateDirectory(directory);
                connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
                connection.Open();
                if (!Prepare(connection))
                {
                    connection.Dispose();
                    return null;
                }
                return new EmbeddingVectorStore(connection);
            }
            catch (SqliteException e) when (attempt == 0 && e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
            {
                connection?.Dispose();
                foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                connection?.Dispose();
                return null;
            }
        }
    }

    /// <summary>Creates the table in a new file; false when the file holds another format version.</summary>
    private static bool Prepare(SqliteConnection connection)
    {
        // Page size first (it only takes effect on a new, empty file; an existing store keeps its own and reads the same):
        // with 4 KiB pages a row of this WITHOUT ROWID table (key, 1,536-byte vector, checksum: ~1.6 KB) exceeds the
        // ~1,000 bytes a 4 KiB index page holds inline, so every vector spilled to an overflow page of its own and each
        // write and read touched two pages; 8 KiB pages hold a row inline (measured: docs/measured/predict-stages.md).
        // WAL: readers see the last committed batch and never wait for the writer. NORMAL sync is crash-safe in WAL
        // mode (a killed process loses nothing committed; only a power cut may lose the last batches, never corrupt).
        Execute(connection, $"PRAGMA page_size={PageSize}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        using var transaction = connection.BeginTransaction();
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version == 0)
        {
            Execute(connection, $"""
                CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL, checksum BLOB NOT NULL) WITHOUT ROWID;
                PRAGMA user_version = {FormatVersion};
                """);
            version = FormatVersion;
        }
        transaction.Commit();
        return version == FormatVersion;
    }

    /// <summary>
    /// The key of <paramref name="text"/> embedded with <paramref name="options"/>: SHA-256 of the model id, the
    /// token limit and the text. The batch size is left out on purpose: it does not change the vectors.
    /// </summary>
    public static byte[] Key(EmbeddingOptions options, string text) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{options.Model}\n{options.MaxTokens}\n{text}"));

    /// <summary>Copies the stored vector of <paramref name="key"/> into <paramref name="destination"/> when it is there and intact.</summary>
    public StoredVector TryRead(byte[] key, Span<float> destination)
    {
        _select.Parameters[0].Value = key;
        try
        {
            using var reader = _select.ExecuteReader();
            if (!reader.Read()) return StoredVector.Missing;
            var vector = (byte[])reader.GetValue(0);
            var checksum = (byte[])reader.GetValue(1);
            if (vector.Length != destination.Length * sizeof(float) || !checksum.AsSpan().SequenceEqual(Checksum(key, vector))) return StoredVector.Damaged;
            vector.AsSpan().CopyTo(MemoryMarshal.AsBytes(destination));
            return StoredVector.Read;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            // A damaged page under this row: re-embed it; writing it again replaces the row.
            return StoredVector.Damaged;
        }
        catch (InvalidCastException)
        {
            return StoredVector.Damaged;
        }
    }

    /// <summary>Stores (or replaces damaged) vectors in one transaction: all of them are committed, or none.</summary>
    /// <param name="keys">The key of each vector.</param>
    /// <param name="vectors">Row i is the vector of <paramref name="keys"/>[i].</param>
    public void Write(IReadOnlyList<byte[]> keys, Features.DenseFeatureMatrix vectors)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT OR REPLACE INTO vectors (key, vector, checksum) VALUES ($key, $vector, $checksum)";
        var (key, vector, checksum) = (insert.Parameters.Add("$key", SqliteType.Blob), insert.Parameters.Add("$vector", SqliteType.Blob),
            insert.Parameters.Add("$checksum", SqliteType.Blob));
        for (var i = 0; i < keys.Count; i++)
        {
            var bytes = MemoryMarshal.AsBytes(vectors.Row(i)).ToArray();
            (key.Value, vector.Value, checksum.Value) = (keys[i], bytes, Checksum(keys[i], bytes));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>SHA-256 of the key then the vector bytes, in one call (no hash object per vector: this runs for every read and write).</summary>
    private static byte[] Checksum(byte[] key, byte[] vector)
    {
        var length = key.Length + vector.Length;
        var rented = length <= 4096 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        var joined = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        key.CopyTo(joined);
        vector.CopyTo(joined[key.Length..]);
        var checksum = SHA256.HashData(joined);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return checksum;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _select.Dispose();
        _connection.Dispose();
    }
}
