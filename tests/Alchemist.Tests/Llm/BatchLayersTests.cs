using System.Text.Json.Nodes;
using Alchemist.Llm;
using Alchemist.Tests.Data;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Llm;

/// <summary>The batch export and import layers: requests recorded instead of called, answers read instead of called.</summary>
public sealed class BatchLayersTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Export_records_each_request_once_in_the_batch_api_format_and_calls_nothing()
    {
        using var server = new FakeLlmServer(ScriptedLlm.OpenAi);
        var input = _folder.PathOf("batch/round1-input.jsonl");
        using var chat = new BatchExportChatClient(Asking.Live("openai", server.OpenAiBaseUrl, SynthesisFixture.FastCalls), input);
        var second = Asking.Request with { SampleIndex = 1, Purpose = "knowledge:rules" };

        foreach (var request in new[] { Asking.Request, second, Asking.Request })
            Assert.Equal(PendingReason.Offline, await chat.PendingAsync(request));
        chat.WriteFile();

        Assert.Equal(0, server.Requests);
        var lines = File.ReadAllLines(input).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal([second.Key, Asking.Request.Key], lines.Select(l => (string?)l["custom_id"])); // purpose order
        var body = lines[1]["body"]!;
        Assert.Equal(("POST", "/v1/chat/completions", "gpt-4o-mini", 256), ((string?)lines[1]["method"], (string?)lines[1]["url"], (string?)body["model"], (int?)body["max_completion_tokens"]));
        Assert.Equal(0.7, (double)body["temperature"]!, 3);
        Assert.Equal(["system:You write labeling functions.", "user:Write one."], body["messages"]!.AsArray().Select(m => $"{(string?)m!["role"]}:{(string?)m["content"]}"));
    }

    [Fact]
    public async Task Import_answers_what_the_file_holds_and_passes_the_rest_below()
    {
        var input = _folder.PathOf("in.jsonl");
        BatchFile.Export([Asking.Request], input);
        var output = _folder.Write("out.jsonl", string.Join("\n", BatchApi.Answer(input, _ => FakeReply.OpenAi("from the batch", 30, 9))));
        using var chat = new BatchImportChatClient(new OfflineChatClient(), BatchFile.Import(output).Answers);

        Assert.Equal(new LlmResponse("from the batch", 30, 9, "stop", ResponseOrigin.Batch), await chat.AnswerAsync(Asking.Request));
        Assert.Equal(PendingReason.Offline, await chat.PendingAsync(Asking.Request with { SampleIndex = 1 }));
    }

    public void Dispose() => _folder.Dispose();
}
