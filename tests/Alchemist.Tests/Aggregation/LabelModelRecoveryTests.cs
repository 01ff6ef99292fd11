using Alchemist.Aggregation;
using Alchemist.Evaluation;

namespace Alchemist.Tests.Aggregation;

/// <summary>On matrices drawn from known, conditionally independent programs every model must recover the truth.</summary>
public class LabelModelRecoveryTests
{
    private static readonly double[] SpreadAccuracies = [0.95, 0.9, 0.85, 0.6, 0.55, 0.55, 0.55];
    private static readonly double[] Coverages = [0.6, 0.5, 0.7, 0.9, 0.9, 0.9, 0.9];

    public static TheoryData<LabelModelKind, int> ModelsAndClasses()
    {
        var data = new TheoryData<LabelModelKind, int>();
        foreach (var name in new[] { LabelModelKind.WeightedMajorityVote, LabelModelKind.DawidSkene, LabelModelKind.Snorkel, LabelModelKind.FlyingSquid })
            foreach (var k in new[] { 2, 4 })
                data.Add(name, k);
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelsAndClasses))]
    public void Recovers_program_accuracies(LabelModelKind name, int classes)
    {
        var prior = Enumerable.Repeat(1.0 / classes, classes).ToArray();
        var (votes, _) = SyntheticVotes.Generate(40_000, SpreadAccuracies, Coverages, prior, seed: 1);
        var model = LabelModels.Create(name, new SnorkelOptions(Epochs: 500)).Fit(votes, classes, ClassBalance.Uniform(classes), seed: 0);
        var estimated = model.ProgramAccuracies!;
        for (var j = 0; j < SpreadAccuracies.Length; j++)
            Assert.True(Math.Abs(estimated[j] - SpreadAccuracies[j]) < 0.06,
                $"{name}, k={classes}: program {j} accuracy {estimated[j]:F3}, truth {SpreadAccuracies[j]}");
    }

    [Theory]
    [MemberData(nameof(ModelsAndClasses))]
    public void Beats_majority_vote_when_accuracies_differ(LabelModelKind name, int classes)
    {
        var prior = Enumerable.Repeat(1.0 / classes, classes).ToArray();
        var (votes, gold) = SyntheticVotes.Generate(40_000, SpreadAccuracies, Coverages, prior, seed: 2);
        double Accuracy(LabelModelKind model)
        {
            var m = LabelModels.Create(model, new SnorkelOptions(Epochs: 500)).Fit(votes, classes, ClassBalance.Uniform(classes), seed: 0);
            var answers = m.Predict(votes, new TieBreakPolicy(TieBreakKind.DeterministicRandom));
            return Metrics.Score(gold, answers, m.PredictProba(votes)).Accuracy;
        }
        var mv = Accuracy(LabelModelKind.MajorityVote);
        var other = Accuracy(name);
        Assert.True(other > mv + 0.01, $"{name}, k={classes}: accuracy {other:F4} does not beat majority vote {mv:F4}");
    }

    [Fact]
    public void Fits_are_deterministic_given_the_seed()
    {
        var (votes, _) = SyntheticVotes.Generate(5_000, SpreadAccuracies, Coverages, [0.5, 0.5], seed: 3);
        foreach (var name in LabelModels.All)
        {
            var trainer = LabelModels.Create(name);
            var a = trainer.Fit(votes, 2, null, seed: 7);
            var b = trainer.Fit(votes, 2, null, seed: 7);
            Assert.Equal(a.PredictProba(votes).Probabilities, b.PredictProba(votes).Probabilities);
        }
    }
}
