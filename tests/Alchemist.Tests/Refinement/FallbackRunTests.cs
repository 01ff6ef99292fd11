using System.Text.Json;
using Alchemist.Tests.Data;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Refinement;

/// <summary>
/// The selective per-row fallback end to end through the CLI, against a real HTTP server speaking OpenAI's wire format:
/// two programs cover links (spam) and songs (ham); "subscribe" spam and plain comments are uncovered. The LLM labels
/// each row it is sent correctly, so sending the uncovered rows must lift the delivered labels to perfect accuracy, the
/// end model must train on every row, and the same answers must also come through batch files.
/// </summary>
public sealed class FallbackRunTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Root => _folder.Root;

    public FallbackRunTests() => CommentsProject.Write(_folder, i => $"great http://video.example/{i} link");

    public void Dispose() => _folder.Dispose();

    private static bool IsRowRequest(FakeCall call) => call.LastUser.Contains("What is the category of this data point:", StringComparison.Ordinal);

    /// <summary>A correct per-row answer; synthesis gets a program that never votes.</summary>
    private static FakeReply Llm(FakeCall call) => IsRowRequest(call)
        ? FakeReply.OpenAi(call.LastUser.Contains("subscribe", StringComparison.Ordinal) || call.LastUser.Contains("http", StringComparison.Ordinal) ? "{\"label\": 1}" : "{\"label\": 0}", 60, 6)
        : FakeReply.OpenAi("```csharp\npublic static class P { public static int Label(string text) => -1; }\n```", 400, 40);

    private static JsonElement[] Points(JsonElement fallback) => fallback.GetProperty("curve").GetProperty("points").EnumerateArray().ToArray();

    private static string StageNote(JsonElement run, string stage) =>
        run.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == stage).GetProperty("note").GetString() ?? "";

    [Fact]
    public async Task Uncovered_rows_go_to_the_llm_the_labels_become_exact_and_the_end_model_trains_on_every_row()
    {
        using var server = new FakeLlmServer(Llm);

        var (code, stdout, stderr) = await CliInProcess.RunCapturingAsync("run", Root, "--base-url", server.OpenAiBaseUrl, "--in-process",
            "--features", "tfidf", "--end-model", "logreg", "--llm-fallback", "uncovered", "--fallback-share", "0.6", "--json");

        Assert.True(code == 0, stderr);
        var run = JsonDocument.Parse(stdout).RootElement;
        var fallback = run.GetProperty("fallback");
        var splitRows = fallback.GetProperty("split_rows").GetInt32();
        var sent = fallback.GetProperty("rows").GetArrayLength();
        // Two rows in five are uncovered; all of them fit in 60%, and nothing covered is sent in this mode.
        var uncovered = (int)Math.Round(splitRows * (1 - run.GetProperty("coverage").GetProperty("train").GetDouble()));
        Assert.Equal(uncovered, sent);
        Assert.InRange(sent, splitRows / 4, splitRows / 2);
        Assert.Equal(sent, server.Calls.Count(IsRowRequest));
        Assert.Equal(sent, fallback.GetProperty("calls").GetProperty("live").GetInt32());
        Assert.Equal(60L * sent, fallback.GetProperty("input_tokens").GetInt64());
        Assert.All(fallback.GetProperty("labels").EnumerateArray(), l => Assert.InRange(l.GetInt32(), 0, 1));

        // The curve starts at the programs alone (uncovered rows get the prior's class, so some are wrong) and ends exact.
        var points = Points(fallback);
        Assert.Equal(0, points[0].GetProperty("rows").GetInt32());
        Assert.True(points[0].GetProperty("accuracy").GetProperty("accuracy").GetDouble() < 0.9, points[0].GetRawText());
        Assert.Equal(sent, points[^1].GetProperty("rows").GetInt32());
        Assert.Equal(1.0, points[^1].GetProperty("accuracy").GetProperty("accuracy").GetDouble());
        Assert.Contains("gold labels of 'train'", fallback.GetProperty("curve").GetProperty("judge").GetString(), StringComparison.Ordinal);
        Assert.Contains($"{splitRows} of {splitRows} rows", StageNote(run, "distill"), StringComparison.Ordinal);

        // `distill --run` alone reads the same fallback answers from the run folder as `run` does: every row trained on.
        var (distillCode, distilled) = await CliInProcess.RunAsync("distill", "--run", run.GetProperty("run").GetString()!, "--features", "tfidf",
            "--end-model", "logreg", "--json");
        Assert.Equal(0, distillCode);
        Assert.Equal(splitRows, distilled.GetProperty("covered_rows").GetInt32());

        // The report shows the curve: one table row per point, the last one exact, and the chart's dots.
        var (reportCode, report) = await CliInProcess.RunAsync("report", run.GetProperty("run").GetString()!, "--json");
        Assert.Equal(0, reportCode);
        var html = File.ReadAllText(report.GetProperty("report").GetString()!);
        var section = html[html.IndexOf("<h2 id=\"fallback\">", StringComparison.Ordinal)..];
        Assert.Contains($"{sent} of {splitRows} rows of 'train' sent to the LLM", section, StringComparison.Ordinal);
        Assert.Equal(points.Length + 1, section[..section.IndexOf("</table>", StringComparison.Ordinal)].Split("<tr>").Length - 1);
        Assert.Contains("<td>1.000</td>", section, StringComparison.Ordinal);
        Assert.Equal(points.Length, section.Split("<circle ").Length - 1);

        // A re-run with nothing changed asks nothing and skips the stage.
        var (again, rerun) = await CliInProcess.RunAsync("run", Root, "--base-url", server.OpenAiBaseUrl, "--in-process",
            "--features", "tfidf", "--end-model", "logreg", "--llm-fallback", "uncovered", "--fallback-share", "0.6", "--json");
        Assert.Equal(0, again);
        Assert.Equal(sent, server.Calls.Count(IsRowRequest));
        Assert.Equal(fallback.GetRawText(), rerun.GetProperty("fallback").GetRawText());
    }

    [Fact]
    public async Task Offline_the_least_certain_rows_are_exported_and_their_batch_answers_are_used_on_the_next_run()
    {
        var batch = Path.Combine(Root, "batch");
        Directory.CreateDirectory(batch);
        var input = Path.Combine(batch, "fallback-input.jsonl");
        string[] args = ["run", Root, "--in-process", "--features", "tfidf", "--end-model", "logreg", "--llm-fallback", "uncertain", "--fallback-share", "0.1", "--json"];

        var (code, run) = await CliInProcess.RunAsync([.. args, "--export-batch", input]);

        Assert.Equal(0, code);
        var fallback = run.GetProperty("fallback");
        var sent = fallback.GetProperty("rows").GetArrayLength();
        Assert.Equal((int)Math.Ceiling(0.1 * fallback.GetProperty("split_rows").GetInt32()), sent);
        Assert.Equal(sent, fallback.GetProperty("calls").GetProperty("pending").GetInt32());
        Assert.All(fallback.GetProperty("labels").EnumerateArray(), l => Assert.Equal(-2, l.GetInt32()));
        Assert.Equal(sent, File.ReadAllLines(input).Length);
        // Rows no program votes on come first: every exported row is a "subscribe" or plain comment.
        Assert.All(File.ReadAllLines(input), line => Assert.True(line.Contains("subscribe", StringComparison.Ordinal) || line.Contains("just a comment", StringComparison.Ordinal), line));
        Assert.True(Points(fallback)[^1].GetProperty("accuracy").ValueKind == JsonValueKind.Null);

        File.WriteAllLines(Path.Combine(batch, "fallback-output.jsonl"), BatchApi.Answer(input, Llm));
        var (code2, run2) = await CliInProcess.RunAsync([.. args, "--offline"]);

        Assert.Equal(0, code2);
        var answered = run2.GetProperty("fallback");
        Assert.Equal(sent, answered.GetProperty("calls").GetProperty("batch").GetInt32());
        Assert.Equal(0, answered.GetProperty("calls").GetProperty("pending").GetInt32());
        var points = Points(answered);
        Assert.True(points[^1].GetProperty("accuracy").GetProperty("accuracy").GetDouble() > points[0].GetProperty("accuracy").GetProperty("accuracy").GetDouble(),
            answered.GetProperty("curve").GetRawText());
    }
}
