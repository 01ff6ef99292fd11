namespace Alchemist.Tests.Aggregation;

/// <summary>
/// Label matrices drawn from the model every label model here assumes: a hidden class per row from a prior, and
/// programs that vote independently given it — program j votes with probability coverage_j (independently of the
/// class), is right with probability accuracy_j, and otherwise names one of the other classes uniformly.
/// For tests (known truth) and benchmarks (which compile this file too); deterministic given the seed.
/// </summary>
public static class SyntheticVotes
{
    private const int ChunkRows = 65536;

    /// <summary>Draws an n × m matrix and the hidden classes.</summary>
    /// <exception cref="ArgumentException">Mismatched lengths or probabilities outside [0, 1].</exception>
    public static (LabelMatrix Votes, int[] Gold) Generate(int rows, IReadOnlyList<double> accuracies, IReadOnlyList<double> coverages,
        IReadOnlyList<double> prior, int seed)
    {
        var m = accuracies.Count;
        var k = prior.Count;
        if (coverages.Count != m) throw new ArgumentException("One coverage per program is needed.", nameof(coverages));
        if (accuracies.Concat(coverages).Concat(prior).Any(p => p is < 0 or > 1)) throw new ArgumentException("Probabilities must lie in [0, 1].");
        var cells = new sbyte[(long)rows * m];
        var gold = new int[rows];
        var cumulative = new double[k];
        for (var y = 0; y < k; y++) cumulative[y] = (y == 0 ? 0 : cumulative[y - 1]) + prior[y] / prior.Sum();
        Parallel.For(0, (rows + ChunkRows - 1) / ChunkRows, chunk =>
        {
            // One generator per chunk, seeded from (seed, chunk): the result does not depend on thread scheduling.
            var random = new Random(HashSeed(seed, chunk));
            var end = Math.Min(rows, (chunk + 1) * ChunkRows);
            for (var r = chunk * ChunkRows; r < end; r++)
            {
                var u = random.NextDouble();
                var y = 0;
                while (y < k - 1 && u > cumulative[y]) y++;
                gold[r] = y;
                for (var j = 0; j < m; j++)
                {
                    sbyte vote = -1;
                    if (random.NextDouble() < coverages[j])
                    {
                        if (random.NextDouble() < accuracies[j]) vote = (sbyte)y;
                        else
                        {
                            var other = random.Next(k - 1);
                            vote = (sbyte)(other >= y ? other + 1 : other);
                        }
                    }
                    cells[(long)r * m + j] = vote;
                }
            }
        });
        var names = Enumerable.Range(0, m).Select(j => $"p{j}").ToArray();
        return (new LabelMatrix(rows, m, cells, names), gold);
    }

    private static int HashSeed(int seed, int chunk) => unchecked(seed * 1_000_003 + chunk * 7919 + 17);
}
