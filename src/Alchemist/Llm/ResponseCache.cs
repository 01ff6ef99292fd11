using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Alchemist.Llm;

/// <summary>
/// Every request and its response in one SQLite file, keyed by <see cref="LlmRequest.Key"/>. Each response is
/// committed the moment it arrives, so an interrupted run loses nothing it paid for and a re-run makes no call.
/// Thread-safe: calls in flight store their answers concurrently.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    /// <summary>Opens (creating when missing) the cache file.</summary>
    /// <exception cref="AlchemistException">The file is not an SQLite database (damaged) or cannot be opened for writing.</exception>
    public ResponseCache(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        try
        {
            _connection.Open();
            CreateSchema();
        }
        catch (SqliteException e)
        {
            _connection.Dispose();
            throw new AlchemistException(
                $"{Path}: the response cache cannot be opened ({e.Message.TrimEnd('.')}). If the file is damaged, move it away: answers are then " +
                "asked again (or re-imported from batch files), and nothing else is lost.", e);
        }
    }

    private void CreateSchema()
    {
        Execute("PRAGMA journal_mode=WAL;");
        Execute("""
            CREATE TABLE IF NOT EXISTS responses (
                key TEXT PRIMARY KEY,
                provider TEXT NOT NULL,
                model TEXT NOT NULL,
                purpose TEXT NOT NULL,
                request_json TEXT NOT NULL,
                text TEXT NOT NULL,
                input_tokens INTEGER NOT NULL,
                output_tokens INTEGER NOT NULL,
                finish_reason TEXT,
                origin TEXT NOT NULL,
                created_utc TEXT NOT NULL)
            """);
    }

    /// <summary>The cache file.</summary>
    public string Path { get; }

    /// <summary>The stored response to <paramref name="request"/>, marked <see cref="ResponseOrigin.Cache"/>; null when absent.</summary>
    public LlmResponse? Get(LlmRequest request)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT text, input_tokens, output_tokens, finish_reason FROM responses WHERE key = $key";
            command.Parameters.AddWithValue("$key", request.Key);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new LlmResponse(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3), ResponseOrigin.Cache)
                : null;
        }
    }

    /// <summary>Stores (or replaces, after <c>--refresh</c>) the response to <paramref name="request"/>.</summary>
    public void Put(LlmRequest request, LlmResponse response)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO responses (key, provider, model, purpose, request_json, text, input_tokens, output_tokens, finish_reason, origin, created_utc)
                VALUES ($key, $provider, $model, $purpose, $request, $text, $in, $out, $finish, $origin, $created)
                """;
            command.Parameters.AddWithValue("$key", request.Key);
            command.Parameters.AddWithValue("$provider", request.Provider);
            command.Parameters.AddWithValue("$model", request.Model);
            command.Parameters.AddWithValue("$purpose", request.Purpose);
            command.Parameters.AddWithValue("$request", JsonSerializer.Serialize(request));
            command.Parameters.AddWithValue("$text", response.Text);
            command.Parameters.AddWithValue("$in", response.InputTokens);
            command.Parameters.AddWithValue("$out", response.OutputTokens);
            command.Parameters.AddWithValue("$finish", (object?)response.FinishReason ?? DBNull.Value);
            command.Parameters.AddWithValue("$origin", response.Origin.ToString().ToLowerInvariant());
            command.Parameters.AddWithValue("$created", DateTime.UtcNow.ToString("O"));
            command.ExecuteNonQuery();
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
