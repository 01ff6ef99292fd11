using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Tests.Distillation;

/// <summary>MiniLM + TF-IDF side by side: the joined matrix must act exactly like one dense matrix of the same values.</summary>
public sealed class ConcatenatedFeaturesTests
{
    private const int Rows = 40, DenseColumns = 5, SparseColumns = 7;

    /// <summary>A random dense part and a sparse part holding <paramref name="density"/> of its cells, with their
    /// materialised dense equivalent (dense columns first).</summary>
    private static (ConcatenatedFeatureMatrix Joined, DenseFeatureMatrix Materialised) Matrices(double density, int seed)
    {
        var random = new Random(seed);
        var dense = Enumerable.Range(0, Rows * DenseColumns).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var starts = new List<int> { 0 };
        var (indices, values) = (new List<int>(), new List<float>());
        var all = new float[Rows * (DenseColumns + SparseColumns)];
        for (var r = 0; r < Rows; r++)
        {
            dense.AsSpan(r * DenseColumns, DenseColumns).CopyTo(all.AsSpan(r * (DenseColumns + SparseColumns)));
            for (var c = 0; c < SparseColumns; c++)
            {
                if (random.NextDouble() >= density) continue;
                var v = (float)(random.NextDouble() + 0.1);
                indices.Add(c);
                values.Add(v);
                all[r * (DenseColumns + SparseColumns) + DenseColumns + c] = v;
            }
            starts.Add(indices.Count);
        }
        var joined = new ConcatenatedFeatureMatrix(new DenseFeatureMatrix(dense, Rows, DenseColumns),
            new SparseFeatureMatrix([.. starts], [.. indices], [.. values], SparseColumns));
        return (joined, new DenseFeatureMatrix(all, Rows, DenseColumns + SparseColumns));
    }

    [Fact]
    public void Rows_multiply_and_accumulate_gradients_exactly_as_the_dense_matrix_of_the_same_values()
    {
        var (joined, materialised) = Matrices(0.4, 1);
        Assert.Equal(materialised.Columns, joined.Columns);
        var random = new Random(2);
        const int width = 3;
        var weights = Enumerable.Range(0, joined.Columns * width).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var delta = new[] { 0.3f, -0.2f, 0.5f };
        for (var r = 0; r < Rows; r++)
        {
            var (a, b) = (new float[width], new float[width]);
            joined.MultiplyAdd(r, weights, a);
            materialised.MultiplyAdd(r, weights, b);
            Assert.Equal(b, a);
            var (ga, gb) = (new float[weights.Length], new float[weights.Length]);
            joined.AddOuterProduct(r, delta, ga);
            materialised.AddOuterProduct(r, delta, gb);
            Assert.Equal(gb, ga);
        }
    }

    [Fact]
    public void Training_with_every_sparse_column_present_is_the_dense_training_bit_for_bit()
    {
        // With every sparse column in every row, the lazy first-layer update touches every row, as the dense one does:
        // any mistake in where the sparse columns start (the dense columns' offset) would make the two differ.
        var (joined, materialised) = Matrices(1.0, 3);
        var targets = new SoftTargets(Enumerable.Range(0, Rows).ToArray(),
            Enumerable.Range(0, Rows).SelectMany(r => r % 3 == 0 ? new[] { 0.9f, 0.1f } : [0.2f, 0.8f]).ToArray(), 2);
        var options = TrainingOptions.ForHead(EndModelKind.Mlp, seed: 4) with { MaxEpochs = 4, Patience = 4, BatchSize = 8 };
        var lazy = EndModelTrainer.Train(joined, targets, null, options).Network.Parameters;
        var dense = EndModelTrainer.Train(materialised, targets, null, options).Network.Parameters;
        Assert.Equal(dense, lazy);
    }

    [Fact]
    public void Training_with_sparse_rows_moves_the_dense_columns_weights_every_batch_and_leaves_absent_columns_alone()
    {
        var (joined, _) = Matrices(0.3, 5);
        // Sparse column 6 never occurs: blank it out of every row.
        var sparse = joined.Sparse;
        var rows = Enumerable.Range(0, Rows).Select(r => sparse.RowIndices(r).ToArray().Zip(sparse.RowValues(r).ToArray()).Where(p => p.First != 6).ToArray()).ToArray();
        var starts = new int[Rows + 1];
        for (var r = 0; r < Rows; r++) starts[r + 1] = starts[r] + rows[r].Length;
        var without = new ConcatenatedFeatureMatrix(joined.Dense,
            new SparseFeatureMatrix(starts, rows.SelectMany(p => p.Select(x => x.First)).ToArray(), rows.SelectMany(p => p.Select(x => x.Second)).ToArray(), SparseColumns));
        var targets = new SoftTargets(Enumerable.Range(0, Rows).ToArray(), Enumerable.Range(0, Rows).SelectMany(r => r % 2 == 0 ? new[] { 1f, 0f } : [0f, 1f]).ToArray(), 2);
        var options = TrainingOptions.ForHead(EndModelKind.LogisticRegression, seed: 6) with { MaxEpochs = 3, Patience = 3, BatchSize = 8 };
        var initial = SoftmaxNetwork.Initialise(without.Columns, options.HiddenSizes, 2, options.Seed).Parameters;
        var trained = EndModelTrainer.Train(without, targets, null, options).Network.Parameters;
        for (var c = 0; c < DenseColumns; c++) Assert.NotEqual(initial.AsSpan(c * 2, 2).ToArray(), trained.AsSpan(c * 2, 2).ToArray());
        var absent = (DenseColumns + 6) * 2;
        Assert.Equal(initial.AsSpan(absent, 2).ToArray(), trained.AsSpan(absent, 2).ToArray());
    }
}
