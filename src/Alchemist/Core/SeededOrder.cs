namespace Alchemist.Core;

/// <summary>
/// Seeded permutations of row indices: the one way rows are sampled (smoke rows, data examples, the LLM-labeled sample,
/// the order that breaks ties between equally uncertain rows), so a seed draws the same rows on any machine.
/// </summary>
internal static class SeededOrder
{
    /// <summary>The rows 0..<paramref name="rows"/>-1 in the order <paramref name="seed"/> shuffles them.</summary>
    public static int[] Of(int rows, int seed)
    {
        var order = Enumerable.Range(0, rows).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }

    /// <summary>The first <paramref name="count"/> rows of <see cref="Of"/> (all of them when there are fewer).</summary>
    public static int[] Sample(int rows, int count, int seed) => Of(rows, seed)[..Math.Min(Math.Max(count, 0), rows)];
}
