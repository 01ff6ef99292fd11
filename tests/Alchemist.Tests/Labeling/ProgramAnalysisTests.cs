using Alchemist.Labeling;

namespace Alchemist.Tests.Labeling;

public class ProgramAnalysisTests
{
    // The matrix of Snorkel's LFAnalysis docstrings, whose expected values they state.
    private static readonly LabelMatrix Snorkel = new(5, 3,
    [
        -1, 0, 0,
        -1, -1, -1,
        1, 0, -1,
        -1, 0, -1,
        0, 0, 0,
    ], ["a", "b", "c"]);

    [Fact]
    public void Matches_snorkel_lf_summary_on_its_documented_example()
    {
        var summary = ProgramAnalysis.Summarize(Snorkel);

        Assert.Equal(0.8, summary.Coverage, 12);
        Assert.Equal(0.6, summary.Overlap, 12);
        Assert.Equal(0.2, summary.Conflict, 12);
        Assert.Equal([[0, 1], [0], [0]], summary.Programs.Select(p => p.Polarity.ToArray()).ToArray());
        Assert.Equal([0.4, 0.8, 0.4], summary.Programs.Select(p => Math.Round(p.Coverage, 12)));
        Assert.Equal([0.4, 0.6, 0.4], summary.Programs.Select(p => Math.Round(p.Overlaps, 12)));
        Assert.Equal([0.2, 0.2, 0.0], summary.Programs.Select(p => Math.Round(p.Conflicts, 12)));
        Assert.All(summary.Programs, p => Assert.Null(p.Correct));
    }

    [Fact]
    public void Counts_correct_and_incorrect_against_gold_skipping_unknown_gold()
    {
        // Gold per row; row 3's gold is unknown (-1) and must not count.
        int[] gold = [0, 1, 1, -1, 1];

        var programs = ProgramAnalysis.Summarize(Snorkel, gold).Programs;

        // a votes 1 on row 2 (gold 1: correct) and 0 on row 4 (gold 1: incorrect).
        Assert.Equal((1, 1, 0.5), (programs[0].Correct!.Value, programs[0].Incorrect!.Value, programs[0].EmpiricalAccuracy!.Value));
        // b votes 0 on rows 0, 2, 3, 4: correct on row 0, incorrect on 2 and 4, row 3 unknown.
        Assert.Equal((1, 2), (programs[1].Correct!.Value, programs[1].Incorrect!.Value));
        Assert.Equal(1.0 / 3, programs[1].EmpiricalAccuracy!.Value, 12);
        // c votes 0 on rows 0 and 4.
        Assert.Equal((1, 1), (programs[2].Correct!.Value, programs[2].Incorrect!.Value));
    }

    [Fact]
    public void A_program_that_never_votes_has_zero_accuracy_and_empty_polarity()
    {
        var matrix = LabelMatrix.Empty(3, ["silent"]);

        var program = ProgramAnalysis.Summarize(matrix, [0, 1, 0]).Programs.Single();

        Assert.Empty(program.Polarity);
        Assert.Equal((0, 0, 0.0, 0.0), (program.Correct!.Value, program.Incorrect!.Value, program.EmpiricalAccuracy!.Value, program.Coverage));
    }

    [Fact]
    public void Rejects_gold_of_the_wrong_length() =>
        Assert.Throws<ArgumentException>(() => ProgramAnalysis.Summarize(Snorkel, [0, 1]));
}
