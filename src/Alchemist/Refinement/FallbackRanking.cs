using Alchemist.Aggregation;
using Alchemist.Tasks;

namespace Alchemist.Refinement;

/// <summary>
/// The order in which the selective fallback sends rows to the LLM: rows no program voted on first, then (for
/// <see cref="FallbackRows.Uncertain"/>) covered rows by the label model's confidence in its top class, least sure
/// first. Equal rows keep a seeded order, so the same votes rank the same rows on any machine.
/// </summary>
internal static class FallbackRanking
{
    /// <summary>The rows of <paramref name="pseudolabels"/> that <paramref name="mode"/> may send, most in need first.</summary>
    public static int[] Rank(Pseudolabels pseudolabels, FallbackRows mode, int seed)
    {
        ArgumentNullException.ThrowIfNull(pseudolabels);
        var position = new int[pseudolabels.Rows];
        var order = SeededOrder.Of(pseudolabels.Rows, seed);
        for (var i = 0; i < order.Length; i++) position[order[i]] = i;
        var uncovered = order.Where(r => !pseudolabels.Covered[r]);
        if (mode == FallbackRows.Uncovered) return uncovered.ToArray();
        var confidence = new float[pseudolabels.Rows];
        for (var r = 0; r < confidence.Length; r++)
        {
            var row = pseudolabels.Row(r);
            var top = 0f;
            foreach (var p in row) top = Math.Max(top, p);
            confidence[r] = top;
        }
        var covered = order.Where(r => pseudolabels.Covered[r]).OrderBy(r => confidence[r]).ThenBy(r => position[r]);
        return [.. uncovered, .. covered];
    }
}
