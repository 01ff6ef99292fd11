namespace Alchemist.Data;

/// <summary>The three splits of a single-file dataset.</summary>
/// <param name="Train">Rows the programs are applied to and the end model learns from.</param>
/// <param name="Valid">Rows for choosing and checking (programs, label model, end model).</param>
/// <param name="Test">Rows held out for the final measurement.</param>
internal sealed record DatasetSplits(Dataset Train, Dataset Valid, Dataset Test);

/// <summary>
/// Seeded random train/valid/test split for data that ships as one file. Stratified by gold class when the data
/// has gold labels (each class, and the unlabeled rows, split in the same proportions), so small classes appear in
/// every split; each split keeps the file's row order.
/// </summary>
internal static class DatasetSplitter
{
    /// <summary>Splits <paramref name="data"/> by the given fractions (summing to 1; a fraction may be 0).</summary>
    /// <exception cref="ArgumentException">A fraction is negative or they do not sum to 1.</exception>
    public static DatasetSplits Split(Dataset data, double train, double valid, double test, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (train < 0 || valid < 0 || test < 0 || Math.Abs(train + valid + test - 1) > 1e-6)
            throw new ArgumentException($"Split fractions must be non-negative and sum to 1, got {train}/{valid}/{test}.");
        var random = new Random(seed);
        List<int> trainRows = [], validRows = [], testRows = [];
        foreach (var group in Strata(data))
        {
            Shuffle(group, random);
            var nTrain = (int)Math.Round(group.Length * train, MidpointRounding.AwayFromZero);
            var nValid = Math.Min(group.Length - nTrain, (int)Math.Round(group.Length * valid, MidpointRounding.AwayFromZero));
            if (test == 0) nValid = group.Length - nTrain;
            trainRows.AddRange(group.AsSpan(0, nTrain));
            validRows.AddRange(group.AsSpan(nTrain, nValid));
            testRows.AddRange(group.AsSpan(nTrain + nValid));
        }
        trainRows.Sort();
        validRows.Sort();
        testRows.Sort();
        return new DatasetSplits(data.Select(trainRows), data.Select(validRows), data.Select(testRows));
    }

    // Row indices grouped by gold class (unknown gold as one more group), or all rows as one group.
    private static List<int[]> Strata(Dataset data)
    {
        if (data.Gold is null) return [Enumerable.Range(0, data.Count).ToArray()];
        var groups = new List<int>[data.Labels.Count + 1];
        for (var g = 0; g < groups.Length; g++) groups[g] = [];
        for (var row = 0; row < data.Count; row++) groups[data.Gold[row] + 1].Add(row);
        return groups.Where(g => g.Count > 0).Select(g => g.ToArray()).ToList();
    }

    private static void Shuffle(int[] rows, Random random)
    {
        for (var i = rows.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (rows[i], rows[j]) = (rows[j], rows[i]);
        }
    }
}
