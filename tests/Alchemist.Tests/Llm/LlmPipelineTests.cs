using Alchemist.Llm;
using Alchemist.Synthesis;
using Alchemist.Tests.Data;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Llm;

/// <summary>The layers composed: their order, and batch files compatible with the ones the shipped example holds.</summary>
public sealed class LlmPipelineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_cached_answer_needs_no_key_no_budget_and_no_network()
    {
        using var cache = new ResponseCache(_folder.PathOf("cache.db"));
        cache.Put(Asking.Request, new LlmResponse("cached", 10, 5, "stop", ResponseOrigin.Live));
        var connects = 0;
        // No key and no base URL: resolving a connection would fail; a budget of $0 refuses every live call.
        using var chat = LlmPipeline.Build(new LlmPipelineOptions(cache, new ModelPrice(0.15m, 0.60m), "gpt-4o-mini", Budget: 0m,
            Live: LlmPipeline.LiveClient(() => { connects++; return LlmConnection.Resolve("openai", null, _ => null); }, "gpt-4o-mini", 256, SynthesisFixture.FastCalls, null)));

        Assert.Equal("cached", (await chat.AnswerAsync(Asking.Request)).Text);
        Assert.Equal(0, connects);
        Assert.Equal(new CallCounts(0, 1, 0, 0), CallSummary.Of(chat).Counts);
        Assert.Equal(PendingReason.Budget, await chat.PendingAsync(Asking.Request with { SampleIndex = 1 }));
    }

    [Fact]
    public void Streaming_is_refused_rather_than_slipping_past_the_cache_and_the_budget()
    {
        using var cache = new ResponseCache(_folder.PathOf("cache.db"));
        using var chat = LlmPipeline.Build(new LlmPipelineOptions(cache, null, "gpt-4o-mini"));
        Assert.Throws<NotSupportedException>(() => chat.GetStreamingResponseAsync(LlmChat.Messages(Asking.Request), LlmChat.Options(Asking.Request)));
    }

    [Fact]
    public async Task The_first_live_call_without_a_key_names_the_missing_key()
    {
        using var cache = new ResponseCache(_folder.PathOf("cache.db"));
        using var chat = LlmPipeline.Build(new LlmPipelineOptions(cache, null, "gpt-4o-mini",
            Live: LlmPipeline.LiveClient(() => LlmConnection.Resolve("openai", null, _ => null), "gpt-4o-mini", 256, SynthesisFixture.FastCalls, null)));
        var error = await Assert.ThrowsAsync<AlchemistException>(() => chat.AnswerAsync(Asking.Request));
        Assert.Contains("OPENAI_API_KEY is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_the_shipped_example_writes_its_batch_input_files_and_its_outputs_import()
    {
        var example = Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam");
        var project = Path.Combine(_folder.Root, "youtube-spam");
        foreach (var file in Directory.EnumerateFiles(example, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(example, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "runs" or ".alchemist" or "synthesized" or "batch") continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, relative))!);
            File.Copy(file, Path.Combine(project, relative));
        }
        string? import = null;
        foreach (var round in new[] { "round1", "round2" })
        {
            var exported = Path.Combine(_folder.Root, $"{round}-input.jsonl");
            using (var session = SynthesisSession.Open(project, new SynthesisSettings(Offline: true, ImportBatch: import, ExportBatch: exported)))
                await session.SynthesizeAsync(null, CancellationToken.None);
            Assert.Equal(File.ReadAllText(Path.Combine(example, "batch", $"{round}-input.jsonl")), File.ReadAllText(exported));
            import = Path.Combine(example, "batch", $"{round}-output.jsonl");
        }
    }

    public void Dispose() => _folder.Dispose();
}
