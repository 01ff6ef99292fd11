using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Pipeline;
using Alchemist.Tests.Pipeline.ScaleOut;

namespace Alchemist.Tests.Pipeline;

/// <summary>
/// Where distill kept the label model's answer on covered rows, the evaluation scores the labels the run hands out:
/// the label model's answer where a program voted, the end model's elsewhere, recomputed here from the run's files.
/// </summary>
public sealed class HandedOutScoresTests(ShardedPredictTests.LocalRun local) : IClassFixture<ShardedPredictTests.LocalRun>
{
    [Fact]
    public async Task Eval_scores_the_label_models_answer_on_covered_rows_and_the_end_models_elsewhere()
    {
        using var model = EndModelFile.Load(local.EndModel);
        // On WRENCH YouTube's valid split the label model answers the covered rows better than the TF-IDF logistic regression.
        Assert.Equal(CoveredRowsAnswer.LabelModel, model.CoveredAnswer);
        Assert.Contains("covered rows of the gold labels of 'valid'", model.CoveredAnswerNote, StringComparison.Ordinal);

        var (code, _, error) = await CliInProcess.RunCapturingAsync("eval", "--run", local.Run, "--json");
        Assert.True(code == 0, error);
        var summary = EvaluateStep.Load(new RunFolder(local.Run));
        Assert.NotNull(summary.FinalScores);

        var pseudolabels = PseudolabelsFile.Load(Path.Combine(local.Run, "test", "pseudolabels.csv"));
        var prior = LabelModelFile.Load(Path.Combine(local.Run, "label_model.json")).ClassBalance.Prior;
        var labelModel = new TieBreakPolicy(TieBreakKind.Prior).Decide(pseudolabels, prior);
        var test = DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared("youtube"), "wrench", "test"), model.Labels, CancellationToken.None);
        var endModel = model.Decide(model.PredictProbabilities(Distiller.Texts(test))).Select(d => d.Label).ToArray();
        var right = Enumerable.Range(0, test.Count).Count(r => (pseudolabels.Covered[r] ? labelModel[r] : endModel[r]) == test.Gold![r]);
        Assert.Equal((double)right / test.Count, summary.FinalScores["test"].Accuracy, 12);
        Assert.Equal(test.Count, summary.FinalScores["test"].N);
    }
}
