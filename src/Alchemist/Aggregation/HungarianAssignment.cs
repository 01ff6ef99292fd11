namespace Alchemist.Aggregation;

/// <summary>
/// Minimum-cost perfect assignment on a square matrix (the Hungarian algorithm with potentials, O(n³)).
/// Snorkel's label model uses it to pick the class permutation that trusts the programs most.
/// </summary>
internal static class HungarianAssignment
{
    /// <summary>For each row, the column assigned to it, minimising the summed cost.</summary>
    /// <param name="cost">Row-major n × n costs (finite).</param>
    /// <param name="n">Matrix size.</param>
    /// <exception cref="ArgumentException">The matrix is not n × n or has a non-finite cost.</exception>
    public static int[] Solve(double[] cost, int n)
    {
        if (cost.Length != n * n) throw new ArgumentException($"Expected {n}×{n} costs, got {cost.Length}.", nameof(cost));
        if (cost.Any(c => !double.IsFinite(c))) throw new ArgumentException("Costs must be finite.", nameof(cost));
        // 1-based arrays as in the classic formulation: u/v are row/column potentials, way[] the augmenting path.
        var u = new double[n + 1];
        var v = new double[n + 1];
        var rowOfColumn = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            rowOfColumn[0] = i;
            var column = 0;
            var minimum = new double[n + 1];
            var used = new bool[n + 1];
            Array.Fill(minimum, double.PositiveInfinity);
            do
            {
                used[column] = true;
                int row = rowOfColumn[column], next = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    var reduced = cost[(row - 1) * n + j - 1] - u[row] - v[j];
                    if (reduced < minimum[j])
                    {
                        minimum[j] = reduced;
                        way[j] = column;
                    }
                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        next = j;
                    }
                }
                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    }
                    else minimum[j] -= delta;
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do
            {
                var previous = way[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        var assignment = new int[n];
        for (var j = 1; j <= n; j++) assignment[rowOfColumn[j] - 1] = j - 1;
        return assignment;
    }
}
