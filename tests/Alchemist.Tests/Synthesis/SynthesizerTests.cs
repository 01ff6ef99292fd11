using Alchemist.Llm;
using Alchemist.Synthesis;

namespace Alchemist.Tests.Synthesis;

/// <summary>End-to-end synthesis against a real HTTP server speaking OpenAI chat completions, through the real SDK.</summary>
public sealed class SynthesizerTests
{
    [Fact]
    public async Task Happy_path_writes_validated_programs_with_provenance_headers()
    {
        using var fixture = new SynthesisFixture();
        using var server = new FakeLlmServer(ScriptedLlm.OpenAi);

        var report = await fixture.RunAsync(server.OpenAiBaseUrl);

        Assert.Equal(SynthesisFixture.CallsPerRun, server.Requests);
        Assert.Equal(4, report.Accepted);
        Assert.Equal(new CallCounts(SynthesisFixture.CallsPerRun, 0, 0, 0), report.Calls);
        var files = SynthesisFixture.ProgramFiles(fixture.ProgramsFolder);
        Assert.Equal(["001-none.cs", "002-keywords.cs", "003-none.cs", "004-keywords.cs"], files.Keys.Order());
        var keywords = files["002-keywords.cs"];
        Assert.Contains("Status: accepted.", keywords);
        Assert.Contains("Model: openai/gpt-4o-mini, temperature 0.5, sample 1, knowledge: keywords.", keywords);
        Assert.Contains("Here is useful information to follow for generating the labeling function:", keywords);
        Assert.Contains("Cost: $", keywords);
        Assert.Contains("text.Contains(\"http\"", keywords);
        Assert.DoesNotContain("It returns 1 for spam", keywords); // the prose around the code block is not kept
        // Program tokens: 100 + 50 of its own call plus half of the shared keywords call (2 programs use it).
        var outcome = report.Programs.Single(p => p.Name == "002-keywords");
        Assert.Equal(150, outcome.Usage.InputTokens);
        Assert.Equal(75, outcome.Usage.OutputTokens);
        // gpt-4o-mini: $0.15 / $0.60 per million tokens.
        Assert.Equal((150 * 0.15m + 75 * 0.60m) / 1_000_000m, outcome.Usage.Cost);
        Assert.Equal(report.Total.Cost, report.LiveCost);
    }

    [Fact]
    public async Task Anthropic_synthesis_prices_programs_at_claude_rates_and_caches_them()
    {
        using var fixture = new SynthesisFixture(provider: "anthropic", model: "claude-haiku-4-5");
        using var server = new FakeLlmServer(call => FakeReply.Anthropic(ScriptedLlm.Answer(call), 100, 50));

        var report = await fixture.RunAsync(server.AnthropicBaseUrl);

        Assert.Equal(SynthesisFixture.CallsPerRun, server.Requests);
        Assert.All(server.Calls, call => Assert.Equal("/v1/messages", call.Path));
        Assert.Equal(4, report.Accepted);
        // claude-haiku-4-5: $1 / $5 per million tokens; 5 calls of 100 + 50 tokens.
        Assert.Equal((500 * 1m + 250 * 5m) / 1_000_000m, report.Total.Cost);
        Assert.Equal(0, (await fixture.RunAsync(baseUrl: null)).Calls.Live);
    }

    [Fact]
    public async Task Prompt_puts_supplementary_knowledge_first_then_task_instruction_and_signature()
    {
        using var fixture = new SynthesisFixture();
        using var server = new FakeLlmServer(ScriptedLlm.OpenAi);
        await fixture.RunAsync(server.OpenAiBaseUrl);

        var program = server.Calls.First(c => c.AllText.Contains("useful information")).LastUser;
        var order = new[]
        {
            "Here is useful information to follow for generating the labeling function:", ScriptedLlm.Keywords.Split('\n')[0],
            "Decide whether a YouTube comment is spam.", "The function should return 1 if spam, 0 if ham, -1 if it cannot be determined.",
            "public static int Label(string text)",
        }.Select(s => program.IndexOf(s, StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task Re_run_answers_everything_from_the_cache_with_zero_requests()
    {
        using var fixture = new SynthesisFixture();
        using (var server = new FakeLlmServer(ScriptedLlm.OpenAi)) await fixture.RunAsync(server.OpenAiBaseUrl);
        var first = SynthesisFixture.ProgramFiles(fixture.ProgramsFolder);

        // No server, no base URL, no key: a run answered from the cache needs none of them.
        var report = await fixture.RunAsync(baseUrl: null);

        Assert.Equal(new CallCounts(0, SynthesisFixture.CallsPerRun, 0, 0), report.Calls);
        Assert.Equal(0m, report.LiveCost);
        Assert.Equal(first, SynthesisFixture.ProgramFiles(fixture.ProgramsFolder));
    }

    [Fact]
    public async Task The_api_key_travels_only_in_the_request_header_and_is_never_written_to_disk()
    {
        using var fixture = new SynthesisFixture();
        using var server = new FakeLlmServer(ScriptedLlm.OpenAi);
        const string key = "sk-test-NEVER-ON-DISK";

        await fixture.RunAsync(server.OpenAiBaseUrl, environment: name => name == "OPENAI_API_KEY" ? key : null);

        Assert.All(server.AuthHeaders, header => Assert.Equal("Bearer " + key, header));
        var written = Directory.GetFiles(fixture.Root, "*", SearchOption.AllDirectories);
        Assert.Contains(written, f => f.EndsWith("cache.db", StringComparison.Ordinal));
        Assert.All(written, f => Assert.DoesNotContain("NEVER-ON-DISK", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f))));
    }

    [Fact]
    public async Task Data_examples_show_unlabeled_rows_without_a_knowledge_call()
    {
        using var fixture = new SynthesisFixture(programs: 1, extra: "allow_data_examples: true");
        File.WriteAllText(Path.Combine(fixture.Root, "alchemist.yaml"),
            File.ReadAllText(Path.Combine(fixture.Root, "alchemist.yaml")).Replace("knowledge: [none, keywords]", "knowledge: [data_examples]"));
        using var server = new FakeLlmServer(ScriptedLlm.OpenAi);

        var report = await fixture.RunAsync(server.OpenAiBaseUrl);

        var call = Assert.Single(server.Calls);
        Assert.Contains("Examples of the data to be labeled (unlabeled, chosen at random):", call.LastUser);
        Assert.Equal(10, call.LastUser.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Equal("001-data-examples", Assert.Single(report.Programs).Name);
    }

    [Fact]
    public async Task Refresh_asks_again()
    {
        using var fixture = new SynthesisFixture();
        using (var server = new FakeLlmServer(ScriptedLlm.OpenAi)) await fixture.RunAsync(server.OpenAiBaseUrl);
        using var again = new FakeLlmServer(ScriptedLlm.OpenAi);
        await fixture.RunAsync(again.OpenAiBaseUrl, refresh: true);
        Assert.Equal(SynthesisFixture.CallsPerRun, again.Requests);
    }

    [Fact]
    public async Task An_interrupted_run_resumes_without_paying_again_for_received_answers()
    {
        using var fixture = new SynthesisFixture();
        // The key is revoked after three answers: the run stops with a clear error, but keeps what it received.
        using (var failing = new FakeLlmServer(call => call.Number <= 3 ? ScriptedLlm.OpenAi(call) : FakeReply.Error(401, "Incorrect API key provided")))
        {
            var error = await Assert.ThrowsAsync<LlmCallException>(() => fixture.RunAsync(failing.OpenAiBaseUrl));
            Assert.Contains("authentication failed", error.Message);
        }
        using var server = new FakeLlmServer(ScriptedLlm.OpenAi);
        var report = await fixture.RunAsync(server.OpenAiBaseUrl);

        Assert.Equal(SynthesisFixture.CallsPerRun - 3, server.Requests);
        Assert.Equal(3, report.Calls.Cached);
        Assert.Equal(4, report.Accepted);
    }

    [Fact]
    public async Task An_answer_without_code_is_repaired_once_with_the_problem_sent_back()
    {
        using var fixture = new SynthesisFixture(programs: 1);
        using var server = new FakeLlmServer(call => call.LastUser.Contains("was rejected")
            ? ScriptedLlm.OpenAi(call)
            : FakeReply.OpenAi("I would look for links and the word subscribe."));

        var report = await fixture.RunAsync(server.OpenAiBaseUrl);

        var program = Assert.Single(report.Programs);
        Assert.Equal(ProgramStatus.Accepted, program.Status);
        Assert.True(program.Repaired);
        Assert.Equal(2, server.Requests);
        var repair = server.Calls.Last();
        Assert.Contains("No labeling method found", repair.LastUser);
        Assert.Contains("I would look for links", repair.AllText); // the rejected answer is part of the conversation
        Assert.Contains("promo", SynthesisFixture.ProgramFiles(fixture.ProgramsFolder)["001-none.cs"]);
    }

    [Fact]
    public async Task A_program_that_fails_validation_is_kept_in_rejected_with_the_reason()
    {
        using var fixture = new SynthesisFixture(programs: 1, extra: "output: programs");
        const string crashing = """
            ```csharp
            public static class P { public static int Label(string text) => text[1000] == 'x' ? 1 : -1; }
            ```
            """;
        using var server = new FakeLlmServer(_ => FakeReply.OpenAi(crashing));

        var report = await fixture.RunAsync(server.OpenAiBaseUrl);

        var program = Assert.Single(report.Programs);
        Assert.Equal(ProgramStatus.Rejected, program.Status);
        Assert.Equal(2, server.Requests); // the answer, then one repair round that fails again
        Assert.Empty(SynthesisFixture.ProgramFiles(fixture.ProgramsFolder));
        var rejected = SynthesisFixture.ProgramFiles(fixture.RejectedFolder)["001-none.cs"];
        Assert.Contains("Status: REJECTED", rejected);
        Assert.Contains("It failed on 20 of 20 sample rows", rejected);
        Assert.Contains("IndexOutOfRangeException", rejected);
    }

    [Fact]
    public async Task Programs_with_the_same_behaviour_on_the_sample_are_flagged_as_duplicates()
    {
        using var fixture = new SynthesisFixture();
        using var server = new FakeLlmServer(call => FakeReply.OpenAi(call.LastUser.Contains("The classes are:") ? ScriptedLlm.Keywords : ScriptedLlm.Program("http")));

        var report = await fixture.RunAsync(server.OpenAiBaseUrl);

        Assert.Equal([null, "001-none", "001-none", "001-none"], report.Programs.Select(p => p.DuplicateOf));
        Assert.Contains("DUPLICATE: behaves like 001-none", SynthesisFixture.ProgramFiles(fixture.ProgramsFolder)["004-keywords.cs"]);
    }

    [Fact]
    public async Task Budget_stops_before_a_call_that_could_exceed_it()
    {
        using var fixture = new SynthesisFixture();
        using var server = new FakeLlmServer(ScriptedLlm.OpenAi);

        var report = await fixture.RunAsync(server.OpenAiBaseUrl, budget: 0.0001m);

        // Each call's worst case (prompt + 512 answer tokens) costs about $0.0003: not even one fits.
        Assert.Equal(0, server.Requests);
        Assert.True(report.BudgetStopped);
        Assert.Equal(4, report.Pending);
        Assert.Empty(SynthesisFixture.ProgramFiles(fixture.ProgramsFolder));
    }

    [Fact]
    public async Task Batch_export_then_import_yields_the_same_programs_as_live_calls()
    {
        using var live = new SynthesisFixture();
        using (var server = new FakeLlmServer(ScriptedLlm.OpenAi)) await live.RunAsync(server.OpenAiBaseUrl);

        using var offline = new SynthesisFixture();
        var round = 0;
        while (true)
        {
            using var session = offline.Open(null, offline: true);
            var report = await session.SynthesizeAsync(null, CancellationToken.None);
            if (report.PendingRequests.Count == 0) break;
            Assert.True(++round <= 2, "knowledge, then programs: two rounds");
            var input = offline.Folder.PathOf($"batch-{round}.jsonl");
            BatchFile.Export(report.PendingRequests, input);
            var output = offline.Folder.PathOf($"batch-{round}-output.jsonl");
            File.WriteAllLines(output, BatchApi.Answer(input));
            using var importing = offline.Open(null, offline: true, importBatch: output);
            var imported = await importing.SynthesizeAsync(null, CancellationToken.None);
            Assert.Equal(report.PendingRequests.Count, imported.Calls.Batch);
        }

        Assert.Equal(2, round);
        Assert.Equal(SynthesisFixture.ProgramFiles(live.ProgramsFolder), SynthesisFixture.ProgramFiles(offline.ProgramsFolder));
    }
}
