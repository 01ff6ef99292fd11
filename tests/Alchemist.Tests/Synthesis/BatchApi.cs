using System.Text.Json.Nodes;

namespace Alchemist.Tests.Synthesis;

/// <summary>Plays the OpenAI Batch API: reads an input JSONL and writes the output lines the scripted LLM would produce.</summary>
internal static class BatchApi
{
    public static IEnumerable<string> Answer(string inputFile, Func<FakeCall, FakeReply>? llm = null)
    {
        var number = 0;
        foreach (var line in File.ReadLines(inputFile))
        {
            var request = JsonNode.Parse(line)!.AsObject();
            Assert.Equal("POST", (string?)request["method"]);
            Assert.Equal("/v1/chat/completions", (string?)request["url"]);
            var body = request["body"]!.AsObject();
            var call = new FakeCall("/v1/chat/completions", body, ++number);
            yield return new JsonObject
            {
                ["id"] = $"batch_req_{number}",
                ["custom_id"] = (string?)request["custom_id"],
                ["response"] = new JsonObject { ["status_code"] = 200, ["request_id"] = $"req_{number}", ["body"] = JsonNode.Parse((llm ?? ScriptedLlm.OpenAi)(call).Body) },
                ["error"] = null,
            }.ToJsonString();
        }
    }
}
