using Alchemist.Aggregation;

namespace Alchemist.Tests.Aggregation;

/// <summary><c>auto</c> with an LLM-labeled sample picks the model whose answers match the sample best.</summary>
public class ReferenceSelectionTests
{
    [Fact]
    public void Auto_picks_the_model_that_answers_the_reference_rows_best_and_ignores_a_sample_too_small_to_tell()
    {
        var (votes, _) = SyntheticVotes.Generate(2000, [0.9, 0.85, 0.6, 0.55, 0.7, 0.65], [0.5, 0.4, 0.6, 0.7, 0.3, 0.5], [0.5, 0.5], seed: 5);
        var balance = ClassBalance.Uniform(2);
        // The reference is flying squid's own answers on 300 rows: it must score 1 and win (or tie at 1 with a simpler model).
        var squid = LabelModels.Create(LabelModelKind.FlyingSquid).Fit(votes, 2, balance, 0);
        var answers = new TieBreakPolicy(TieBreakKind.Prior).Decide(squid.PredictProba(votes), squid.ClassBalance.Prior);
        var rows = Enumerable.Range(0, 300).Select(i => i * 6).ToArray();
        var reference = new ReferenceLabels(rows, rows.Select(r => answers[r]).ToArray(), "llm sample");

        var picked = LabelModels.Create(LabelModelKind.Auto, null, null, ReferenceVotes.Of(reference, votes)).Fit(votes, 2, balance, 0);

        Assert.Equal(1.0, picked.SelectedBy!["flyingsquid"]);
        Assert.Equal(1.0, picked.SelectedBy[picked.Name]);
        Assert.Equal(LabelModels.Concrete.Count, picked.SelectedBy.Count);
        Assert.True(picked.SelectedBy.Values.Min() < 1.0, "the models differ on the sample, so the choice means something");

        // 29 labelled rows say too little: held-out agreement chooses, as without a sample.
        var small = reference with { Rows = rows[..29], Labels = reference.Labels.Take(29).ToArray() };
        var withSmall = LabelModels.Create(LabelModelKind.Auto, null, null, ReferenceVotes.Of(small, votes)).Fit(votes, 2, balance, 0);
        var without = LabelModels.Create(LabelModelKind.Auto).Fit(votes, 2, balance, 0);
        Assert.Equal(without.SelectedBy, withSmall.SelectedBy);
    }
}
