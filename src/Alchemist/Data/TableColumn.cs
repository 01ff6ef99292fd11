namespace Alchemist.Data;

/// <summary>
/// One named column of a table to write: strings, ints, longs, floats or doubles, one entry per row.
/// </summary>
internal sealed record TableColumn
{
    private static readonly Type[] Supported = [typeof(string[]), typeof(int[]), typeof(long[]), typeof(float[]), typeof(double[])];

    /// <summary>Creates the column.</summary>
    /// <exception cref="ArgumentException">A blank name, or values that are not one of the supported array types.</exception>
    public TableColumn(string name, Array values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        if (Array.IndexOf(Supported, values.GetType()) < 0)
            throw new ArgumentException($"Column '{name}' holds {values.GetType().Name}; supported are string[], int[], long[], float[], double[].", nameof(values));
        Name = name;
        Values = values;
    }

    /// <summary>The column's header / property name.</summary>
    public string Name { get; }

    /// <summary>The values: a string[], int[], long[], float[] or double[].</summary>
    public Array Values { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Values.Length;

    /// <summary>The value of <paramref name="row"/> as text (invariant culture; null strings as empty).</summary>
    public string Format(int row) => Values switch
    {
        string[] s => s[row] ?? "",
        int[] i => i[row].ToString(System.Globalization.CultureInfo.InvariantCulture),
        long[] l => l[row].ToString(System.Globalization.CultureInfo.InvariantCulture),
        float[] f => f[row].ToString(System.Globalization.CultureInfo.InvariantCulture),
        double[] d => d[row].ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("TableColumn admits no other types."),
    };
}
