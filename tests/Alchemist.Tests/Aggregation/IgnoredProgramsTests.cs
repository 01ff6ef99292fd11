using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Aggregation;

/// <summary>
/// A label model fitted without some columns (programs refinement retired) still reads the full label matrix: it picks
/// its own programs by name, through the file too, and refuses a matrix with any other program.
/// </summary>
public sealed class IgnoredProgramsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static LabelMatrix Renamed(LabelMatrix votes, params string[] names) => new(votes.Rows, votes.Columns, votes.Cells.ToArray(), names);

    private static VoteSplits Splits(LabelMatrix train) =>
        new(new LabelSet(["no", "yes"]), new Dictionary<string, VoteSplit> { ["train"] = new("train", train, null, new DataSourceSpec("votes")) }, "test", null);

    [Fact]
    public void Aggregate_fits_without_the_ignored_column_and_predicts_the_full_matrix_as_the_fit_without_it()
    {
        var (generated, _) = SyntheticVotes.Generate(1_500, [0.9, 0.8, 0.75, 0.55], [0.7, 0.6, 0.8, 0.9], [0.5, 0.5], seed: 11);
        var votes = Renamed(generated, "a", "b", "c", "bad");
        var run = new RunFolder(_folder.Root);
        var options = new AggregateOptions(LabelModelKind.Snorkel, ClassBalanceChoice.Parse("uniform"), Seed: 3, IgnoredPrograms: ["bad", "not-in-the-matrix"]);

        var result = AggregateStep.Run(Splits(votes), run, options, writeInputs: false, CancellationToken.None);

        Assert.Equal(["a", "b", "c"], result.Model.Programs);
        Assert.Equal(["bad"], result.Model.IgnoredPrograms);
        var alone = LabelModels.Create(LabelModelKind.Snorkel).Fit(votes.SelectColumns([0, 1, 2]), 2, new ClassBalance([0.5, 0.5], ClassBalanceSource.Uniform), seed: 3);
        var expected = alone.PredictProba(votes.SelectColumns([0, 1, 2])).Probabilities;
        Assert.Equal(expected, result.Pseudolabels["train"].Probabilities);
        // The columns may come in another order: the model reads its own by name.
        Assert.Equal(expected, result.Model.PredictProba(votes.SelectColumns([3, 2, 1, 0])).Probabilities);

        var loaded = LabelModelFile.Load(run.LabelModelPath);
        Assert.Equal(["bad"], loaded.IgnoredPrograms);
        Assert.Equal(expected, loaded.PredictProba(votes).Probabilities);
        Assert.Contains("\"ignored_programs\"", File.ReadAllText(run.LabelModelPath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_matrix_with_another_program_in_place_of_the_ignored_one_is_refused()
    {
        var (generated, _) = SyntheticVotes.Generate(300, [0.9, 0.8, 0.7, 0.6], [0.7, 0.6, 0.8, 0.9], [0.5, 0.5], seed: 12);
        var votes = Renamed(generated, "a", "b", "c", "bad");
        var result = AggregateStep.Run(Splits(votes), new RunFolder(_folder.Root),
            new AggregateOptions(LabelModelKind.MajorityVote, ClassBalanceChoice.Parse("uniform"), IgnoredPrograms: ["bad"]), writeInputs: false, CancellationToken.None);

        var e = Assert.Throws<AlchemistException>(() => result.Model.PredictProba(Renamed(generated, "a", "b", "c", "other")));
        Assert.Contains("fitted on 3 programs but the matrix has 4", e.Message, StringComparison.Ordinal);
        Assert.Null(result.Model.ColumnsOf(["a", "b", "c", "other"]));
        Assert.Equal([0, 1, 2], result.Model.ColumnsOf(["a", "b", "c", "bad"])!);
    }

    [Fact]
    public void Ignoring_every_program_is_an_error_that_names_them()
    {
        var (generated, _) = SyntheticVotes.Generate(100, [0.9], [0.7], [0.5, 0.5], seed: 13);
        var e = Assert.Throws<AlchemistException>(() => AggregateStep.Run(Splits(Renamed(generated, "only")), new RunFolder(_folder.Root),
            new AggregateOptions(IgnoredPrograms: ["only"]), writeInputs: false, CancellationToken.None));
        Assert.Contains("Every program is left out of the label model (only)", e.Message, StringComparison.Ordinal);
    }
}
