using Alchemist.Llm;
using Alchemist.Refinement;
using Alchemist.Tasks;

namespace Alchemist.Tests.Refinement;

/// <summary>
/// The review of existing programs after the rounds (<c>drop_harmful</c>), with majority vote as the label model so every
/// number can be worked out by hand: 40 rows, the LLM-labeled sample is rows 0-19.
/// </summary>
public class HarmfulProgramsTests
{
    private static readonly RefineSettings Settings = new(MinAccuracy: 0.7, DropHarmful: true);

    /// <summary>Gold (and the sample's labels): class 1 on even rows, 0 on odd ones.</summary>
    private static int Truth(int r) => r % 2 == 0 ? 1 : 0;

    private static readonly PseudoGold Sample = new("train", 1, Enumerable.Range(0, 20).ToArray(), Enumerable.Range(0, 20).Select(Truth).ToArray(),
        new CallCounts(0, 0, 20, 0), 0, 0, 0m);

    private static LabelMatrix Votes(params (string Name, Func<int, int> Vote)[] programs)
    {
        var cells = new sbyte[40 * programs.Length];
        for (var r = 0; r < 40; r++)
            for (var j = 0; j < programs.Length; j++) cells[r * programs.Length + j] = (sbyte)programs[j].Vote(r);
        return new LabelMatrix(40, programs.Length, cells, programs.Select(p => p.Name).ToArray());
    }

    /// <summary>Majority vote, ties and uncovered rows to class 0, scored on the sample.</summary>
    private static (int[] Answers, double? PseudoGold) MajorityVote(LabelMatrix votes, PseudoGold? sample)
    {
        var answers = new int[votes.Rows];
        for (var r = 0; r < votes.Rows; r++)
        {
            int ones = 0, zeros = 0;
            foreach (var v in votes.Row(r)) { if (v == 1) ones++; else if (v == 0) zeros++; }
            answers[r] = ones > zeros ? 1 : 0;
        }
        return (answers, sample?.Score(answers).Accuracy);
    }

    private static IReadOnlyList<RetireDecision> Review(LabelMatrix votes, PseudoGold? sample = null) =>
        HarmfulPrograms.Review(votes, Settings, v => MajorityVote(v, sample), sample, CancellationToken.None);

    [Fact]
    public void Retires_a_program_below_the_floor_that_the_combined_answer_does_not_need()
    {
        // Three right programs on every row; "bad" votes the wrong class on every row it votes (rows 0-29).
        var votes = Votes(("a", Truth), ("b", Truth), ("c", Truth), ("bad", r => r < 30 ? 1 - Truth(r) : -1));

        var review = Review(votes, Sample);

        var d = Assert.Single(review);
        Assert.Equal(("bad", true, 0.0, 20, "pseudo-gold"), (d.Program, d.Retired, d.Accuracy, d.Support, d.Source));
        Assert.Equal((1.0, 1.0), (d.PseudoGoldWith, d.PseudoGoldWithout));
        Assert.Contains("estimated accuracy 0.000 on 20 rows (pseudo-gold) is below the floor 0.70; retired", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_weak_program_whose_votes_the_combined_answer_needs()
    {
        // "weak" alone votes on rows 0-19, always class 1; the sample says 1 on the even rows and on rows 1 and 3, so it is
        // right on 12 of 20 = 0.6, below the floor. Without it those rows fall to class 0, right on 8: the label model's
        // accuracy on the sample drops from 0.6 to 0.4 (the others decide rows 20-39, off the sample).
        var votes = Votes(("a", r => r >= 20 ? Truth(r) : -1), ("b", r => r >= 20 ? Truth(r) : -1), ("c", r => r >= 20 ? Truth(r) : -1),
            ("weak", r => r < 20 ? 1 : -1));
        var sample = new PseudoGold("train", 1, Enumerable.Range(0, 20).ToArray(), Enumerable.Range(0, 20).Select(r => r % 2 == 0 || r is 1 or 3 ? 1 : 0).ToArray(),
            new CallCounts(0, 0, 20, 0), 0, 0, 0m);

        var d = Assert.Single(Review(votes, sample));

        Assert.Equal(("weak", false, 0.6), (d.Program, d.Retired, d.Accuracy));
        Assert.Equal((0.6, 0.4), (d.PseudoGoldWith, d.PseudoGoldWithout));
        Assert.Contains("kept: leaving it out lowers the label model's pseudo-gold accuracy from 0.600 to 0.400", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_last_three_programs_and_reviews_the_worst_first()
    {
        var votes = Votes(("a", Truth), ("worse", r => r < 30 ? 1 - Truth(r) : -1), ("c", Truth), ("bad", r => r < 10 ? 1 - Truth(r) : r < 20 ? Truth(r) : -1));

        var review = Review(votes, Sample);

        Assert.Equal(["worse", "bad"], review.Select(d => d.Program));
        Assert.True(review[0].Retired, review[0].Reason);
        Assert.False(review[1].Retired);
        Assert.Contains("kept: retiring it would leave fewer than 3 programs", review[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_sample_it_estimates_on_the_label_model_and_says_nothing_checked_the_combined_answer()
    {
        var votes = Votes(("a", Truth), ("b", Truth), ("c", Truth), ("bad", r => r < 30 ? 1 - Truth(r) : -1));

        var d = Assert.Single(Review(votes));

        Assert.Equal(("bad", true, "label model", 30), (d.Program, d.Retired, d.Source, d.Support));
        Assert.Null(d.PseudoGoldWith);
        Assert.Contains("there is no LLM-labeled sample to check the combined answer on", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_below_the_floor_reviews_nothing()
    {
        Assert.Empty(Review(Votes(("a", Truth), ("b", Truth), ("c", Truth)), Sample));
    }
}
