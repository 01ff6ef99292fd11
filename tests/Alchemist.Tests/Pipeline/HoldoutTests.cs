using Alchemist.Data;
using Alchemist.Synthesis;
using Alchemist.Tasks;

namespace Alchemist.Tests.Pipeline;

/// <summary>A single-file project is scored on a seeded held-out split that nothing fitted ever reads.</summary>
public sealed class HoldoutTests
{
    [Fact]
    public void A_single_labeled_file_holds_out_a_seeded_fifth_by_default_and_the_sides_are_disjoint()
    {
        using var project = new CsvProject(rows: 200);
        var spec = TaskSpecLoader.Load(project.Root);

        Assert.Equal(new Holdout(0.2, Holdout.DefaultSeed), spec.Data.Holdout);
        var sides = DataSplits.Of(spec.Data);
        Assert.Equal(["train", "test"], sides.Keys);
        var train = DatasetLoader.Load(sides["train"], spec.Labels);
        var test = DatasetLoader.Load(sides["test"], spec.Labels);
        Assert.Equal(160, train.Count);
        Assert.Equal(40, test.Count);
        Assert.Empty(train.SourceRows.Intersect(test.SourceRows));
        Assert.Equal(test.SourceRows, DatasetLoader.Load(sides["test"], spec.Labels).SourceRows);
        // The spec's own rows (what synthesis checks programs on) are the train side only.
        Assert.Equal(train.SourceRows, DatasetLoader.Load(spec.Data, spec.Labels).SourceRows);
    }

    [Theory]
    [InlineData("  holdout: 0", null)]
    [InlineData("  holdout: 0.3\n  holdout_seed: 5", 0.3)]
    public void The_holdout_is_set_in_the_data_section(string extra, double? expected)
    {
        using var project = new CsvProject(dataExtra: extra);
        Assert.Equal(expected, TaskSpecLoader.Load(project.Root).Data.Holdout?.Fraction);
    }

    [Fact]
    public void Data_without_gold_holds_nothing_out_since_nothing_could_be_scored()
    {
        using var project = new CsvProject();
        var yaml = Path.Combine(project.Root, "alchemist.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("  label_field: label\n", "", StringComparison.Ordinal));

        var spec = TaskSpecLoader.Load(project.Root);

        Assert.Null(spec.Data.LabelField);
        Assert.Null(spec.Data.Holdout);
        Assert.Equal(["data"], DataSplits.Of(spec.Data).Keys);
    }

    [Fact]
    public async Task Run_fits_on_train_only_and_labels_each_score_with_its_split_role()
    {
        using var project = new CsvProject(rows: 300);

        var (code, summary) = await CliInProcess.RunAsync("run", project.Root, "--offline", "--in-process", "--features", "tfidf", "--end-model", "logreg", "--json");

        Assert.Equal(0, code);
        var roles = summary.GetProperty("roles");
        Assert.Equal("training", roles.GetProperty("train").GetString());
        Assert.Equal("held_out", roles.GetProperty("test").GetString());
        var stages = summary.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!, s => s.GetProperty("note").GetString());
        Assert.EndsWith("fitted on 'train'", stages["aggregate"], StringComparison.Ordinal);
        Assert.EndsWith("of 240 rows", stages["distill"], StringComparison.Ordinal);
        var evaluation = summary.GetProperty("evaluation");
        Assert.Equal(60, evaluation.GetProperty("label_model_scores").GetProperty("test").GetProperty("n").GetInt32());
        Assert.Equal(60, evaluation.GetProperty("end_model_scores").GetProperty("test").GetProperty("n").GetInt32());
        Assert.Equal(240, evaluation.GetProperty("end_model_scores").GetProperty("train").GetProperty("n").GetInt32());
        // The class balance estimated from the train votes, with its uncertainty: a sixth of the rows is uncovered.
        var balance = evaluation.GetProperty("vote_balance");
        Assert.Equal("train", balance.GetProperty("split").GetString());
        Assert.InRange(balance.GetProperty("coverage").GetDouble(), 0.75, 0.9);
        var lower = balance.GetProperty("lower").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var upper = balance.GetProperty("upper").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.All(Enumerable.Range(0, 2), y => Assert.Equal(1 - balance.GetProperty("coverage").GetDouble(), upper[y] - lower[y], 9));

        // Hand-written programs are said to be applied as they are, not "imported without usage".
        var synthesis = System.Text.Json.JsonSerializer.Deserialize<SynthesisSummary>(summary.GetProperty("synthesis").GetRawText(), ArtifactJson.Options)!;
        var lines = string.Join("\n", Alchemist.Cli.Commands.RunCommand.SynthesisLines(synthesis, applied: 2));
        Assert.Contains("Applied 2 program(s) from the programs folder, 2 of them not written by this synthesis", lines, StringComparison.Ordinal);
        Assert.DoesNotContain("without usage", lines, StringComparison.Ordinal);

        // eval's defaults fit such a project: the label model is auto, the split the held-out test split.
        var (evalCode, eval) = await CliInProcess.RunAsync("eval", "--run", summary.GetProperty("run").GetString()!, "--json");
        Assert.Equal(0, evalCode);
        Assert.Equal("test", eval.GetProperty("split").GetString());
        Assert.Equal("train", eval.GetProperty("fit_split").GetString());
        Assert.Equal("auto", eval.GetProperty("label_model").GetString());
    }
}
