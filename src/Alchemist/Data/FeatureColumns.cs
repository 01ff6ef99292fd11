namespace Alchemist.Data;

/// <summary>
/// A feature task's rows: a dataset whose fields are numeric columns (concept scores, tabular measurements). Loaded
/// by the ordinary loaders with the feature columns as its fields, so each row's text is the values joined as
/// <see cref="FeatureRow"/> reads them.
/// </summary>
internal static class FeatureColumns
{
    /// <summary>
    /// Checks that every value of every field of <paramref name="dataset"/> is a number (blank is a missing value,
    /// NaN) and returns the field names, which programs bind to.
    /// </summary>
    /// <exception cref="DataFormatException">A value is not a number (names the file, row and column).</exception>
    public static IReadOnlyList<string> Check(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        for (var f = 0; f < dataset.FieldNames.Count; f++)
        {
            var column = dataset.Fields[f];
            for (var row = 0; row < column.Length; row++)
                if (!FeatureRow.TryParse(column[row], out _))
                    throw new DataFormatException(dataset.Source, dataset.SourceRows[row], dataset.FieldNames[f], $"'{Excerpt.Of(column[row], 80)}' is not a number.");
        }
        return dataset.FieldNames;
    }
}
