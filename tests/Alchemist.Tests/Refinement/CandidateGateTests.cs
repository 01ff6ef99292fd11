using Alchemist.Llm;
using Alchemist.Refinement;
using Alchemist.Tasks;

namespace Alchemist.Tests.Refinement;

public class CandidateGateTests
{
    private static readonly RefineSettings Settings = new(MinAccuracy: 0.7, DuplicateAgreement: 0.95, MinTargetVotes: 3);

    /// <summary>
    /// 40 rows: program A votes 1 on rows 0-9 and 0 on rows 10-19; rows 20-39 are uncovered (the targets). The label
    /// model's answer is A's vote where A votes.
    /// </summary>
    private static (LabelMatrix Kept, bool[] Targets, int[] Answers, bool[] Covered) World()
    {
        var cells = new sbyte[40];
        for (var r = 0; r < 40; r++) cells[r] = (sbyte)(r < 10 ? 1 : r < 20 ? 0 : -1);
        var kept = new LabelMatrix(40, 1, cells, ["a"]);
        var targets = Enumerable.Range(0, 40).Select(r => r >= 20).ToArray();
        var answers = cells.Select(c => c < 0 ? 0 : (int)c).ToArray();
        return (kept, targets, answers, targets.Select(t => !t).ToArray());
    }

    private static sbyte[] Column(Func<int, int> vote) => Enumerable.Range(0, 40).Select(r => (sbyte)vote(r)).ToArray();

    [Fact]
    public void KeepsAProgramThatCoversTargetsAndAgreesWhereItMeetsTheOthers()
    {
        var (kept, targets, answers, covered) = World();
        // Votes 1 on rows 5-9 (agreeing with A) and on targets 20-29.
        var decision = new CandidateGate(Settings).Judge(Column(r => r is >= 5 and < 10 or >= 20 and < 30 ? 1 : -1), kept, targets, answers, covered, null);
        Assert.True(decision.Keep, decision.Reason);
        Assert.Equal((15, 10, 10), (decision.Votes, decision.TargetVotes, decision.NewlyCovered));
        Assert.Equal(1.0, decision.Accuracy);
        Assert.Equal(("label model", 5), (decision.AccuracySource, decision.AccuracySupport));
        Assert.Null(decision.DuplicateOf);
    }

    [Fact]
    public void DropsAProgramThatMissesTheTargets()
    {
        var (kept, targets, answers, covered) = World();
        var decision = new CandidateGate(Settings).Judge(Column(r => r is >= 5 and < 10 or 20 or 21 ? 1 : -1), kept, targets, answers, covered, null);
        Assert.False(decision.Keep);
        Assert.Contains("votes on 2 target row(s); at least 3 needed", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DropsANearDuplicateButNotAProgramThatOnlyAgreesWhereTheyMeet()
    {
        var (kept, targets, answers, covered) = World();
        var gate = new CandidateGate(Settings);
        // Same votes as A on rows 0-19 plus 3 targets: 20 of its 23 votes fall on A's and agree → a duplicate.
        var duplicate = gate.Judge(Column(r => r < 10 ? 1 : r < 20 ? 0 : r < 23 ? 1 : -1), kept, targets, answers, covered, null);
        Assert.False(duplicate.Keep);
        Assert.Equal("a", duplicate.DuplicateOf);
        Assert.Contains("near duplicate of a", duplicate.Reason, StringComparison.Ordinal);
        // Agrees with A on 5 rows but votes on 15 others: it adds coverage, so it is no duplicate.
        var extends = gate.Judge(Column(r => r is >= 5 and < 10 or >= 20 and < 35 ? 1 : -1), kept, targets, answers, covered, null);
        Assert.True(extends.Keep, extends.Reason);
        Assert.Equal(1.0, extends.DuplicateAgreement);
    }

    [Fact]
    public void DropsAProgramBelowTheAccuracyFloor()
    {
        var (kept, targets, answers, covered) = World();
        // Votes 0 on rows 0-9, where A (and the label model) say 1.
        var decision = new CandidateGate(Settings).Judge(Column(r => r < 10 ? 0 : r is >= 20 and < 30 ? 1 : -1), kept, targets, answers, covered, null);
        Assert.False(decision.Keep);
        Assert.Equal(0.0, decision.Accuracy);
        Assert.Contains("below the floor 0.70", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PrefersThePseudoGoldSampleWhereTheCandidateVotesOnEnoughOfIt()
    {
        var (kept, targets, answers, covered) = World();
        // The LLM says rows 20-29 are class 0: a candidate voting 1 there is wrong on the sample, though the label model has no say there.
        var sample = new PseudoGold("train", 1, Enumerable.Range(20, 10).ToArray(), Enumerable.Repeat(0, 10).ToArray(), new CallCounts(0, 0, 10, 0), 0, 0, 0m);
        var candidate = Column(r => r is >= 5 and < 10 or >= 20 and < 30 ? 1 : -1);
        var withSample = new CandidateGate(Settings).Judge(candidate, kept, targets, answers, covered, sample);
        Assert.False(withSample.Keep);
        Assert.Equal(("pseudo-gold", 10, 0.0), (withSample.AccuracySource, withSample.AccuracySupport, withSample.Accuracy));
        // Too few sample rows under its votes: the label model's agreement is the estimate again.
        var small = sample with { Rows = [20, 21, 22, 23], Labels = [0, 0, 0, 0] };
        Assert.Equal("label model", new CandidateGate(Settings).Judge(candidate, kept, targets, answers, covered, small).AccuracySource);
    }

    [Fact]
    public void GivesNoEstimateWhenTheCandidateVotesOnlyWhereNothingIsKnown()
    {
        var (kept, targets, answers, covered) = World();
        var decision = new CandidateGate(Settings).Judge(Column(r => r >= 20 ? 1 : -1), kept, targets, answers, covered, null);
        Assert.False(decision.Keep);
        Assert.Null(decision.Accuracy);
        Assert.Contains("no estimate of its accuracy", decision.Reason, StringComparison.Ordinal);
    }
}
