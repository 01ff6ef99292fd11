using Alchemist.Aggregation;

namespace Alchemist.Tests.Aggregation;

/// <summary>Inputs at the edges give a clear error or the documented fallback, and never NaN.</summary>
public class DegenerateInputTests
{
    public static TheoryData<LabelModelKind> Models() => new(LabelModels.All);

    private static LabelMatrix Matrix(int rows, int columns, Func<int, int, int> vote)
    {
        var cells = new sbyte[rows * columns];
        for (var r = 0; r < rows; r++)
            for (var j = 0; j < columns; j++) cells[r * columns + j] = (sbyte)vote(r, j);
        return new LabelMatrix(rows, columns, cells, Enumerable.Range(0, columns).Select(j => $"lf{j}").ToArray());
    }

    private static Pseudolabels FitAndPredict(LabelModelKind name, LabelMatrix votes, int classes)
    {
        var model = LabelModels.Create(name).Fit(votes, classes, null, seed: 1);
        var probabilities = model.PredictProba(votes);
        Assert.All(probabilities.Probabilities, p => Assert.True(float.IsFinite(p) && p >= 0 && p <= 1, $"{name}: probability {p}"));
        for (var r = 0; r < probabilities.Rows; r++)
            Assert.Equal(1.0, probabilities.Row(r).ToArray().Sum(), 3);
        if (model.ProgramAccuracies is { } accuracies)
            Assert.All(accuracies, a => Assert.True(double.IsFinite(a) && a is >= 0 and <= 1, $"{name}: accuracy {a}"));
        Assert.All(model.ClassBalance.Prior, p => Assert.True(double.IsFinite(p) && p > 0));
        return probabilities;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Fewer_than_three_programs_still_fit(LabelModelKind name)
    {
        var (votes, _) = SyntheticVotes.Generate(2_000, [0.8, 0.7], [0.7, 0.7], [0.5, 0.5], seed: 4);
        FitAndPredict(name, votes, 2);
        FitAndPredict(name, votes.SelectColumns([0]), 2);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_program_that_never_votes_is_harmless(LabelModelKind name)
    {
        var (votes, gold) = SyntheticVotes.Generate(3_000, [0.85, 0.8, 0.75, 0.7, 0.0], [0.8, 0.8, 0.8, 0.8, 0.0], [0.5, 0.5], seed: 5);
        var probabilities = FitAndPredict(name, votes, 2);
        var answers = new TieBreakPolicy(TieBreakKind.Prior).Decide(probabilities, [0.5, 0.5]);
        Assert.True(answers.Zip(gold).Count(p => p.First == p.Second) > 0.8 * gold.Length, $"{name} lost accuracy to a silent program");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void All_rows_uncovered_give_the_prior_or_uniform(LabelModelKind name)
    {
        var votes = Matrix(100, 4, (_, _) => -1);
        var probabilities = FitAndPredict(name, votes, 3);
        Assert.All(probabilities.Covered, Assert.False);
        var first = probabilities.Row(0).ToArray();
        for (var r = 1; r < probabilities.Rows; r++) Assert.Equal(first, probabilities.Row(r).ToArray());
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_class_nobody_votes_for_is_handled(LabelModelKind name)
    {
        var (votes, _) = SyntheticVotes.Generate(3_000, [0.9, 0.8, 0.8, 0.7], [0.8, 0.8, 0.8, 0.8], [0.5, 0.5], seed: 6);
        // Three classes, but votes only ever name 0 and 1.
        FitAndPredict(name, votes, 3);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Sixty_classes_fit(LabelModelKind name)
    {
        var prior = Enumerable.Repeat(1.0 / 60, 60).ToArray();
        var (votes, gold) = SyntheticVotes.Generate(6_000, [0.9, 0.85, 0.8, 0.8, 0.75], [0.9, 0.9, 0.9, 0.9, 0.9], prior, seed: 7);
        var probabilities = FitAndPredict(name, votes, 60);
        var answers = new TieBreakPolicy(TieBreakKind.Prior).Decide(probabilities, prior);
        Assert.True(answers.Zip(gold).Count(p => p.First == p.Second) > 0.7 * gold.Length, $"{name}: 60 classes answered badly");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_vote_outside_the_classes_names_row_and_program(LabelModelKind name)
    {
        var votes = Matrix(10, 3, (r, j) => r == 7 && j == 2 ? 5 : r % 2);
        var error = Assert.Throws<AlchemistException>(() => LabelModels.Create(name).Fit(votes, 2));
        Assert.Contains("row 7", error.Message);
        Assert.Contains("'lf2'", error.Message);
    }

    [Fact]
    public void Predicting_with_other_programs_is_refused()
    {
        var (votes, _) = SyntheticVotes.Generate(500, [0.9, 0.8, 0.7], [0.8, 0.8, 0.8], [0.5, 0.5], seed: 8);
        var model = new SnorkelLabelModel().Fit(votes, 2);
        Assert.Throws<AlchemistException>(() => model.PredictProba(votes.SelectColumns([0, 1])));
    }

    [Fact]
    public void Unknown_model_names_are_listed()
    {
        var error = Assert.Throws<AlchemistException>(() => LabelModels.Names.Parse("metal"));
        Assert.Equal("Unknown label model 'metal': use one of mv, wmv, ds, snorkel, flyingsquid, auto.", error.Message);
    }
}
