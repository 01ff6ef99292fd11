using System.Text.Json;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Cli;

/// <summary>The init, prompts and synthesize commands end to end (offline: dry-run, prompts and batch export make no call).</summary>
public sealed class SynthesisCommandsTests
{

    [Fact]
    public async Task Init_writes_a_spec_that_prompts_and_dry_run_accept()
    {
        using var fixture = new SynthesisFixture();
        var project = Path.Combine(fixture.Root, "project");
        var (code, init) = await CliInProcess.RunAsync("init", project, "--labels", "ham,spam", "--data", "../comments.csv", "--json");
        Assert.Equal(0, code);
        Assert.Contains("prices.json", init.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(2, (await CliInProcess.RunAsync("init", project, "--labels", "ham,spam", "--data", "../comments.csv")).Code); // never overwrites without --force
        File.WriteAllText(Path.Combine(project, "alchemist.yaml"),
            File.ReadAllText(Path.Combine(project, "alchemist.yaml")).Replace("# text_fields: [text]", "text_fields: [text]"));

        var (promptsCode, prompts) = await CliInProcess.RunAsync("prompts", "--spec", project, "--json");
        Assert.Equal(0, promptsCode);
        var requests = prompts.GetProperty("requests").EnumerateArray().ToArray();
        Assert.Equal(4 + 10, requests.Length); // four knowledge calls, ten programs
        Assert.Equal("knowledge:rules", requests[0].GetProperty("purpose").GetString());
        Assert.Contains("<the answer to knowledge:rules goes here>", requests[5].GetProperty("messages")[1].GetProperty("text").GetString());

        var (dryCode, dry) = await CliInProcess.RunAsync("synthesize", "--spec", project, "--dry-run", "--json");
        Assert.Equal(0, dryCode);
        var estimate = dry.GetProperty("estimate");
        Assert.Equal(14, estimate.GetProperty("calls").GetInt32());
        Assert.Equal(20, estimate.GetProperty("baseline_rows").GetInt32());
        Assert.True(estimate.GetProperty("output_tokens").GetInt64() == 14 * 1024);
    }

    [Fact]
    public async Task Synthesize_calls_a_local_server_given_by_base_url_and_summarises_in_json()
    {
        using var fixture = new SynthesisFixture();
        using var server = new FakeLlmServer(ScriptedLlm.OpenAi);

        var (code, json) = await CliInProcess.RunAsync("synthesize", "--spec", fixture.Root, "--base-url", server.OpenAiBaseUrl, "--budget", "1", "--json");

        Assert.Equal(0, code);
        Assert.Equal(SynthesisFixture.CallsPerRun, server.Requests);
        Assert.Equal(4, json.GetProperty("accepted").GetInt32());
        Assert.Equal(SynthesisFixture.CallsPerRun, json.GetProperty("calls").GetProperty("live").GetInt32());
        Assert.Equal(20, json.GetProperty("baseline").GetProperty("rows").GetInt32());
        Assert.Equal("accepted", json.GetProperty("programs")[0].GetProperty("status").GetString());
        Assert.True(File.Exists(json.GetProperty("programs")[0].GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Export_writes_batch_api_requests_and_errors_exit_2()
    {
        using var fixture = new SynthesisFixture();
        var batch = fixture.Folder.PathOf("batch.jsonl");
        var (code, json) = await CliInProcess.RunAsync("synthesize", "--spec", fixture.Root, "--export-batch", batch, "--json");
        Assert.Equal(0, code);
        // Round one: the keywords knowledge call and the two programs that need no knowledge.
        Assert.Equal(3, json.GetProperty("exported").GetProperty("requests").GetInt32());
        Assert.Equal(["knowledge:keywords", "program:001-none", "program:003-none"], json.GetProperty("pending_requests").EnumerateArray().Select(p => p.GetString()));
        var line = JsonDocument.Parse(File.ReadLines(batch).First()).RootElement;
        Assert.Equal("/v1/chat/completions", line.GetProperty("url").GetString());
        Assert.Equal("gpt-4o-mini", line.GetProperty("body").GetProperty("model").GetString());

        var (both, _) = await CliInProcess.RunAsync("synthesize", "--spec", fixture.Root, "--export-batch", batch, "--import-batch", batch);
        Assert.Equal(2, both);
    }
}
