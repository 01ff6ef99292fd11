using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alchemist.Llm;

/// <summary>A line of a Batch API output file that carried no usable answer.</summary>
/// <param name="CustomId">The request's id (its cache key).</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Problem">The error the provider reported, or why the line is unusable.</param>
public sealed record BatchFailure(string CustomId, int Line, string Problem);

/// <summary>The answers read from a Batch API output file, by <c>custom_id</c> (= <see cref="LlmRequest.Key"/>).</summary>
/// <param name="Answers">Usable answers, marked <see cref="ResponseOrigin.Batch"/>.</param>
/// <param name="Failures">Lines whose request failed at the provider.</param>
internal sealed record BatchImport(IReadOnlyDictionary<string, LlmResponse> Answers, IReadOnlyList<BatchFailure> Failures);

/// <summary>
/// The OpenAI Batch API's JSONL files: requests out (<c>custom_id</c>, <c>method</c>, <c>url</c>, <c>body</c>) and
/// results in (<c>custom_id</c>, <c>response.status_code</c>, <c>response.body</c> as a chat completion, <c>error</c>).
/// Lets programs be produced without network access from this machine, and at the Batch API's lower price.
/// </summary>
internal static class BatchFile
{
    /// <summary>The endpoint every exported request targets.</summary>
    public const string ChatCompletionsUrl = "/v1/chat/completions";

    /// <summary>Writes <paramref name="requests"/> as Batch API input, atomically.</summary>
    public static void Export(IEnumerable<LlmRequest> requests, string path)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var text = new StringBuilder();
        foreach (var request in requests)
        {
            var line = new JsonObject
            {
                ["custom_id"] = request.Key,
                ["method"] = "POST",
                ["url"] = ChatCompletionsUrl,
                ["body"] = new JsonObject
                {
                    ["model"] = request.Model,
                    ["messages"] = new JsonArray(request.Messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role, ["content"] = m.Text }).ToArray()),
                    ["temperature"] = request.Temperature,
                    ["max_completion_tokens"] = request.MaxTokens,
                },
            };
            text.Append(line.ToJsonString()).Append('\n');
        }
        AtomicFile.WriteAllText(Path.GetFullPath(path), text.ToString());
    }

    /// <summary>Reads Batch API output.</summary>
    /// <exception cref="AlchemistException">The file is missing or a line is not a Batch API result (names file, line, field).</exception>
    public static BatchImport Import(string path)
    {
        if (!File.Exists(path)) throw new AlchemistException($"{path}: batch output file not found.");
        var answers = new Dictionary<string, LlmResponse>();
        var failures = new List<BatchFailure>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            JsonNode? line;
            try { line = JsonNode.Parse(raw); }
            catch (JsonException e) { throw Error(path, number, "", $"not JSON: {e.Message}"); }
            var id = Text(line?["custom_id"]) ?? throw Error(path, number, "custom_id", "is missing.");
            if (line!["error"] is JsonObject error)
            {
                failures.Add(new BatchFailure(id, number, Excerpt.Of(Text(error["message"]) ?? error.ToJsonString(), MaxFailureChars)));
                continue;
            }
            var response = line["response"] as JsonObject ?? throw Error(path, number, "response", "is missing.");
            var status = response["status_code"] switch
            {
                null => 200,
                JsonValue value when value.TryGetValue<int>(out var code) => code,
                _ => throw Error(path, number, "response.status_code", "is not an HTTP status number."),
            };
            var body = response["body"] as JsonObject ?? throw Error(path, number, "response.body", "is missing.");
            if (status != 200)
            {
                failures.Add(new BatchFailure(id, number, Excerpt.Of($"HTTP {status}: {Text(body["error"]?["message"]) ?? body.ToJsonString()}", MaxFailureChars)));
                continue;
            }
            var choice = (body["choices"] as JsonArray)?.FirstOrDefault() ?? throw Error(path, number, "response.body.choices", "is missing or empty.");
            var usage = body["usage"];
            answers[id] = new LlmResponse(
                Text(choice["message"]?["content"]) ?? "",
                Number(usage?["prompt_tokens"]),
                Number(usage?["completion_tokens"]),
                Text(choice["finish_reason"]),
                ResponseOrigin.Batch);
        }
        return new BatchImport(answers, failures);
    }

    /// <summary>How much of a failed request's error is kept: enough to read, never a whole echoed 5 MB body.</summary>
    private const int MaxFailureChars = 500;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    private static long Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out var n) ? n : 0;

    private static Data.DataFormatException Error(string path, int line, string field, string problem) =>
        new(path, line, field.Length == 0 ? null : field, problem);
}
