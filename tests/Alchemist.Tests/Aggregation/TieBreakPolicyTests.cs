using Alchemist.Aggregation;

namespace Alchemist.Tests.Aggregation;

public class TieBreakPolicyTests
{
    private static readonly Pseudolabels Rows = new(3, [0.1f, 0.45f, 0.45f, 0.7f, 0.2f, 0.1f, 1f / 3, 1f / 3, 1f / 3], [true, true, false]);
    private static readonly double[] Prior = [0.5, 0.2, 0.3];

    /// <summary>A policy by its command-line name, as the CLI parses it.</summary>
    private static TieBreakPolicy Policy(string name, int seed = 0) => new(TieBreakPolicy.Names.Parse(name), seed);

    [Fact]
    public void Clear_winners_never_depend_on_the_policy()
    {
        foreach (var name in new[] { "abstain", "random", "prior", "lowest" })
            Assert.Equal(0, Policy(name).Decide(Rows, Prior)[1]);
    }

    [Fact]
    public void Each_policy_breaks_ties_its_way()
    {
        Assert.Equal([-1, 0, -1], Policy("abstain").Decide(Rows, Prior));
        Assert.Equal([2, 0, 0], Policy("prior").Decide(Rows, Prior));
        Assert.Equal([1, 0, 0], Policy("lowest").Decide(Rows, Prior));
        var random = Policy("random", 5).Decide(Rows, Prior);
        Assert.Contains(random[0], new[] { 1, 2 });
        Assert.Equal(random, Policy("random", 5).Decide(Rows, Prior));
    }

    [Fact]
    public void Random_ties_spread_over_the_tied_classes()
    {
        var n = 1000;
        var probabilities = new Pseudolabels(2, Enumerable.Repeat(0.5f, 2 * n).ToArray(), new bool[n]);
        var ones = Policy("random", 1).Decide(probabilities, [0.5, 0.5]).Count(a => a == 1);
        Assert.InRange(ones, 400, 600);
    }
}
