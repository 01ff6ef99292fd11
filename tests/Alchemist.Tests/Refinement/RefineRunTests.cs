using System.Text.Json;
using Alchemist.Labeling;
using Alchemist.Tests.Data;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Refinement;

/// <summary>
/// Refinement end to end through the CLI, against a real HTTP server speaking OpenAI's wire format: the first programs
/// miss "subscribe" spam and plain ham; the LLM answers a request aimed at spam with a program that catches it, and one
/// aimed at ham with a copy of an existing program, which the gate must drop as a near duplicate.
/// </summary>
public sealed class RefineRunTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Root => _folder.Root;

    public RefineRunTests() => CommentsProject.Write(_folder, i => $"subscribe to my channel http://me.example/{i}", """
            refine:
              rounds: 3
              programs_per_round: 2
              sample_rows: 6
            """);

    public void Dispose() => _folder.Dispose();

    /// <summary>A program for the class a refinement request aims at: "subscribe" for spam, a copy of 002-song for ham.</summary>
    internal static FakeReply Llm(FakeCall call) => Llm(call, "text.Contains(\"song\") ? 0 : -1");

    /// <summary>As <see cref="Llm(FakeCall)"/>, answering requests aimed at ham with <paramref name="ham"/>.</summary>
    private static FakeReply Llm(FakeCall call, string ham)
    {
        var user = call.LastUser;
        // Synthesis asks for the task's own programs first: one that never votes changes nothing here.
        var body = !user.Contains("<rows>", StringComparison.Ordinal) ? "-1"
            : user.Contains("Aim at class 1 = spam", StringComparison.Ordinal) ? "text.Contains(\"subscribe\") ? 1 : -1"
            : ham;
        return FakeReply.OpenAi($"```csharp\npublic static class P {{ public static int Label(string text) => {body}; }}\n```", promptTokens: 400, completionTokens: 40);
    }

    private static int RefineCalls(FakeLlmServer server) => server.Calls.Count(c => c.LastUser.Contains("<rows>", StringComparison.Ordinal));

    private static JsonElement Round(JsonElement run, int round) => run.GetProperty("refinement").GetProperty("rounds")[round - 1];

    [Fact]
    public async Task Keeps_the_program_that_covers_missed_rows_drops_the_duplicate_and_replays_from_the_cache()
    {
        using var server = new FakeLlmServer(Llm);

        var (code, run) = await CliInProcess.RunAsync("refine", Root, "--base-url", server.OpenAiBaseUrl, "--in-process", "--features", "none", "--json");

        Assert.Equal(0, code);
        var refinement = run.GetProperty("refinement");
        Assert.Equal("nothing_kept", refinement.GetProperty("stop").GetString());
        var first = Round(run, 1).GetProperty("candidates").EnumerateArray().ToArray();
        var kept = first.Single(c => c.GetProperty("status").GetString() == "kept");
        Assert.Equal("spam", kept.GetProperty("focus").GetString());
        Assert.Matches("^r1-0[12]-spam$", kept.GetProperty("name").GetString()!);
        Assert.Equal("label model", kept.GetProperty("gate").GetProperty("accuracy_source").GetString());
        Assert.Equal(1.0, kept.GetProperty("gate").GetProperty("accuracy").GetDouble());
        Assert.True(kept.GetProperty("gate").GetProperty("newly_covered").GetInt32() > 0);
        var dropped = first.Single(c => c.GetProperty("status").GetString() == "dropped");
        Assert.Equal("002-song", dropped.GetProperty("gate").GetProperty("duplicate_of").GetString());
        Assert.True(Round(run, 1).GetProperty("coverage_after").GetDouble() > Round(run, 1).GetProperty("coverage_before").GetDouble());
        // Round 2 asks again; the spam answer now copies the kept program, so nothing passes and refinement stops.
        Assert.All(Round(run, 2).GetProperty("candidates").EnumerateArray(), c => Assert.Equal("dropped", c.GetProperty("status").GetString()));
        Assert.Equal(4, RefineCalls(server));
        Assert.Equal(4 * 400, refinement.GetProperty("input_tokens").GetInt64());

        // The kept program is in the programs folder with its numbers, applied to every split; the dropped one is in rejected/.
        var name = kept.GetProperty("name").GetString()!;
        var file = File.ReadAllText(Path.Combine(Root, "programs", name + ".cs"));
        Assert.Contains("// Status: kept by the gate: votes on", file, StringComparison.Ordinal);
        Assert.True(file.Contains("Aim at class 1 = spam", StringComparison.Ordinal), file);
        Assert.Contains("DROPPED by the gate: votes on 0 target row(s); at least 3 needed",
            File.ReadAllText(Path.Combine(Root, "programs", "rejected", dropped.GetProperty("name").GetString() + ".cs")), StringComparison.Ordinal);
        var runFolder = new RunFolder(run.GetProperty("run").GetString()!);
        Assert.Equal(name, RunManifest.Load(runFolder).Programs[^1]);
        Assert.True(run.GetProperty("coverage").GetProperty("train").GetDouble() > 0.75);

        // Replayed with no server: every answer comes from the cache and the decisions are the same.
        File.Delete(runFolder.RefinementPath);
        var (again, replay) = await CliInProcess.RunAsync("refine", Root, "--offline", "--in-process", "--features", "none", "--json");
        Assert.Equal(0, again);
        Assert.Equal(4, RefineCalls(server));
        Assert.True(replay.GetProperty("refinement").GetProperty("calls").GetProperty("cached").GetInt32() == 4, replay.GetProperty("refinement").GetRawText() + replay.GetProperty("stages").GetRawText());
        Assert.Equal(refinement.GetProperty("rounds").GetRawText(), replay.GetProperty("refinement").GetProperty("rounds").GetRawText());
        Assert.Equal(file, File.ReadAllText(Path.Combine(Root, "programs", name + ".cs")));
    }

    [Fact]
    public async Task Each_round_goes_through_batch_files_and_a_rerun_continues_where_the_answers_stop()
    {
        var batch = Path.Combine(Root, "batch");
        Directory.CreateDirectory(batch);
        var input1 = Path.Combine(batch, "refine1-input.jsonl");

        var (code, run) = await CliInProcess.RunAsync("refine", Root, "--export-batch", input1, "--in-process", "--features", "none", "--json");

        Assert.Equal(0, code);
        Assert.Equal("pending", run.GetProperty("refinement").GetProperty("stop").GetString());
        Assert.Equal(2, File.ReadAllLines(input1).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(Root, "programs"), "r*.cs"));

        File.WriteAllLines(Path.Combine(batch, "refine1-output.jsonl"), BatchApi.Answer(input1, Llm));
        var input2 = Path.Combine(batch, "refine2-input.jsonl");
        var (code2, run2) = await CliInProcess.RunAsync("refine", Root, "--export-batch", input2, "--in-process", "--features", "none", "--json");

        Assert.Equal(0, code2);
        var refinement = run2.GetProperty("refinement");
        Assert.Equal("pending", refinement.GetProperty("stop").GetString());
        Assert.Equal(2, refinement.GetProperty("calls").GetProperty("batch").GetInt32());
        Assert.Equal(1, refinement.GetProperty("kept").GetArrayLength());
        Assert.Equal(2, File.ReadAllLines(input2).Length);
        // Round 2's requests list round 1's kept program among the existing ones.
        var keptName = refinement.GetProperty("kept")[0].GetString()!;
        Assert.All(File.ReadAllLines(input2), line => Assert.Contains($"- {keptName}: returns spam on", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_an_llm_sample_refinement_waits_for_it_and_then_gates_on_it()
    {
        var yaml = Path.Combine(Root, "alchemist.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("smoke_rows: 50", "smoke_rows: 50\n  llm_sample: 60", StringComparison.Ordinal));
        using var server = new FakeLlmServer(call => call.LastUser.Contains("What is the category of this data point:", StringComparison.Ordinal)
            ? FakeReply.OpenAi(call.LastUser.Contains("subscribe", StringComparison.Ordinal) || call.LastUser.Contains("http", StringComparison.Ordinal) ? "{\"label\": 1}" : "{\"label\": 0}", 60, 6)
            : Llm(call, "text.Contains(\"just a comment\") ? 0 : -1"));

        var (code, stdout, stderr) = await CliInProcess.RunCapturingAsync("refine", Root, "--base-url", server.OpenAiBaseUrl, "--in-process", "--features", "none", "--json");

        Assert.True(code == 0, stderr);
        var run = JsonDocument.Parse(stdout).RootElement;
        var sample = run.GetProperty("pseudo_gold");
        Assert.Equal(60, sample.GetProperty("sample").GetProperty("rows").GetArrayLength());
        Assert.Equal(60, sample.GetProperty("label_model").GetProperty("total").GetInt32());
        var first = run.GetProperty("refinement").GetProperty("rounds")[0].GetProperty("candidates").EnumerateArray().ToArray();
        Assert.All(first, c => Assert.Equal(("kept", "pseudo-gold"), (c.GetProperty("status").GetString(), c.GetProperty("gate").GetProperty("accuracy_source").GetString())));
        var rounds = run.GetProperty("refinement").GetProperty("rounds");
        Assert.True(rounds[0].GetProperty("pseudo_gold_after").GetDouble() > rounds[0].GetProperty("pseudo_gold_before").GetDouble(), rounds.GetRawText());
    }
    [Fact]
    public async Task Drop_harmful_retires_a_wrong_first_program_the_label_model_then_ignores_and_a_rerun_keeps_it_so()
    {
        // A third first program calls every plain comment spam: wrong on 60 rows the LLM-labeled sample calls ham.
        _folder.Write("programs/003-comment.cs", "public static class C { public static int Label(string text) => text.Contains(\"just a comment\") ? 1 : -1; }\n");
        var yaml = Path.Combine(Root, "alchemist.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("smoke_rows: 50", "smoke_rows: 50\n  llm_sample: 60", StringComparison.Ordinal));
        using var server = new FakeLlmServer(call => call.LastUser.Contains("What is the category of this data point:", StringComparison.Ordinal)
            ? FakeReply.OpenAi(call.LastUser.Contains("subscribe", StringComparison.Ordinal) || call.LastUser.Contains("http", StringComparison.Ordinal) ? "{\"label\": 1}" : "{\"label\": 0}", 60, 6)
            : Llm(call, "text.Contains(\"just a comment\") ? 0 : -1"));

        var (code, stdout, stderr) = await CliInProcess.RunCapturingAsync("refine", Root, "--base-url", server.OpenAiBaseUrl, "--in-process", "--features", "none", "--drop-harmful", "--json");

        Assert.True(code == 0, stderr);
        var run = JsonDocument.Parse(stdout).RootElement;
        var review = run.GetProperty("refinement").GetProperty("retirements").EnumerateArray().ToArray();
        var retired = Assert.Single(review, d => d.GetProperty("retired").GetBoolean());
        Assert.Equal(("003-comment", "pseudo-gold", 0.0), (retired.GetProperty("program").GetString(), retired.GetProperty("source").GetString(), retired.GetProperty("accuracy").GetDouble()));
        Assert.True(retired.GetProperty("pseudo_gold_without").GetDouble() >= retired.GetProperty("pseudo_gold_with").GetDouble(), retired.GetRawText());
        // Its file stays and it is still applied; the label model leaves its votes out.
        var runFolder = new RunFolder(run.GetProperty("run").GetString()!);
        Assert.True(File.Exists(Path.Combine(Root, "programs", "003-comment.cs")));
        Assert.Contains("003-comment", RunManifest.Load(runFolder).Programs);
        var model = Alchemist.Aggregation.LabelModelFile.Load(runFolder.LabelModelPath);
        Assert.Equal(["003-comment"], model.IgnoredPrograms);
        Assert.DoesNotContain("003-comment", model.Programs);

        // The single command fits as the run does: without the retired program, choosing on the LLM-labeled sample.
        var fitted = File.ReadAllText(runFolder.LabelModelPath);
        var (aggregateCode, _) = await CliInProcess.RunAsync("aggregate", "--run", runFolder.Root, "--json");
        Assert.Equal(0, aggregateCode);
        Assert.Equal(["003-comment"], Alchemist.Aggregation.LabelModelFile.Load(runFolder.LabelModelPath).IgnoredPrograms);
        Assert.Equal(fitted, File.ReadAllText(runFolder.LabelModelPath));
        // A model with per-program weights: the report reads them by program name, and marks the retired one.
        var (snorkelCode, _) = await CliInProcess.RunAsync("aggregate", "--run", runFolder.Root, "--label-model", "snorkel", "--json");
        Assert.Equal(0, snorkelCode);
        Assert.Equal(["003-comment"], Alchemist.Aggregation.LabelModelFile.Load(runFolder.LabelModelPath).IgnoredPrograms);
        var (reportCode, report) = await CliInProcess.RunAsync("report", runFolder.Root, "--json");
        Assert.Equal(0, reportCode);
        var html = File.ReadAllText(report.GetProperty("report").GetString()!);
        Assert.Contains("Programs below the floor after the rounds", html, StringComparison.Ordinal);
        Assert.Contains("retired by refinement: the label model ignores its votes", html, StringComparison.Ordinal);
        Assert.Contains("Learned weight (estimated accuracy)", html, StringComparison.Ordinal);

        // Offline, the review replays from the cache to the same decisions; run again as it is, refinement and aggregation are skipped.
        var (again, replay) = await CliInProcess.RunAsync("refine", Root, "--offline", "--in-process", "--features", "none", "--drop-harmful", "--json");
        Assert.Equal(0, again);
        Assert.Equal(run.GetProperty("refinement").GetProperty("retirements").GetRawText(), replay.GetProperty("refinement").GetProperty("retirements").GetRawText());
        var (third, unchanged) = await CliInProcess.RunAsync("refine", Root, "--offline", "--in-process", "--features", "none", "--drop-harmful", "--json");
        Assert.Equal(0, third);
        var stages = unchanged.GetProperty("stages").EnumerateArray().Where(s => s.GetProperty("stage").GetString() is "refine" or "aggregate").ToArray();
        Assert.NotEmpty(stages);
        Assert.All(stages, s => Assert.True(s.GetProperty("skipped").GetBoolean(), unchanged.GetProperty("stages").GetRawText()));
        Assert.Equal(["003-comment"], Alchemist.Aggregation.LabelModelFile.Load(runFolder.LabelModelPath).IgnoredPrograms);
    }
}
