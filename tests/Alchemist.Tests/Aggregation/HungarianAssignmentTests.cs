using Alchemist.Aggregation;

namespace Alchemist.Tests.Aggregation;

public class HungarianAssignmentTests
{
    [Fact]
    public void Matches_brute_force_on_random_matrices()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 50; trial++)
        {
            var n = random.Next(1, 7);
            var cost = Enumerable.Range(0, n * n).Select(_ => Math.Round(random.NextDouble() * 10, 1) - 5).ToArray();
            var assignment = HungarianAssignment.Solve(cost, n);
            Assert.Equal(Enumerable.Range(0, n), assignment.Order());
            var best = Permutations(Enumerable.Range(0, n).ToArray()).Min(p => p.Select((c, r) => cost[r * n + c]).Sum());
            Assert.Equal(best, assignment.Select((c, r) => cost[r * n + c]).Sum(), 9);
        }
    }

    [Fact]
    public void Solves_a_hand_checked_case()
    {
        // Rows prefer columns 2, 0, 1 (cost 1 each); any other assignment costs more.
        double[] cost = [9, 9, 1, 1, 9, 9, 9, 1, 9];
        Assert.Equal([2, 0, 1], HungarianAssignment.Solve(cost, 3));
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
            foreach (var rest in Permutations(items.Where((_, j) => j != i).ToArray()))
                yield return [items[i], .. rest];
    }
}
