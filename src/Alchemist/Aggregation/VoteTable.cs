using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Alchemist.Aggregation;

/// <summary>
/// The shared prediction kernel of every label model here: each program's vote adds a row of weights to the row's
/// class scores, and the scores become probabilities. For the conditionally independent models (Snorkel,
/// Dawid-Skene, FlyingSquid, weighted vote) the weights are log P(λ_j = v | Y = y) and the scores are soft-maxed
/// with the log prior as bias; for majority vote the weights are vote indicators and the scores are normalised.
/// </summary>
/// <remarks>
/// Weights are indexed <c>[(j · (k + 1) + v + 1) · outputs + y]</c> for program j, vote v ∈ -1..k-1 (the abstain
/// entry, v = -1, lets a model give abstentions a weight) and output class y. Prediction streams the matrix once in
/// row blocks, in parallel; exponentials run vectorised over a whole block.
/// </remarks>
internal sealed class VoteTable : IVotePosterior
{
    /// <summary>Rows scored together (their exponentials run as one vectorised call).</summary>
    public const int BlockRows = 4096;

    private const float ExponentFloor = -80f;

    /// <summary>Creates a table.</summary>
    /// <param name="programs">Number of programs m.</param>
    /// <param name="voteClasses">Number of classes a vote can name (k).</param>
    /// <param name="outputs">Number of output classes.</param>
    /// <param name="weights">m × (k+1) × outputs weights.</param>
    /// <param name="bias">Per output class, added before soft-max (the log prior); ignored when normalising.</param>
    /// <param name="softmax">True: soft-max of the scores; false: scores divided by their sum (uniform when zero).</param>
    public VoteTable(int programs, int voteClasses, int outputs, float[] weights, float[] bias, bool softmax)
    {
        if (weights.Length != programs * (voteClasses + 1) * outputs) throw new ArgumentException("Weight table has the wrong size.", nameof(weights));
        if (bias.Length != outputs) throw new ArgumentException("Bias has the wrong size.", nameof(bias));
        if (weights.Any(w => !float.IsFinite(w)) || bias.Any(b => !float.IsFinite(b)))
            throw new ArgumentException("Vote weights must be finite.", nameof(weights));
        Programs = programs;
        VoteClasses = voteClasses;
        Outputs = outputs;
        Weights = weights;
        Bias = bias;
        Softmax = softmax;
    }

    public int Programs { get; }
    public int VoteClasses { get; }
    public int Outputs { get; }
    public float[] Weights { get; }
    public float[] Bias { get; }
    public bool Softmax { get; }

    /// <summary>Index of the weight row for program <paramref name="program"/> voting <paramref name="vote"/>.</summary>
    public int Offset(int program, int vote) => (program * (VoteClasses + 1) + vote + 1) * Outputs;

    /// <summary>Builds a soft-max table from per-program conditional probabilities P(λ_j = v | Y = y).</summary>
    /// <param name="programs">m.</param>
    /// <param name="classes">k (votes and outputs).</param>
    /// <param name="conditional">Returns P(λ_j = v | Y = y) for v ≥ 0, or null to give abstentions weight 0 (v = -1).</param>
    /// <param name="prior">Class prior.</param>
    public static VoteTable FromConditionals(int programs, int classes, Func<int, int, int, double?> conditional, IReadOnlyList<double> prior)
    {
        var table = new float[programs * (classes + 1) * classes];
        for (var j = 0; j < programs; j++)
            for (var v = -1; v < classes; v++)
                for (var y = 0; y < classes; y++)
                {
                    var p = conditional(j, v, y);
                    table[(j * (classes + 1) + v + 1) * classes + y] = p is null ? 0 : (float)Math.Log(p.Value);
                }
        return new VoteTable(programs, classes, classes, table, prior.Select(p => (float)Math.Log(p)).ToArray(), softmax: true);
    }

    /// <summary>Class probabilities for every row.</summary>
    public Pseudolabels Predict(LabelMatrix votes, CancellationToken cancellationToken)
    {
        var probabilities = new float[(long)votes.Rows * Outputs];
        var covered = new bool[votes.Rows];
        var blocks = (votes.Rows + BlockRows - 1) / BlockRows;
        Parallel.For(0, blocks, new ParallelOptions { CancellationToken = cancellationToken }, b =>
        {
            var start = b * BlockRows;
            var count = Math.Min(BlockRows, votes.Rows - start);
            Score(votes, start, count, probabilities.AsSpan(start * Outputs, count * Outputs), covered.AsSpan(start, count));
        });
        return new Pseudolabels(Outputs, probabilities, covered);
    }

    /// <summary>Probabilities of rows start..start+count-1 into <paramref name="scores"/> (count × outputs).</summary>
    /// <remarks>Compiled fully optimised at once: a tiered first version would score the first millions of rows slowly.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(LabelMatrix votes, int start, int count, Span<float> scores, Span<bool> covered)
    {
        var m = Programs;
        var k = Outputs;
        var cells = votes.Cells.Slice(start * m, count * m);
        var stride = (VoteClasses + 1) * k;
        ref var weights = ref MemoryMarshal.GetArrayDataReference(Weights);
        // The hot loop: one table row per vote. Four classes (the common multi-class case) add one SIMD vector per
        // vote; other widths add scalars. Per-row library calls would cost more than the additions themselves.
        if (k == 4)
        {
            var bias = Softmax ? Vector128.Create(Bias) : Vector128<float>.Zero;
            for (var r = 0; r < count; r++)
            {
                var sum = bias;
                var any = false;
                var rowVotes = cells.Slice(r * m, m);
                for (var j = 0; j < rowVotes.Length; j++)
                {
                    int v = rowVotes[j];
                    any |= v >= 0;
                    sum += Vector128.LoadUnsafe(ref weights, (nuint)(j * stride + (v + 1) * 4));
                }
                covered[r] = any;
                if (Softmax)
                {
                    // Subtract the row maximum (two lane swaps find it) and floor, as the general path below does.
                    var max = Vector128.Max(sum, Vector128.Shuffle(sum, Vector128.Create(2, 3, 0, 1)));
                    max = Vector128.Max(max, Vector128.Shuffle(max, Vector128.Create(1, 0, 3, 2)));
                    sum = Vector128.Max(sum - max, Vector128.Create(ExponentFloor));
                }
                sum.CopyTo(scores.Slice(r * 4, 4));
            }
            var four = scores[..(count * 4)];
            if (Softmax) FastExp.InPlace(four);
            ref var first = ref MemoryMarshal.GetReference(four);
            for (var r = 0; r < count; r++)
            {
                var row = Vector128.LoadUnsafe(ref first, (nuint)(r * 4));
                var total = Vector128.Sum(row);
                (total > 0 ? row / total : Vector128.Create(0.25f)).StoreUnsafe(ref first, (nuint)(r * 4));
            }
            return;
        }
        else
        {
            for (var r = 0; r < count; r++)
            {
                var row = scores.Slice(r * k, k);
                if (Softmax) Bias.CopyTo(row);
                else row.Clear();
                var any = false;
                var rowVotes = cells.Slice(r * m, m);
                for (var j = 0; j < rowVotes.Length; j++)
                {
                    int v = rowVotes[j];
                    any |= v >= 0;
                    var table = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref weights, j * stride + (v + 1) * k), k);
                    for (var y = 0; y < row.Length; y++) row[y] += table[y];
                }
                covered[r] = any;
            }
        }
        var block = scores[..(count * k)];
        if (Softmax)
        {
            for (var r = 0; r < count; r++)
            {
                var row = block.Slice(r * k, k);
                var max = row[0];
                for (var y = 1; y < row.Length; y++)
                    if (row[y] > max) max = row[y];
                // Floor at e^−80 ≈ 1.8e−35: lower values would turn into subnormal floats, whose arithmetic is slower
                // by two orders of magnitude, and change no probability by more than 1e−34.
                for (var y = 0; y < row.Length; y++)
                {
                    var shifted = row[y] - max;
                    row[y] = shifted > ExponentFloor ? shifted : ExponentFloor;
                }
            }
            FastExp.InPlace(block);
        }
        for (var r = 0; r < count; r++)
        {
            var row = block.Slice(r * k, k);
            var total = 0f;
            for (var y = 0; y < row.Length; y++) total += row[y];
            if (total > 0)
            {
                var inverse = 1f / total;
                for (var y = 0; y < row.Length; y++) row[y] *= inverse;
            }
            else row.Fill(1f / k);
        }
    }
}
