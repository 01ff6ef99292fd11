using Alchemist.Evaluation;
using Alchemist.Labeling;
using Alchemist.Programs;
using Alchemist.Tests.Docs;
using Xunit.Abstractions;

namespace Alchemist.Tests.Concepts;

/// <summary>
/// Waterbirds in miniature: a true concept (foot webbing, noisy) and a spurious one (water background) that matches the
/// label in 95% of the training rows but is independent of it in the test rows. A program that learned the shortcut
/// looks fine on training data and fails the minority groups (landbird on water, waterbird on land) at test time;
/// programs over the true concept do not.
/// </summary>
public sealed class SpuriousCorrelationTests(ITestOutputHelper output)
{
    private static readonly LabelSet Birds = new(["landbird", "waterbird"]);
    private static readonly string[] Features = ["foot_webbed", "beak_flat", "background_water"];

    private static (string[] Rows, int[] Gold, string[] Groups) Split(int n, double backgroundAgreement, int seed)
    {
        var random = new Random(seed);
        var (rows, gold, groups) = (new string[n], new int[n], new string[n]);
        double Noisy(int y, double noise) => Math.Clamp(0.3 + 0.4 * y + noise * (random.NextDouble() - 0.5), 0, 1);
        for (var i = 0; i < n; i++)
        {
            var y = random.Next(2);
            var water = random.NextDouble() < backgroundAgreement ? y : 1 - y;
            rows[i] = FeatureRow.Format([Noisy(y, 0.9), Noisy(y, 1.0), Noisy(water, 0.2)]);
            gold[i] = y;
            groups[i] = $"{Birds.Names[y]}_on_{(water == 1 ? "water" : "land")}";
        }
        return (rows, gold, groups);
    }

    [Fact, Trait(DocBlock.Trait, DocBlock.Generated)]
    public async Task Programs_over_the_true_concept_beat_the_background_program_in_worst_group_accuracy()
    {
        var (train, trainGold, _) = Split(2000, 0.95, seed: 1);
        var (test, testGold, testGroups) = Split(2000, 0.5, seed: 2);
        ProgramSource[] programs =
        [
            new("feet", "static int Label(double footWebbed) => footWebbed > 0.5 ? 1 : 0;"),
            new("beak", "static int Label(double beakFlat) => beakFlat > 0.5 ? 1 : 0;"),
            new("background", "static int Label(double backgroundWater) => backgroundWater > 0.5 ? 1 : 0;"),
        ];
        using var applier = new ProgramApplier(new ApplyOptions { Isolation = ProgramIsolation.InProcess, FeatureNames = Features });
        var onTrain = await applier.ApplyAsync(programs, Birds, train);
        var onTest = await applier.ApplyAsync(programs, Birds, test);
        int[] Column(ApplyResult r, int j) => Enumerable.Range(0, r.Matrix.Rows).Select(i => (int)r.Matrix[i, j]).ToArray();

        // On training data the shortcut looks best of all.
        var trainAccuracy = Enumerable.Range(0, 3).Select(j => Column(onTrain, j).Zip(trainGold).Count(p => p.First == p.Second) / 2000.0).ToArray();
        Assert.True(trainAccuracy[2] > trainAccuracy[0] && trainAccuracy[2] > trainAccuracy[1], string.Join(", ", trainAccuracy));

        var feet = GroupScores.Compute(testGold, Column(onTest, 0), testGroups);
        var beak = GroupScores.Compute(testGold, Column(onTest, 1), testGroups);
        var background = GroupScores.Compute(testGold, Column(onTest, 2), testGroups);
        foreach (var (name, scores) in new[] { ("feet", feet), ("beak", beak), ("background", background) })
            output.WriteLine($"{name}: train accuracy {trainAccuracy[Array.IndexOf(new[] { "feet", "beak", "background" }, name)]:0.000}, test average {scores.Average:0.000}, worst group {scores.WorstGroup:0.000} ({scores.WorstGroupName}), gap {scores.Gap:0.000}");
        Assert.Equal(4, feet.PerGroup.Count);
        Assert.True(background.WorstGroup < 0.1, $"background worst group {background.WorstGroup}");
        Assert.True(feet.WorstGroup > 0.6, $"feet worst group {feet.WorstGroup}");
        Assert.True(beak.WorstGroup > 0.5, $"beak worst group {beak.WorstGroup}");
        Assert.True(feet.Gap < background.Gap && beak.Gap < background.Gap);

        // docs/concepts.md quotes these figures; they are seeded and deterministic, so the doc is checked against them.
        var table = new System.Text.StringBuilder("\n\n  | program | train accuracy | test average | test worst group | gap |\n  |---|---|---|---|---|\n");
        foreach (var (condition, j, scores) in new[] { ("footWebbed > 0.5", 0, feet), ("beakFlat > 0.5", 1, beak), ("backgroundWater > 0.5", 2, background) })
            table.Append(FormattableString.Invariant(
                $"  | `{condition}` | {trainAccuracy[j]:0.000} | {scores.Average:0.000} | {scores.WorstGroup:0.000} ({scores.WorstGroupName}) | {scores.Gap:0.000} |\n"));
        DocBlock.Verify("docs/concepts.md", "tests/Alchemist.Tests/Concepts/SpuriousCorrelationTests.cs", table.Append("\n  ").ToString());
    }

    [Fact]
    public void Group_scores_are_average_worst_and_gap()
    {
        var scores = GroupScores.Compute([0, 0, 1, 1, 1, -1], [0, 1, 1, 1, -1, 0], ["a", "a", "b", "b", "b", "b"]);
        Assert.Equal(3 / 5.0, scores.Average, 12);
        Assert.Equal(0.5, scores.WorstGroup, 12);
        Assert.Equal("a", scores.WorstGroupName);
        Assert.Equal(0.1, scores.Gap, 12);
        Assert.Equal((3, 2 / 3.0), scores.PerGroup["b"]);
    }
}
