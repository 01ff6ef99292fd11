using Alchemist.Distillation.Training;

namespace Alchemist.Tests.Distillation;

public sealed class AdamOptimizerTests
{
    private const int Inputs = 6, Width = 3, Tail = 5;

    /// <summary>A 6 × 3 first-layer weight block, then 5 more parameters (bias and a next layer); the block and the last
    /// three are decayed.</summary>
    private static AdamOptimizer Optimizer() => new(Inputs * Width + Tail, 0.01f, 0.1f, [(0, Inputs * Width), (Inputs * Width + 2, 3)]);

    private static float[] Values(int seed, int n)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
    }

    [Fact]
    public void A_sparse_step_that_touches_every_row_is_the_dense_step_bit_for_bit()
    {
        var (dense, lazy) = (Optimizer(), Optimizer());
        var p1 = Values(1, Inputs * Width + Tail);
        var p2 = (float[])p1.Clone();
        for (var step = 0; step < 5; step++)
        {
            var g = Values(10 + step, p1.Length);
            dense.Step(p1, g);
            lazy.StepSparse(p2, g, Inputs * Width, Width, Enumerable.Range(0, Inputs).ToArray());
        }
        Assert.Equal(p1, p2);
    }

    [Fact]
    public void Untouched_rows_keep_their_weights_and_their_moments_until_their_input_appears()
    {
        var (dense, lazy) = (Optimizer(), Optimizer());
        var start = Values(2, Inputs * Width + Tail);
        var (p1, p2) = ((float[])start.Clone(), (float[])start.Clone());
        // Row 4 of the block has a gradient only at the first step; rows 0 and 2 at every step.
        for (var step = 0; step < 4; step++)
        {
            var g = Values(20 + step, start.Length);
            for (var row = 0; row < Inputs; row++)
                if (!(row is 0 or 2 || (row == 4 && step == 0))) Array.Clear(g, row * Width, Width);
            dense.Step(p1, g);
            int[] rows = step == 0 ? [0, 2, 4] : [0, 2];
            lazy.StepSparse(p2, g, Inputs * Width, Width, rows);
        }
        // Never-touched rows are exactly where they started (dense AdamW decays them every step).
        foreach (var row in new[] { 1, 3, 5 })
        {
            Assert.Equal(start.AsSpan(row * Width, Width).ToArray(), p2.AsSpan(row * Width, Width).ToArray());
            Assert.NotEqual(start.AsSpan(row * Width, Width).ToArray(), p1.AsSpan(row * Width, Width).ToArray());
        }
        // Row 4 moved once, at the first step; the dense optimiser kept moving it on its momentum.
        Assert.NotEqual(start.AsSpan(4 * Width, Width).ToArray(), p2.AsSpan(4 * Width, Width).ToArray());
        Assert.NotEqual(p1.AsSpan(4 * Width, Width).ToArray(), p2.AsSpan(4 * Width, Width).ToArray());
        // Everything after the block is updated densely by both.
        Assert.Equal(p1.AsSpan(Inputs * Width).ToArray(), p2.AsSpan(Inputs * Width).ToArray());
    }
}
