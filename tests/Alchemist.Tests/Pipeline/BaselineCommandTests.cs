using Alchemist.Synthesis;
using Alchemist.Tests.Data;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Pipeline;

/// <summary><c>alchemist baseline</c> against a local OpenAI-wire server: one call per row, cached, priced, batch round trip.</summary>
public sealed class BaselineCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Project(bool withPrograms = false)
    {
        var example = Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam");
        var project = Path.Combine(_folder.Root, "youtube-spam");
        Directory.CreateDirectory(Path.Combine(project, "data"));
        File.Copy(Path.Combine(example, "alchemist.yaml"), Path.Combine(project, "alchemist.yaml"));
        foreach (var file in Directory.GetFiles(Path.Combine(example, "data"))) File.Copy(file, Path.Combine(project, "data", Path.GetFileName(file)));
        if (withPrograms)
        {
            Directory.CreateDirectory(Path.Combine(project, "synthesized"));
            foreach (var file in Directory.GetFiles(Path.Combine(example, "synthesized"))) File.Copy(file, Path.Combine(project, "synthesized", Path.GetFileName(file)));
        }
        return project;
    }

    /// <summary>Answers like a crude zero-shot model: spam when the row has a link or asks to subscribe.</summary>
    private static FakeReply Answer(FakeCall call)
    {
        var row = call.LastUser[call.LastUser.IndexOf("data point:", StringComparison.Ordinal)..];
        var spam = row.Contains("http", StringComparison.OrdinalIgnoreCase) || row.Contains("subscribe", StringComparison.OrdinalIgnoreCase);
        return FakeReply.OpenAi(spam ? "{\"label\": 1}" : "```json\n{\"label\": 0}\n```", promptTokens: 200, completionTokens: 6);
    }

    [Fact]
    public async Task Labels_the_test_split_once_per_row_then_answers_from_the_cache_and_shows_beside_the_programs()
    {
        var project = Project(withPrograms: true);
        using var server = new FakeLlmServer(Answer);

        var (dryCode, dry) = await CliInProcess.RunAsync("baseline", "--spec", project, "--split", "test", "--dry-run", "--json");
        Assert.Equal(0, dryCode);
        const int distinct = 229; // the test split's 250 rows hold 229 distinct comments; a repeated comment is asked once
        Assert.Equal(distinct, dry.GetProperty("estimate").GetProperty("calls").GetInt32());
        Assert.True(dry.GetProperty("estimate").GetProperty("cost").GetDecimal() > 0);

        var (code, json) = await CliInProcess.RunAsync("baseline", "--spec", project, "--split", "test", "--base-url", server.OpenAiBaseUrl, "--budget", "1", "--json");

        Assert.Equal(0, code);
        Assert.Equal(distinct, server.Requests);
        Assert.Contains("What is the category of this data point:", server.Calls.First().LastUser, StringComparison.Ordinal);
        var result = json.GetProperty("result");
        Assert.Equal(250, result.GetProperty("answered").GetInt32());
        Assert.Equal(0, result.GetProperty("unparsed").GetInt32());
        Assert.Equal(distinct * 200, result.GetProperty("input_tokens").GetInt64());
        Assert.True(result.GetProperty("cost").GetDecimal() > 0);
        Assert.InRange(result.GetProperty("scores").GetProperty("accuracy").GetDouble(), 0.6, 1);
        Assert.True(File.Exists(json.GetProperty("file").GetString()));

        var (_, again) = await CliInProcess.RunAsync("baseline", "--spec", project, "--split", "test", "--base-url", server.OpenAiBaseUrl, "--json");
        Assert.Equal(distinct, server.Requests); // all from the cache
        Assert.Equal(distinct, again.GetProperty("result").GetProperty("calls").GetProperty("cached").GetInt32());
        Assert.Equal(0, (await CliInProcess.RunAsync("baseline", "--spec", project, "--split", "test", "--dry-run", "--json")).Json.GetProperty("estimate").GetProperty("calls").GetInt32());

        // The run over the checked-in programs and eval both show the zero-shot result beside the programs'.
        var (runCode, run) = await CliInProcess.RunAsync("run", project, "--offline", "--features", "none", "--json");
        Assert.Equal(0, runCode);
        var accuracy = result.GetProperty("scores").GetProperty("accuracy").GetDouble();
        Assert.Equal(accuracy, run.GetProperty("baseline").GetProperty("scores").GetProperty("accuracy").GetDouble());
        var (evalCode, eval) = await CliInProcess.RunAsync("eval", "--run", run.GetProperty("run").GetString()!, "--label-model", "mv", "--split", "test", "--json");
        Assert.Equal(0, evalCode);
        Assert.Equal(accuracy, eval.GetProperty("zero_shot").GetProperty("scores").GetProperty("accuracy").GetDouble());
        Assert.InRange(eval.GetProperty("accuracy").GetDouble(), 0.8, 1);
    }

    [Fact]
    public async Task Exports_pending_rows_as_a_batch_and_imports_the_answers_without_a_call()
    {
        var project = Project();
        var input = Path.Combine(_folder.Root, "baseline-input.jsonl");
        var (code, json) = await RunAsync("--split", "valid", "--export-batch", input);
        Assert.Equal(0, code);
        Assert.Equal(116, json.GetProperty("exported").GetProperty("requests").GetInt32()); // distinct comments of the 120 rows
        Assert.Equal(0, json.GetProperty("result").GetProperty("answered").GetInt32());

        var output = Path.Combine(_folder.Root, "baseline-output.jsonl");
        File.WriteAllLines(output, BatchApi.Answer(input, _ => FakeReply.OpenAi("{\"label\": \"SPAM\"}")));
        var (_, imported) = await RunAsync("--split", "valid", "--import-batch", output);
        var result = imported.GetProperty("result");
        Assert.Equal(116, result.GetProperty("calls").GetProperty("batch").GetInt32());
        Assert.Equal(120, result.GetProperty("answered").GetInt32());
        Assert.Equal(56.0 / 120, result.GetProperty("scores").GetProperty("accuracy").GetDouble(), 3); // every row SPAM: the valid split's spam share

        Task<(int, System.Text.Json.JsonElement)> RunAsync(params string[] args) =>
            CliInProcess.RunAsync(["baseline", "--spec", project, "--json", .. args]);
    }

    [Theory]
    [InlineData("{\"label\": 1}", 1)]
    [InlineData("```json\n{\"label\": \"ham\"}\n```", 0)]
    [InlineData("1", 1)]
    [InlineData("The answer is SPAM.", 1)]
    [InlineData("{\"label\": 7}", -1)]
    [InlineData("no idea", -1)]
    public void Parses_json_numbers_and_class_names(string answer, int expected) =>
        Assert.Equal(expected, ZeroShotBaseline.Parse(answer, new LabelSet(["HAM", "SPAM"])));

    public void Dispose() => _folder.Dispose();
}
