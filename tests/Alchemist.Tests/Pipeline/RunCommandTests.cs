using System.Text.Json;
using System.Text.Json.Nodes;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline;

/// <summary><c>alchemist run</c> end to end on copies of the bundled example: offline, no key, stages skipped when nothing changed.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Example => Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam");


    private static Dictionary<string, bool> Skipped(JsonElement summary) =>
        summary.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!, s => s.GetProperty("skipped").GetBoolean());

    /// <summary>Copies the example without its programs: spec, data and batch answers only.</summary>
    private string CopyExample(bool withPrograms)
    {
        var project = Path.Combine(_folder.Root, "youtube-spam");
        foreach (var file in Directory.EnumerateFiles(Example, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Example, file);
            if (relative.StartsWith("runs", StringComparison.Ordinal) || relative.StartsWith(".alchemist", StringComparison.Ordinal)) continue;
            if (!withPrograms && relative.StartsWith("synthesized", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, relative))!);
            File.Copy(file, Path.Combine(project, relative));
        }
        return project;
    }

    [Fact]
    public async Task Example_reproduces_its_programs_from_the_batch_answers_then_skips_and_keeps_hand_edits()
    {
        var project = CopyExample(withPrograms: false);

        var (code, first) = await CliInProcess.RunAsync("run", project, "--features", "none", "--label-model", "snorkel", "--json");

        Assert.Equal(0, code);
        var synthesis = first.GetProperty("synthesis");
        Assert.Equal(10, synthesis.GetProperty("accepted").GetInt32());
        Assert.Equal(0, synthesis.GetProperty("calls").GetProperty("live").GetInt32());
        Assert.Equal(14, synthesis.GetProperty("calls").GetProperty("batch").GetInt32());
        // 14 requests, each counted once: round one's batch answers are read from the cache in round two's pass.
        Assert.Equal(0, synthesis.GetProperty("calls").GetProperty("cached").GetInt32());
        // The synthesized ones (refinement's kept programs come from its own round, which this snorkel run asks differently).
        foreach (var file in Directory.GetFiles(Path.Combine(Example, "synthesized"), "*.cs").Where(f => !Alchemist.Refinement.RefinementRecord.IsRefinedName(Path.GetFileNameWithoutExtension(f))))
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(project, "synthesized", Path.GetFileName(file))));
        Assert.All(Skipped(first).Values, Assert.False);
        var test = first.GetProperty("evaluation").GetProperty("label_model_scores").GetProperty("test");
        Assert.InRange(test.GetProperty("accuracy").GetDouble(), 0.8, 1);
        Assert.Equal(6, first.GetProperty("evaluation").GetProperty("comparison").GetArrayLength());
        Assert.Equal("valid", first.GetProperty("evaluation").GetProperty("comparison_split").GetString());

        var run = first.GetProperty("run").GetString()!;
        var firstVotes = Alchemist.Labeling.LabelMatrixFile.Load(Path.Combine(run, "train", "label_matrix.bin"));
        var (_, second) = await CliInProcess.RunAsync("run", project, "--features", "none", "--label-model", "snorkel", "--json");
        Assert.All(Skipped(second).Values, Assert.True);
        Assert.Equal(test.GetProperty("accuracy").GetDouble(), second.GetProperty("evaluation").GetProperty("label_model_scores").GetProperty("test").GetProperty("accuracy").GetDouble());

        // Edit one program so that it never votes, and touch the spec so synthesis runs again: the edit survives and
        // apply and every later stage re-run.
        var edited = Path.Combine(project, "synthesized", "001-none.cs");
        var text = File.ReadAllText(edited).Replace("public static int Label(string text)\n    {", "public static int Label(string text)\n    {\n        return -1;", StringComparison.Ordinal);
        Assert.Contains("return -1;\n", text);
        File.WriteAllText(edited, text);
        File.AppendAllText(Path.Combine(project, "alchemist.yaml"), "\n# touched\n");

        var (_, third) = await CliInProcess.RunAsync("run", project, "--features", "none", "--label-model", "snorkel", "--json");
        Assert.Equal(text, File.ReadAllText(edited));
        Assert.Equal(["001-none"], third.GetProperty("synthesis").GetProperty("kept_edited").EnumerateArray().Select(e => e.GetString()));
        // Every stage but the LLM-labeled sample, which depends on the data and the answers, not on the programs.
        Assert.All(Skipped(third).Where(s => s.Key != "pseudo-gold").Select(s => s.Value), Assert.False);
        Assert.True(Skipped(third)["pseudo-gold"]);
        Assert.Equal(0, third.GetProperty("programs")[0].GetProperty("coverage").GetDouble());
        // Only the edited program was applied again; the other nine columns were kept and are what a full apply gave.
        var applyNote = third.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "apply").GetProperty("note").GetString();
        Assert.StartsWith("1 of 10 programs applied (9 unchanged, reused)", applyNote, StringComparison.Ordinal);
        // A deleted program is synthesized again (from the cache) on the next run.
        var deleted = Path.Combine(project, "synthesized", "002-rules.cs");
        var original = File.ReadAllText(deleted);
        File.Delete(deleted);
        var (_, fourth) = await CliInProcess.RunAsync("run", project, "--features", "none", "--label-model", "snorkel", "--json");
        Assert.Equal(original, File.ReadAllText(deleted));
        Assert.False(Skipped(fourth)["synthesize"]);
        Assert.Equal(0, fourth.GetProperty("synthesis").GetProperty("calls").GetProperty("live").GetInt32());

        var thirdVotes = Alchemist.Labeling.LabelMatrixFile.Load(Path.Combine(run, "train", "label_matrix.bin"));
        for (var i = 0; i < firstVotes.Rows; i++)
        {
            Assert.Equal(-1, thirdVotes[i, 0]);
            for (var j = 1; j < 10; j++) Assert.Equal(firstVotes[i, j], thirdVotes[i, j]);
        }
    }

    [Fact]
    public async Task Checked_in_programs_run_offline_on_a_small_split_through_a_tfidf_end_model_and_the_report_renders_in_chromium()
    {
        var project = CopyExample(withPrograms: true);
        Directory.Delete(Path.Combine(project, "batch"), recursive: true);
        foreach (var (split, rows) in new[] { ("train", 300), ("valid", 60), ("test", 60) })
        {
            var path = Path.Combine(project, "data", split + ".json");
            var all = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var subset = new JsonObject(all.Take(rows).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            File.WriteAllText(path, subset.ToJsonString());
        }

        var (code, summary) = await CliInProcess.RunAsync("run", project, "--offline", "--features", "tfidf", "--end-model", "logreg", "--name", "small", "--json");

        Assert.Equal(0, code);
        Assert.Equal(10, summary.GetProperty("synthesis").GetProperty("pending").GetInt32());
        Assert.Equal(0, summary.GetProperty("synthesis").GetProperty("calls").GetProperty("live").GetInt32());
        var run = summary.GetProperty("run").GetString()!;
        Assert.Equal(Path.Combine(project, "runs", "small"), run);
        foreach (var artifact in new[] { "run.json", "stages.json", "synthesis.json", "label_model.json", "end_model.bin", "evaluation.json", "train/label_matrix.bin", "test/pseudolabels.csv", "valid/analysis.json" })
            Assert.True(File.Exists(Path.Combine(run, artifact)), artifact);
        var end = summary.GetProperty("evaluation").GetProperty("end_model_scores");
        Assert.Equal(["train", "valid", "test"], end.EnumerateObject().Select(p => p.Name));
        Assert.Equal(60, end.GetProperty("test").GetProperty("n").GetInt32());
        Assert.InRange(end.GetProperty("test").GetProperty("accuracy").GetDouble(), 0.6, 1);
        Assert.InRange(summary.GetProperty("coverage").GetProperty("train").GetDouble(), 0.5, 1);

        var (reportCode, report) = await CliInProcess.RunAsync("report", run, "--examples", "3", "--json");

        Assert.Equal(0, reportCode);
        var html = report.GetProperty("report").GetString()!;
        var source = File.ReadAllText(html);
        Assert.DoesNotMatch("src\\s*=|href\\s*=\\s*\"(?!#)|url\\(|@import", source); // no external asset: texts may hold URLs, attributes may not (in-page #links may)
        Assert.DoesNotContain("<script", source, StringComparison.Ordinal);
        var dom = HeadlessChromium.DumpDom(html);
        // Every program of the example: the ten synthesized and those its refinement round kept.
        Assert.Equal(Directory.GetFiles(Path.Combine(Example, "synthesized"), "*.cs").Length, System.Text.RegularExpressions.Regex.Count(dom, "class=\"program\""));
        foreach (var section in new[] { "id=\"scores\"", "id=\"label-models\"", "id=\"calibration\"", "id=\"class-balance\"", "id=\"cost\"", "<polyline", "Learned weight", "per-row zero-shot baseline" })
            Assert.Contains(section, dom, StringComparison.Ordinal);
        Assert.Contains("<td class=\"l\">flyingsquid</td>", dom, StringComparison.Ordinal);
        var png = Path.Combine(_folder.Root, "report.png");
        HeadlessChromium.Screenshot(html, png);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, $"screenshot of {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    public void Dispose() => _folder.Dispose();
}
