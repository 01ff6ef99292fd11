using System.Numerics.Tensors;

namespace Alchemist.Aggregation;

/// <summary>The optimiser of <see cref="SnorkelLabelModel"/>.</summary>
public enum SnorkelOptimizer
{
    /// <summary>SGD with momentum 0.9 (Snorkel's default).</summary>
    Sgd,
    /// <summary>Adam with β = (0.9, 0.999), ε = 1e-8.</summary>
    Adam,
}

/// <summary>The names of <see cref="SnorkelOptimizer"/> on the command line.</summary>
internal static class SnorkelOptimizers
{
    /// <summary>sgd and adam.</summary>
    public static ChoiceNames<SnorkelOptimizer> Names { get; } = new("optimizer", ("sgd", SnorkelOptimizer.Sgd), ("adam", SnorkelOptimizer.Adam));
}

/// <summary>Settings of <see cref="SnorkelLabelModel"/>; the defaults are Snorkel's (and WRENCH's).</summary>
/// <param name="Epochs">Optimiser steps (each uses the whole overlap matrix).</param>
/// <param name="LearningRate">Step size.</param>
/// <param name="L2">Strength of the l2 pull of μ towards its initial value (also applied as weight decay, as Snorkel does).</param>
/// <param name="PrecisionInit">Prior P(Y = v | λ_j = v) used to initialise μ.</param>
/// <param name="Optimizer">SGD (momentum 0.9) or Adam.</param>
/// <param name="MuEpsilon">μ is clamped to [ε, 1 − ε] after training; null: min(0.01, 10^−ceil(log10 n)) as in Snorkel.</param>
public sealed record SnorkelOptions(
    int Epochs = 100,
    double LearningRate = 0.01,
    double L2 = 0.0,
    double PrecisionInit = 0.7,
    SnorkelOptimizer Optimizer = SnorkelOptimizer.Sgd,
    double? MuEpsilon = null);

/// <summary>
/// Snorkel's matrix-completion label model for conditionally independent programs (Ratner et al. 2019), rebuilt from
/// <c>snorkel/labeling/model/label_model.py</c>.
/// </summary>
/// <remarks>
/// <para>Let L be the one-hot augmented label matrix (n × d, d = m·k; column j·k + v is 1 when program j votes v) and
/// O = LᵀL / n. The parameter μ (d × k) holds μ[j·k + v, y] = P(λ_j = v | Y = y); with P = diag(p) the class prior,
/// the model implies O ≈ μPμᵀ off the per-program diagonal blocks. Fitting minimises
/// ‖(O − μPμᵀ)[mask]‖² + ‖rowsum(μP) − diag(O)‖² + ‖l2·(μ − μ₀)‖², where the mask removes each program's own k × k
/// block, by gradient steps. μ₀[j·k + y, y] = clamp(O[j·k+y, j·k+y] · prec_init / p_y, 0, 1) (zero elsewhere), and
/// μ starts at μ₀ times one seeded uniform draw, as in Snorkel.</para>
/// <para>After training μ is clamped to [ε, 1 − ε], and the column-permutation symmetry (any permutation of classes
/// with equal prior fits equally well) is broken by the assignment that maximises Σ_j Σ_y P(λ_j = y, Y = y), solved
/// with <see cref="HungarianAssignment"/> within each group of classes whose priors agree to 3 decimals.</para>
/// <para>Prediction: P(Y = y | λ) ∝ p_y · Π_{j votes} clip(μ[j·k + λ_j, y], 0.01, 0.99); abstentions contribute
/// nothing. O comes from the vote statistics (<see cref="VoteStatistics"/>: one pass over the matrix, or summed shards); the optimisation
/// then costs O(epochs · d²·k), independent of n.</para>
/// </remarks>
internal sealed class SnorkelLabelModel(SnorkelOptions? options = null) : LabelModelTrainer
{
    private readonly SnorkelOptions _options = options ?? new SnorkelOptions();

    /// <inheritdoc />
    public override LabelModelKind Kind => LabelModelKind.Snorkel;

    private protected override void CheckSettings(VoteStatistics statistics)
    {
        if (statistics.Rows == 0) throw new AlchemistException("Snorkel's label model cannot be fitted on a label matrix with no rows.");
        if (_options.Epochs < 0 || !(_options.LearningRate > 0) || _options.L2 < 0 || !(_options.PrecisionInit is > 0 and <= 1))
            throw new AlchemistException("Snorkel's label model needs epochs ≥ 0, lr > 0, l2 ≥ 0 and 0 < prec_init ≤ 1.");
    }

    /// <remarks>Parameter <c>mu</c>: d × k row-major, μ[j·k + v, y] = P(λ_j = v | Y = y), after clamping and the permutation fix.
    /// Setting <c>final_loss</c>: the training loss after the last epoch (before clamping).</remarks>
    private protected override FittedLabelModel FitCore(VoteStatistics statistics, ClassBalance balance, int seed, CancellationToken cancellationToken)
    {
        var counts = statistics.Overlap;
        var p = balance.Prior.ToArray();
        var (mu, finalLoss) = Train(counts, p, new Random(seed), cancellationToken);
        return Fitted(statistics, balance, Accuracies(mu, counts, p),
            new Dictionary<string, double>
            {
                ["epochs"] = _options.Epochs, ["lr"] = _options.LearningRate, ["l2"] = _options.L2, ["prec_init"] = _options.PrecisionInit,
                ["optimizer_adam"] = _options.Optimizer == SnorkelOptimizer.Adam ? 1 : 0, ["final_loss"] = finalLoss,
            },
            new Dictionary<string, double[]> { ["mu"] = mu });
    }

    internal static VoteTable Posterior(LabelModelState state)
    {
        int m = state.Programs.Count, k = state.Classes;
        return Table(state.Parameter("mu", m * k * k), m, k, state.ClassBalance.ToArray());
    }

    /// <summary>μ after training, clamping and the permutation fix, and the loss after the last epoch.</summary>
    private (double[] Mu, double FinalLoss) Train(OverlapCounts counts, double[] p, Random random, CancellationToken cancellationToken)
    {
        int k = counts.Classes, d = counts.Dimension;
        var n = (double)counts.Rows;
        var o = new double[d * d];
        for (var i = 0; i < o.Length; i++) o[i] = counts.Counts[i] / n;

        var mu0 = new double[d * k];
        for (var a = 0; a < d; a++)
        {
            var y = a % k;
            mu0[a * k + y] = Math.Clamp(o[a * d + a] * _options.PrecisionInit / p[y], 0, 1);
        }
        var scale = random.NextDouble();
        var mu = mu0.Select(x => x * scale).ToArray();

        var gradient = new double[d * k];
        var first = new double[d * k];
        var second = new double[d * k];
        var finalLoss = 0.0;
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            finalLoss = LossAndGradient(o, mu, mu0, p, d, k, gradient);
            if (!double.IsFinite(finalLoss))
                throw new AlchemistException($"Snorkel's label model: the loss became {finalLoss} at epoch {epoch}; lower the learning rate.");
            Step(mu, gradient, first, second, epoch);
        }

        var eps = _options.MuEpsilon ?? Math.Min(0.01, 1 / Math.Pow(10, Math.Ceiling(Math.Log10(n))));
        for (var i = 0; i < mu.Length; i++) mu[i] = Math.Clamp(mu[i], eps, 1 - eps);
        return (BreakPermutationSymmetry(mu, p, counts.Programs, k), finalLoss);
    }

    /// <summary>The loss and its gradient with respect to μ (derived by hand; R below is symmetric).</summary>
    private double LossAndGradient(double[] o, double[] mu, double[] mu0, double[] p, int d, int k, double[] gradient)
    {
        // a = μP (d × k) and μᵀ (k × d) so that every inner product runs over contiguous memory.
        var scaled = new double[d * k];
        var muT = new double[k * d];
        for (var a = 0; a < d; a++)
            for (var y = 0; y < k; y++)
            {
                scaled[a * k + y] = mu[a * k + y] * p[y];
                muT[y * d + a] = mu[a * k + y];
            }
        var residual = new double[d * d];
        var partialLoss = new double[d];
        var blockSize = k;
        Parallel.For(0, d, new ParallelOptions { MaxDegreeOfParallelism = d >= 256 ? -1 : 1 }, a =>
        {
            var rowA = scaled.AsSpan(a * k, k);
            var programA = a / blockSize;
            var loss = 0.0;
            for (var b = 0; b < d; b++)
            {
                if (b / blockSize == programA) continue;
                var r = o[a * d + b] - TensorPrimitives.Dot(rowA, mu.AsSpan(b * k, k));
                residual[a * d + b] = r;
                loss += r * r;
            }
            // ‖rowsum(μP) − diag(O)‖²
            var v = TensorPrimitives.Sum(rowA) - o[a * d + a];
            loss += v * v;
            for (var y = 0; y < k; y++)
                gradient[a * k + y] = -4 * p[y] * TensorPrimitives.Dot(residual.AsSpan(a * d, d), muT.AsSpan(y * d, d)) + 2 * v * p[y];
            partialLoss[a] = loss;
        });
        var total = partialLoss.Sum();
        var l2 = _options.L2;
        if (l2 > 0)
            for (var i = 0; i < mu.Length; i++)
            {
                var delta = mu[i] - mu0[i];
                total += l2 * l2 * delta * delta;
                gradient[i] += 2 * l2 * l2 * delta + l2 * mu[i];
            }
        return total;
    }

    /// <summary>One optimiser step, as torch.optim.SGD(momentum 0.9) or torch.optim.Adam apply it.</summary>
    private void Step(double[] mu, double[] gradient, double[] first, double[] second, int epoch)
    {
        var lr = _options.LearningRate;
        if (_options.Optimizer == SnorkelOptimizer.Sgd)
        {
            for (var i = 0; i < mu.Length; i++)
            {
                first[i] = epoch == 1 ? gradient[i] : 0.9 * first[i] + gradient[i];
                mu[i] -= lr * first[i];
            }
            return;
        }
        const double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
        var correction1 = 1 - Math.Pow(beta1, epoch);
        var correction2 = 1 - Math.Pow(beta2, epoch);
        for (var i = 0; i < mu.Length; i++)
        {
            first[i] = beta1 * first[i] + (1 - beta1) * gradient[i];
            second[i] = beta2 * second[i] + (1 - beta2) * gradient[i] * gradient[i];
            mu[i] -= lr * (first[i] / correction1) / (Math.Sqrt(second[i] / correction2) + epsilon);
        }
    }

    /// <summary>
    /// Among column permutations of μ that keep the fit (classes with equal priors), picks the one maximising
    /// Σ_j Σ_y P(λ_j = y, Y = y): the solution that trusts the programs most.
    /// </summary>
    private static double[] BreakPermutationSymmetry(double[] mu, double[] p, int m, int k)
    {
        // agreement[v, y] = Σ_j μ[j·k + v, y] · p_y
        var agreement = new double[k * k];
        for (var j = 0; j < m; j++)
            for (var v = 0; v < k; v++)
                for (var y = 0; y < k; y++) agreement[v * k + y] += mu[(j * k + v) * k + y] * p[y];
        var target = Enumerable.Range(0, k).ToArray();
        foreach (var group in Enumerable.Range(0, k).GroupBy(y => Math.Round(p[y], 3)).Select(g => g.ToArray()).Where(g => g.Length > 1))
        {
            var g = group.Length;
            // Moving column group[i] to position group[j] is worth agreement[group[j], group[i]].
            var cost = new double[g * g];
            for (var i = 0; i < g; i++)
                for (var j = 0; j < g; j++) cost[i * g + j] = -agreement[group[j] * k + group[i]];
            var assignment = HungarianAssignment.Solve(cost, g);
            for (var i = 0; i < g; i++) target[group[i]] = group[assignment[i]];
        }
        var permuted = new double[mu.Length];
        for (var a = 0; a < m * k; a++)
            for (var y = 0; y < k; y++) permuted[a * k + target[y]] = mu[a * k + y];
        return permuted;
    }

    private static VoteTable Table(double[] mu, int m, int k, double[] p) =>
        VoteTable.FromConditionals(m, k, (j, v, y) => v < 0 ? null : Math.Clamp(mu[(j * k + v) * k + y], 0.01, 0.99), p);

    /// <summary>Snorkel's get_accuracies: Σ_y clip(μ[j·k + y, y]) · p_y divided by the program's coverage; 1/k for a program that never votes.</summary>
    private static double[] Accuracies(double[] mu, OverlapCounts counts, double[] p)
    {
        int m = counts.Programs, k = counts.Classes;
        var accuracies = new double[m];
        for (var j = 0; j < m; j++)
        {
            var coverage = counts.Votes(j) / (double)counts.Rows;
            if (coverage == 0)
            {
                accuracies[j] = 1.0 / k;
                continue;
            }
            var joint = 0.0;
            for (var y = 0; y < k; y++) joint += Math.Clamp(mu[(j * k + y) * k + y], 0.01, 0.99) * p[y];
            accuracies[j] = Math.Clamp(joint / coverage, 1e-6, 1.0);
        }
        return accuracies;
    }
}
