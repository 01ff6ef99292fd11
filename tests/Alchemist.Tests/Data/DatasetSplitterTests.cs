using Alchemist.Data;

namespace Alchemist.Tests.Data;

public class DatasetSplitterTests
{
    private static readonly Dataset Finance = DatasetLoader.Load(
        new DataSourceSpec(TestPaths.Shared("finance", "all-data.csv"), TextFields: ["content"], LabelField: "result", Encoding: "latin1"),
        new LabelSet(["negative", "neutral", "positive"]));

    [Fact]
    public void Splits_are_disjoint_complete_stratified_and_seeded()
    {
        var a = DatasetSplitter.Split(Finance, 0.8, 0.1, 0.1, seed: 7);
        var b = DatasetSplitter.Split(Finance, 0.8, 0.1, 0.1, seed: 7);
        var c = DatasetSplitter.Split(Finance, 0.8, 0.1, 0.1, seed: 8);

        var all = a.Train.SourceRows.Concat(a.Valid.SourceRows).Concat(a.Test.SourceRows).Order().ToArray();
        Assert.Equal(Finance.SourceRows, all);
        Assert.Equal(a.Test.SourceRows, b.Test.SourceRows);
        Assert.NotEqual(a.Test.SourceRows, c.Test.SourceRows);
        // Negative is 604 of 4846 rows: stratification keeps about 60 of them in each 10% split.
        Assert.InRange(a.Test.Gold!.Count(g => g == 0), 60, 61);
        Assert.InRange(a.Valid.Gold!.Count(g => g == 0), 60, 61);
        Assert.True(a.Train.SourceRows.SequenceEqual(a.Train.SourceRows.Order()));
    }

    [Fact]
    public void Select_keeps_every_column_aligned()
    {
        var sms = DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared("sms"), Split: "valid"));

        var picked = sms.Select([5, 2]);

        Assert.Equal([sms.Ids![5], sms.Ids[2]], picked.Ids!);
        Assert.Equal([sms.Gold![5], sms.Gold[2]], picked.Gold!);
        Assert.Equal([sms.SourceRows[5], sms.SourceRows[2]], picked.SourceRows);
        Assert.Equal(sms.Text(2), picked.Text(1));
        Assert.Equal(sms.WeakLabels!.Row(5).ToArray(), picked.WeakLabels!.Row(0).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => sms.Select([500]));
    }

    [Fact]
    public void Rejects_fractions_that_do_not_sum_to_one()
    {
        var e = Assert.Throws<ArgumentException>(() => DatasetSplitter.Split(Finance, 0.8, 0.3, 0.1, 1));
        Assert.Contains("sum to 1", e.Message);
    }
}
