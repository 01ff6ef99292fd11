using Alchemist.Aggregation;
using Alchemist.Data;

namespace Alchemist.Tests.Aggregation;

/// <summary>
/// Sufficient statistics on real WRENCH weak labels: shards sum to the whole exactly, and every label model fitted
/// from summed shard statistics is the model fitted on the whole matrix.
/// </summary>
public class VoteStatisticsTests
{
    public static TheoryData<string> Datasets() => new() { "youtube", "sms" };

    private static LabelMatrix WeakLabels(string dataset) =>
        DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared(dataset, "train.json"))).WeakLabels!;

    /// <summary>Uneven contiguous shards (one of them empty) of the rows in a shuffled order.</summary>
    private static LabelMatrix[] Shards(LabelMatrix votes, int seed)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, votes.Rows).OrderBy(_ => random.Next()).ToArray();
        int[] cuts = [0, votes.Rows / 7, votes.Rows / 7, votes.Rows / 2, votes.Rows * 5 / 6, votes.Rows];
        return cuts.Zip(cuts.Skip(1)).Select(c => votes.SelectRows(order[c.First..c.Second])).ToArray();
    }

    private static VoteStatistics SumOfShards(LabelMatrix votes, int seed) =>
        VoteStatistics.Sum(Shards(votes, seed).Select(s => VoteStatistics.Of(s, 2, CancellationToken.None)).ToArray(), CancellationToken.None);

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Summed_shard_statistics_equal_the_whole_matrix_and_a_direct_count(string dataset)
    {
        var votes = WeakLabels(dataset);
        var whole = VoteStatistics.Of(votes, 2, CancellationToken.None);
        var summed = SumOfShards(votes, seed: 1);

        Assert.True(summed.SameAs(whole));
        Assert.Equal(whole.Overlap.Counts, summed.Overlap.Counts);
        Assert.Equal(votes.Rows, summed.Rows);
        // An independent count, row by row, of the one-hot overlap and of the patterns.
        int m = votes.Columns, d = m * 2;
        var direct = new long[d * d];
        var patterns = new Dictionary<string, long>();
        for (var r = 0; r < votes.Rows; r++)
        {
            var row = votes.Row(r).ToArray();
            for (var i = 0; i < m; i++)
                for (var j = 0; j < m; j++)
                    if (row[i] >= 0 && row[j] >= 0) direct[(i * 2 + row[i]) * d + j * 2 + row[j]]++;
            var key = string.Join(",", row);
            patterns[key] = patterns.GetValueOrDefault(key) + 1;
        }
        Assert.Equal(direct, summed.Overlap.Counts);
        for (var j = 0; j < m; j++)
            for (var v = 0; v < 2; v++)
                Assert.Equal(Enumerable.Range(0, votes.Rows).LongCount(r => votes[r, j] == v), summed.VoteCount(j, v));
        Assert.Equal(patterns.Count, summed.Patterns.Distinct.Rows);
        for (var p = 0; p < summed.Patterns.Distinct.Rows; p++)
            Assert.Equal(patterns[string.Join(",", summed.Patterns.Distinct.Row(p).ToArray())], summed.Patterns.Counts[p]);
    }

    public static TheoryData<string, LabelModelKind> DatasetsAndModels()
    {
        var data = new TheoryData<string, LabelModelKind>();
        foreach (var dataset in new[] { "youtube", "sms" })
            foreach (var kind in LabelModels.All)
                data.Add(dataset, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(DatasetsAndModels))]
    public void A_model_fitted_from_shard_statistics_equals_the_one_fitted_on_the_whole_matrix(string dataset, LabelModelKind kind)
    {
        var votes = WeakLabels(dataset);
        var trainer = LabelModels.Create(kind);
        var full = trainer.Fit(votes, 2, classBalance: null, seed: 3);
        var sharded = trainer.Fit(SumOfShards(votes, seed: 2), classBalance: null, seed: 3);

        var a = full.Export();
        var b = sharded.Export();
        Assert.Equal(a.Model, b.Model);
        Assert.Equal(a.Programs, b.Programs);
        AssertClose(a.ClassBalance, b.ClassBalance, a.Model + " class balance");
        if (a.ProgramAccuracies is not null) AssertClose(a.ProgramAccuracies, b.ProgramAccuracies!, a.Model + " accuracies");
        Assert.Equal(a.Parameters.Keys.Order(), b.Parameters.Keys.Order());
        foreach (var (name, values) in a.Parameters) AssertClose(values, b.Parameters[name], $"{a.Model} parameter {name}");
        Assert.Equal(a.Settings.Keys.Order(), b.Settings.Keys.Order());
        foreach (var (name, value) in a.Settings) AssertClose([value], [b.Settings[name]], $"{a.Model} setting {name}");
        Assert.Equal(full.PredictProba(votes).Probabilities, sharded.PredictProba(votes).Probabilities);
        var policy = new TieBreakPolicy(TieBreakKind.Prior);
        Assert.Equal(full.Predict(votes, policy), sharded.Predict(votes, policy));
    }

    [Fact]
    public void Statistics_files_round_trip_with_the_same_bytes_and_refuse_edits()
    {
        var votes = WeakLabels("youtube");
        var statistics = VoteStatistics.Of(votes, 2, CancellationToken.None);
        var folder = Directory.CreateTempSubdirectory("alchemist-stats-").FullName;
        try
        {
            var path = Path.Combine(folder, "statistics.json");
            VoteStatisticsFile.Save(path, statistics);
            var first = File.ReadAllBytes(path);
            var loaded = VoteStatisticsFile.Load(path, "re-run it", CancellationToken.None);
            Assert.True(loaded.SameAs(statistics));
            VoteStatisticsFile.Save(path, loaded);
            Assert.Equal(first, File.ReadAllBytes(path));

            // A count changed by hand (checksum record rewritten to match) is caught by the consistency checks.
            var text = File.ReadAllText(path);
            var edited = text.Replace($"\"rows\":{votes.Rows}", $"\"rows\":{votes.Rows + 1}", StringComparison.Ordinal);
            Assert.NotEqual(text, edited);
            File.WriteAllText(path, edited);
            var damaged = Assert.Throws<AlchemistException>(() => VoteStatisticsFile.Load(path, "re-run it", CancellationToken.None));
            Assert.Contains("damaged", damaged.Message);
            ArtifactChecksum.Record(path);
            var inconsistent = Assert.Throws<AlchemistException>(() => VoteStatisticsFile.Load(path, "re-run it", CancellationToken.None));
            Assert.Contains("field 'rows'", inconsistent.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Statistics_of_different_programs_or_classes_are_not_summed()
    {
        var votes = WeakLabels("youtube");
        var a = VoteStatistics.Of(votes.SelectRows([0, 1, 2]), 2, CancellationToken.None);
        var otherPrograms = VoteStatistics.Of(votes.SelectRows([3, 4]).SelectColumns([1, 0, 2, 3, 4, 5, 6, 7, 8, 9]), 2, CancellationToken.None);
        var otherClasses = VoteStatistics.Of(votes.SelectRows([3, 4]), 3, CancellationToken.None);

        Assert.Contains("same programs", Assert.Throws<AlchemistException>(() => VoteStatistics.Sum([a, otherPrograms], CancellationToken.None)).Message);
        Assert.Contains("class counts", Assert.Throws<AlchemistException>(() => VoteStatistics.Sum([a, otherClasses], CancellationToken.None)).Message);
    }

    [Fact]
    public void Expanding_a_large_histogram_samples_without_replacement()
    {
        var votes = WeakLabels("youtube");
        var patterns = VoteStatistics.Of(votes, 2, CancellationToken.None).Patterns;
        var all = patterns.Expand(votes.Rows, new Random(1));
        Assert.Equal(VotePatterns.Count(votes, CancellationToken.None).Counts, VotePatterns.Count(all, CancellationToken.None).Counts);

        var sample = VotePatterns.Count(patterns.Expand(500, new Random(1)), CancellationToken.None);
        Assert.Equal(500, sample.Rows);
        // Every sampled pattern occurs in the whole, never more often than there.
        var whole = Enumerable.Range(0, patterns.Distinct.Rows).ToDictionary(p => string.Join(",", patterns.Distinct.Row(p).ToArray()), p => patterns.Counts[p]);
        for (var p = 0; p < sample.Distinct.Rows; p++)
            Assert.InRange(sample.Counts[p], 1, whole[string.Join(",", sample.Distinct.Row(p).ToArray())]);
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9, $"{what}[{i}]: {expected[i]} vs {actual[i]}");
    }
}
