using Alchemist.Aggregation;

namespace Alchemist.Tests.Aggregation;

/// <summary>A fit returns a new, immutable model: the trainer keeps nothing, and nothing handed out can change a fitted model.</summary>
public class FittedLabelModelTests
{
    public static TheoryData<LabelModelKind> Models() => new(LabelModels.All);

    [Theory]
    [MemberData(nameof(Models))]
    public void A_second_fit_leaves_the_first_model_as_it_was(LabelModelKind kind)
    {
        var (first, _) = SyntheticVotes.Generate(2_000, [0.9, 0.8, 0.7, 0.6], [0.7, 0.6, 0.8, 0.9], [0.5, 0.5], seed: 1);
        var (second, _) = SyntheticVotes.Generate(2_000, [0.6, 0.7, 0.8, 0.9], [0.9, 0.8, 0.6, 0.7], [0.3, 0.7], seed: 2);
        var trainer = LabelModels.Create(kind);
        var model = trainer.Fit(first, 2, seed: 3);
        var before = model.PredictProba(first).Probabilities;
        var state = model.Export();

        var other = trainer.Fit(second, 2, seed: 3);

        Assert.NotSame(model, other);
        Assert.Equal(before, model.PredictProba(first).Probabilities);
        Assert.Equal(state.ClassBalance, model.ClassBalance.Prior);
        Assert.Equal(state.ProgramAccuracies, model.ProgramAccuracies);
    }

    [Fact]
    public void Changing_an_exported_array_changes_neither_the_model_nor_its_next_export()
    {
        var (votes, _) = SyntheticVotes.Generate(2_000, [0.9, 0.8, 0.7, 0.6], [0.7, 0.6, 0.8, 0.9], [0.5, 0.5], seed: 4);
        var model = new SnorkelLabelModel().Fit(votes, 2);
        var before = model.PredictProba(votes).Probabilities;
        var mu = model.Export().Parameters["mu"];
        var original = mu[0];
        mu[0] = 0.5;
        Assert.Equal(original, model.Export().Parameters["mu"][0]);
        Assert.Equal(before, model.PredictProba(votes).Probabilities);
    }

    [Fact]
    public void Auto_returns_its_pick_with_every_candidates_score()
    {
        var (votes, _) = SyntheticVotes.Generate(4_000, [0.95, 0.9, 0.85, 0.6, 0.55, 0.55], [0.6, 0.5, 0.7, 0.9, 0.9, 0.9], [0.5, 0.5], seed: 5);
        var model = LabelModels.Create(LabelModelKind.Auto).Fit(votes, 2, seed: 1);
        Assert.Equal(LabelModelKind.Auto, model.Requested);
        Assert.NotEqual(LabelModelKind.Auto, model.Kind);
        Assert.Equal(LabelModels.Concrete.Select(LabelModels.Names.NameOf).Order(), model.SelectedBy!.Keys.Order());
        Assert.Equal(model.SelectedBy.MaxBy(s => s.Value).Key, model.Name);
        var alone = LabelModels.Create(model.Kind).Fit(votes, 2, seed: 1);
        Assert.Equal(alone.PredictProba(votes).Probabilities, model.PredictProba(votes).Probabilities);
        Assert.Null(alone.SelectedBy);
        Assert.Equal(model.Kind, alone.Requested);
    }

    [Fact]
    public void Auto_with_too_few_programs_takes_majority_vote_and_says_it_scored_nothing()
    {
        var (votes, _) = SyntheticVotes.Generate(500, [0.9, 0.8, 0.7], [0.8, 0.8, 0.8], [0.5, 0.5], seed: 6);
        var model = LabelModels.Create(LabelModelKind.Auto).Fit(votes, 2);
        Assert.Equal(LabelModelKind.MajorityVote, model.Kind);
        Assert.Empty(model.SelectedBy!);
        Assert.Equal(LabelModelKind.Auto, model.Requested);
    }

    [Fact]
    public void A_prior_with_the_wrong_class_count_is_refused_by_every_model()
    {
        var (votes, _) = SyntheticVotes.Generate(500, [0.9, 0.8, 0.7], [0.8, 0.8, 0.8], [0.5, 0.5], seed: 7);
        foreach (var kind in LabelModels.All)
        {
            var error = Assert.Throws<AlchemistException>(() => LabelModels.Create(kind).Fit(votes, 2, ClassBalance.Uniform(3)));
            Assert.Equal("Class balance has 3 classes, expected 2.", error.Message);
        }
    }
}
