namespace Alchemist.Aggregation;

/// <summary>Settings of <see cref="DawidSkene"/>.</summary>
/// <param name="MaxIterations">EM iteration cap.</param>
/// <param name="Tolerance">Stop when no parameter moves by more than this in one iteration.</param>
/// <param name="Smoothing">Pseudo-count added to every confusion-matrix cell and class count, so that no
/// probability is 0 and no logarithm is infinite.</param>
public sealed record DawidSkeneOptions(int MaxIterations = 500, double Tolerance = 1e-5, double Smoothing = 1e-8);

/// <summary>
/// Dawid-Skene: each program has a full confusion matrix P(λ_j = v | Y = y) over the k classes and abstention
/// (abstaining is modelled as an outcome, as WRENCH does, so a program that abstains more on one class is informative),
/// learned with EM from a majority-vote start together with the class marginals.
/// </summary>
/// <remarks>
/// EM runs on the vote-pattern histogram (<see cref="VotePatterns"/>): rows with the same votes have the same posterior,
/// so each iteration visits each distinct pattern once and weights it by its count, and the fit from summed shard
/// statistics equals the fit on the whole matrix. The E-step posterior of a pattern is accumulated straight into the
/// next M-step counts; chunks are reduced in a fixed order, so fits are deterministic.
/// The class balance passed to <see cref="LabelModelTrainer.Fit(LabelMatrix, int, ClassBalance?, int, CancellationToken)"/> is not used: the marginals are learned (reported as learned_by_model).
/// </remarks>
internal sealed class DawidSkene(DawidSkeneOptions? options = null) : LabelModelTrainer
{
    private const int ChunkRows = 65536;

    private readonly DawidSkeneOptions _options = options ?? new DawidSkeneOptions();

    /// <inheritdoc />
    public override LabelModelKind Kind => LabelModelKind.DawidSkene;

    private protected override void CheckSettings(VoteStatistics statistics)
    {
        if (_options.MaxIterations < 1 || _options.Smoothing <= 0 || _options.Tolerance < 0)
            throw new AlchemistException("Dawid-Skene needs at least 1 iteration, a positive smoothing and a non-negative tolerance.");
    }

    /// <remarks>Parameter <c>confusion</c>: m × k × (k+1), entry [j, y, v+1] = P(λ_j = v | Y = y), v = -1 being abstain. Settings
    /// <c>iterations</c> (EM iterations run) and <c>converged</c> (1 when the tolerance was met before the cap).</remarks>
    private protected override FittedLabelModel FitCore(VoteStatistics statistics, ClassBalance balance, int seed, CancellationToken cancellationToken)
    {
        var patterns = statistics.Patterns;
        var m = patterns.Programs;
        var k = statistics.Classes;
        // The first E-step is majority vote (vote shares, uniform on uncovered rows).
        var table = MajorityVote.Indicators(m, k);
        double[] confusion = [], marginals = [];
        var converged = false;
        int iterations;
        for (iterations = 1; iterations <= _options.MaxIterations; iterations++)
        {
            var (nextConfusion, nextMarginals) = MStep(patterns, table, k, cancellationToken);
            var change = confusion.Length == 0 ? double.PositiveInfinity : Math.Max(MaxChange(confusion, nextConfusion), MaxChange(marginals, nextMarginals));
            confusion = nextConfusion;
            marginals = nextMarginals;
            table = Table(confusion, marginals, m, k);
            if (change < _options.Tolerance)
            {
                converged = true;
                break;
            }
        }
        iterations = Math.Min(iterations, _options.MaxIterations);
        // The class balance given is not used: the marginals are learned.
        var learned = new ClassBalance(marginals, ClassBalanceSource.LearnedByModel, "Dawid-Skene EM");
        return Fitted(statistics, learned, Accuracies(confusion, marginals, m, k),
            new Dictionary<string, double>
            {
                ["max_iterations"] = _options.MaxIterations, ["tolerance"] = _options.Tolerance, ["smoothing"] = _options.Smoothing,
                ["iterations"] = iterations, ["converged"] = converged ? 1 : 0,
            },
            new Dictionary<string, double[]> { ["confusion"] = confusion });
    }

    internal static VoteTable Posterior(LabelModelState state)
    {
        int m = state.Programs.Count, k = state.Classes;
        return Table(state.Parameter("confusion", m * k * (k + 1)), state.ClassBalance.ToArray(), m, k);
    }

    /// <summary>One E-step (the posteriors of <paramref name="table"/>) fused with the M-step counts, each pattern weighted by its count.</summary>
    private (double[] Confusion, double[] Marginals) MStep(VotePatterns patterns, VoteTable table, int k, CancellationToken cancellationToken)
    {
        var votes = patterns.Distinct;
        var m = votes.Columns;
        var cells = m * k * (k + 1);
        var chunks = Math.Max(1, (votes.Rows + ChunkRows - 1) / ChunkRows);
        var partial = new double[chunks][];
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            var sums = new double[cells + k];
            var scores = new float[VoteTable.BlockRows * k];
            var covered = new bool[VoteTable.BlockRows];
            var end = Math.Min(votes.Rows, (c + 1) * ChunkRows);
            for (var start = c * ChunkRows; start < end; start += VoteTable.BlockRows)
            {
                var count = Math.Min(VoteTable.BlockRows, end - start);
                table.Score(votes, start, count, scores, covered);
                for (var r = 0; r < count; r++)
                {
                    var row = votes.Row(start + r);
                    double weight = patterns.Counts[start + r];
                    for (var y = 0; y < k; y++)
                    {
                        var q = scores[r * k + y] * weight;
                        sums[cells + y] += q;
                        for (var j = 0; j < m; j++) sums[(j * k + y) * (k + 1) + row[j] + 1] += q;
                    }
                }
            }
            partial[c] = sums;
        });
        var total = new double[cells + k];
        foreach (var sums in partial)
            for (var i = 0; i < total.Length; i++) total[i] += sums[i];
        var alpha = _options.Smoothing;
        var confusion = new double[cells];
        for (var jy = 0; jy < m * k; jy++)
        {
            var row = total.AsSpan(jy * (k + 1), k + 1);
            var denominator = 0.0;
            foreach (var value in row) denominator += value + alpha;
            for (var v = 0; v <= k; v++) confusion[jy * (k + 1) + v] = (row[v] + alpha) / denominator;
        }
        var marginals = new double[k];
        var all = 0.0;
        for (var y = 0; y < k; y++) all += total[cells + y] + alpha;
        for (var y = 0; y < k; y++) marginals[y] = (total[cells + y] + alpha) / all;
        return (confusion, marginals);
    }

    private static double MaxChange(double[] a, double[] b)
    {
        var max = 0.0;
        for (var i = 0; i < a.Length; i++) max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return max;
    }

    private static VoteTable Table(double[] confusion, double[] marginals, int m, int k) =>
        VoteTable.FromConditionals(m, k, (j, v, y) => confusion[(j * k + y) * (k + 1) + v + 1], marginals);

    /// <summary>P(λ_j = Y | λ_j votes) = Σ_y π_y P(λ_j = y | y) / Σ_y π_y (1 − P(λ_j abstains | y)).</summary>
    private static double[] Accuracies(double[] confusion, double[] marginals, int m, int k)
    {
        var accuracies = new double[m];
        for (var j = 0; j < m; j++)
        {
            double right = 0, voting = 0;
            for (var y = 0; y < k; y++)
            {
                right += marginals[y] * confusion[(j * k + y) * (k + 1) + y + 1];
                voting += marginals[y] * (1 - confusion[(j * k + y) * (k + 1)]);
            }
            accuracies[j] = right / voting;
        }
        return accuracies;
    }
}
