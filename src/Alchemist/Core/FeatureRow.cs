using System.Globalization;

namespace Alchemist.Core;

/// <summary>
/// How a row of numeric features travels through the applier and its workers: the values as round-trip invariant
/// text joined by <see cref="Data.Dataset.FieldSeparator"/> (exactly <see cref="Data.Dataset.Text"/> of a dataset whose
/// fields are the feature columns), so the text column file and every engine carry feature rows unchanged. A feature
/// program's generated entry parses the row here, outside the program's budget, and passes the values by position.
/// </summary>
internal static class FeatureRow
{
    /// <summary>The row text of <paramref name="values"/>.</summary>
    public static string Format(IReadOnlyList<double> values) =>
        string.Join(Data.Dataset.FieldSeparator, values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>The <paramref name="count"/> values of a row; an empty value is NaN (a missing measurement).</summary>
    /// <exception cref="ProgramOutputException">The row does not hold <paramref name="count"/> numbers.</exception>
    public static double[] Parse(string row, int count)
    {
        ArgumentNullException.ThrowIfNull(row);
        var parts = row.Split(Data.Dataset.FieldSeparator);
        if (parts.Length != count) throw new ProgramOutputException($"the feature row holds {parts.Length} values, expected {count}.");
        var values = new double[count];
        for (var i = 0; i < count; i++)
            values[i] = TryParse(parts[i], out var v) ? v : throw new ProgramOutputException($"feature {i + 1} is '{parts[i]}', not a number.");
        return values;
    }

    /// <summary>Parses one feature value as the loaders write them: invariant culture, blank = NaN.</summary>
    public static bool TryParse(string text, out double value)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = double.NaN;
            return true;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
