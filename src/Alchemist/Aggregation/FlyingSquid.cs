namespace Alchemist.Aggregation;

/// <summary>
/// FlyingSquid (Fu et al. 2020): the triplet method's closed form for conditionally independent programs — no
/// gradient steps. Binary natively; with k &gt; 2 classes one binary model per class (that class against the rest),
/// as WRENCH's wrapper does.
/// </summary>
/// <remarks>
/// <para>For a target class c a vote becomes λ' = +1 (votes c), −1 (votes another class) or 0 (abstains), and
/// Y' = ±1. From the overlap counts: M_ij = E[λ'_i λ'_j | both vote] = a_i a_j with a_i = E[λ'_i Y' | λ'_i ≠ 0], so
/// the triplet method (<see cref="TripletEstimator"/>, median over all triplets; FlyingSquid uses one triplet per
/// program) gives |a_i|, taken positive (FlyingSquid's all_positive sign recovery). A program without a usable
/// triplet gets a_i = 0.4 (accuracy 0.7). Then with ρ = (1 + a)/2, q = P(λ' = +1 | votes) and π = P(Y' = +1),
/// the joint P(λ', Y' | votes) solves FlyingSquid's linear system: P(+,+) = (q + π + ρ − 1)/2 and the rest by
/// differences; negative entries are flipped (FlyingSquid's flip_negative), floored at 1e-4 and renormalised.
/// Abstaining is assumed independent of Y, so it cancels in the posterior.</para>
/// <para>Prediction is the junction-tree posterior, which for independent programs is
/// P(Y' = y) Π_j P(λ'_j | Y' = y). With k &gt; 2 each class's P(Y' = +1 | λ) is computed and the k values are
/// normalised to sum to 1 (WRENCH soft-maxes them instead, which flattens the probabilities but ranks classes the
/// same, so accuracy and F1 are unchanged).</para>
/// </remarks>
internal sealed class FlyingSquid : LabelModelTrainer
{
    private const double FallbackCorrelation = 0.4;
    private const double MinimumJoint = 1e-4;

    /// <inheritdoc />
    public override LabelModelKind Kind => LabelModelKind.FlyingSquid;

    /// <remarks>Parameter <c>joints</c>: per target class t (only class 1 when k = 2, else every class) and program j,
    /// four values P(λ' = +1, Y' = +1), P(λ' = −1, Y' = +1), P(λ' = +1, Y' = −1), P(λ' = −1, Y' = −1) given that j votes.</remarks>
    private protected override FittedLabelModel FitCore(VoteStatistics statistics, ClassBalance balance, int seed, CancellationToken cancellationToken)
    {
        var counts = statistics.Overlap;
        var classes = statistics.Classes;
        var m = counts.Programs;
        var targets = Targets(classes);
        var joints = new double[targets.Length * m * 4];
        for (var t = 0; t < targets.Length; t++)
            SolveOneVersusRest(counts, targets[t], balance.Prior[targets[t]], joints.AsSpan(t * m * 4, m * 4));
        return Fitted(statistics, balance, Accuracies(joints, counts, classes), new Dictionary<string, double> { ["fallback_correlation"] = FallbackCorrelation },
            new Dictionary<string, double[]> { ["joints"] = joints });
    }

    internal static IVotePosterior Posterior(LabelModelState state)
    {
        int m = state.Programs.Count, k = state.Classes;
        var targets = Targets(k);
        var joints = state.Parameter("joints", targets.Length * m * 4);
        var tables = targets.Select((c, t) => Table(joints.AsSpan(t * m * 4, m * 4).ToArray(), c, k, state.ClassBalance[c])).ToArray();
        return tables.Length == 1 ? tables[0] : new OneVersusRest(tables, k);
    }

    private static int[] Targets(int classes) => classes == 2 ? [1] : Enumerable.Range(0, classes).ToArray();

    /// <summary>Binary: P(λ' = Y') = P(+,+) + P(−,−). Multi-class: Σ_c P(λ = c, Y = c | votes); 1/k for a program that never votes.</summary>
    private static double[] Accuracies(double[] joints, OverlapCounts counts, int classes)
    {
        var m = counts.Programs;
        var targets = Targets(classes);
        var accuracies = new double[m];
        for (var j = 0; j < m; j++)
        {
            if (counts.Votes(j) == 0)
            {
                accuracies[j] = 1.0 / classes;
                continue;
            }
            accuracies[j] = classes == 2
                ? joints[j * 4] + joints[j * 4 + 3]
                : Math.Min(1, targets.Select((_, t) => joints[(t * m + j) * 4]).Sum());
        }
        return accuracies;
    }

    /// <summary>With k &gt; 2: each class's P(Y' = +1 | λ) from its own binary table, normalised over the classes.</summary>
    private sealed class OneVersusRest(VoteTable[] tables, int classes) : IVotePosterior
    {
        public Pseudolabels Predict(LabelMatrix votes, CancellationToken cancellationToken)
        {
            var k = classes;
            var probabilities = new float[(long)votes.Rows * k];
            var covered = new bool[votes.Rows];
            var blocks = (votes.Rows + VoteTable.BlockRows - 1) / VoteTable.BlockRows;
            Parallel.For(0, blocks, new ParallelOptions { CancellationToken = cancellationToken }, b =>
            {
                var start = b * VoteTable.BlockRows;
                var count = Math.Min(VoteTable.BlockRows, votes.Rows - start);
                var binary = new float[count * 2];
                var output = probabilities.AsSpan(start * k, count * k);
                for (var c = 0; c < k; c++)
                {
                    tables[c].Score(votes, start, count, binary, covered.AsSpan(start, count));
                    for (var r = 0; r < count; r++) output[r * k + c] = binary[r * 2 + 1];
                }
                for (var r = 0; r < count; r++)
                {
                    var row = output.Slice(r * k, k);
                    var sum = System.Numerics.Tensors.TensorPrimitives.Sum(row);
                    System.Numerics.Tensors.TensorPrimitives.Divide(row, sum, row);
                }
            });
            return new Pseudolabels(k, probabilities, covered);
        }
    }

    private static void SolveOneVersusRest(OverlapCounts counts, int target, double prior, Span<double> joints)
    {
        int m = counts.Programs, k = counts.Classes;
        var moments = new double[m * m];
        var overlap = new long[m * m];
        for (var i = 0; i < m; i++)
            for (var j = 0; j < m; j++)
            {
                if (i == j) continue;
                long both = 0, product = 0;
                for (var a = 0; a < k; a++)
                    for (var b = 0; b < k; b++)
                    {
                        var n = counts.Joint(i, a, j, b);
                        both += n;
                        product += (a == target) == (b == target) ? n : -n;
                    }
                overlap[i * m + j] = both;
                if (both > 0) moments[i * m + j] = (double)product / both;
            }
        var correlations = TripletEstimator.Estimate(moments, overlap, m);
        for (var j = 0; j < m; j++)
        {
            var votes = counts.Votes(j);
            var q = votes == 0 ? 0.5 : counts.Joint(j, target, j, target) / (double)votes;
            var rho = (1 + Math.Min(correlations[j] ?? FallbackCorrelation, 1)) / 2;
            var pp = (q + prior + rho - 1) / 2;
            Span<double> cell = [pp, prior - pp, q - pp, rho - pp];
            var sum = 0.0;
            for (var i = 0; i < 4; i++) sum += cell[i] = Math.Max(Math.Abs(cell[i]), MinimumJoint);
            for (var i = 0; i < 4; i++) joints[j * 4 + i] = cell[i] / sum;
        }
    }

    /// <summary>The binary posterior table of one target class: outputs [Y' = −1, Y' = +1] over the original votes.</summary>
    private static VoteTable Table(double[] joints, int target, int classes, double prior)
    {
        var m = joints.Length / 4;
        var weights = new float[m * (classes + 1) * 2];
        for (var j = 0; j < m; j++)
        {
            double pp = joints[j * 4], np = joints[j * 4 + 1], pn = joints[j * 4 + 2], nn = joints[j * 4 + 3];
            for (var v = 0; v < classes; v++)
            {
                var offset = (j * (classes + 1) + v + 1) * 2;
                // P(λ' | Y' = −1) and P(λ' | Y' = +1) for this vote's λ'.
                weights[offset] = (float)Math.Log(v == target ? pn / (pn + nn) : nn / (pn + nn));
                weights[offset + 1] = (float)Math.Log(v == target ? pp / (pp + np) : np / (pp + np));
            }
        }
        return new VoteTable(m, classes, 2, weights, [(float)Math.Log(1 - prior), (float)Math.Log(prior)], softmax: true);
    }
}
