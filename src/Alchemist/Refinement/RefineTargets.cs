using Alchemist.Aggregation;

namespace Alchemist.Refinement;

/// <summary>
/// What the current programs miss, found without gold: rows no program votes on, rows where programs vote for
/// different classes, and covered rows whose label-model answer is unsure; and the classes to aim new programs at.
/// </summary>
/// <param name="Uncovered">Rows with no vote.</param>
/// <param name="Conflicting">Rows with votes for two or more classes.</param>
/// <param name="Unsure">Other covered rows whose top posterior is below <see cref="UnsureBelow"/>.</param>
/// <param name="Classes">Classes, weakest first (<see cref="ClassWeakness"/>), the order refinement slots cycle through.</param>
/// <param name="ClassWeakness">Per class: the smaller of its voted rows and its predicted rows, as a share of the rows the
/// prior expects of it (1 = as covered as expected; near 0 = the programs hardly ever decide it).</param>
internal sealed record RefineTargets(int[] Uncovered, int[] Conflicting, int[] Unsure, int[] Classes, double[] ClassWeakness)
{
    /// <summary>A covered row whose largest class probability is below this counts as unsure.</summary>
    public const double UnsureBelow = 0.75;

    /// <summary>Every target row, in row order.</summary>
    public int[] All => [.. Uncovered.Concat(Conflicting).Concat(Unsure).Order()];

    /// <summary>Finds the targets of <paramref name="votes"/> under the label model's <paramref name="posterior"/>.</summary>
    public static RefineTargets Find(LabelMatrix votes, Pseudolabels posterior, IReadOnlyList<double> prior)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(posterior);
        ArgumentNullException.ThrowIfNull(prior);
        var k = posterior.Classes;
        List<int> uncovered = [], conflicting = [], unsure = [];
        var voted = new long[k];
        var predicted = new long[k];
        Span<bool> seen = stackalloc bool[k];
        for (var r = 0; r < votes.Rows; r++)
        {
            seen.Clear();
            var distinct = 0;
            foreach (var v in votes.Row(r))
                if (v >= 0 && v < k && !seen[v]) { seen[v] = true; distinct++; voted[v]++; }
            if (distinct == 0) { uncovered.Add(r); continue; }
            var row = posterior.Row(r);
            var best = 0;
            for (var y = 1; y < k; y++) if (row[y] > row[best]) best = y;
            predicted[best]++;
            if (distinct > 1) conflicting.Add(r);
            else if (row[best] < UnsureBelow) unsure.Add(r);
        }
        var weakness = new double[k];
        for (var y = 0; y < k; y++)
        {
            var expected = Math.Max(1e-9, prior[y] * votes.Rows);
            weakness[y] = Math.Min(voted[y], predicted[y]) / expected;
        }
        var classes = Enumerable.Range(0, k).OrderBy(y => weakness[y]).ThenBy(y => y).ToArray();
        return new RefineTargets([.. uncovered], [.. conflicting], [.. unsure], classes, weakness);
    }

    /// <summary>
    /// The rows shown to a request aimed at <paramref name="focus"/>: a seeded sample of distinct texts among the target
    /// rows that could be of that class — uncovered rows, and rows where some program voted for it or the label model
    /// leans to it — or among all targets when none could.
    /// </summary>
    public int[] SampleFor(int focus, LabelMatrix votes, Pseudolabels posterior, IReadOnlyList<string> texts, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(posterior);
        ArgumentNullException.ThrowIfNull(texts);
        var all = All;
        var pool = all.Where(r => !posterior.Covered[r] || Leans(r) || VotedFor(r)).ToArray();
        if (pool.Length == 0) pool = all;
        new Random(seed).Shuffle(pool);
        var seenTexts = new HashSet<string>(StringComparer.Ordinal);
        return pool.Where(r => seenTexts.Add(texts[r])).Take(count).Order().ToArray();

        bool Leans(int r)
        {
            var row = posterior.Row(r);
            for (var y = 0; y < row.Length; y++) if (y != focus && row[y] > row[focus]) return false;
            return true;
        }
        bool VotedFor(int r)
        {
            foreach (var v in votes.Row(r)) if (v == focus) return true;
            return false;
        }
    }
}
