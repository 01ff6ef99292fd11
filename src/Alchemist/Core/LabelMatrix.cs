
namespace Alchemist.Core;

/// <summary>
/// The n × m matrix of votes: row i, column j holds program j's class id for row i, or -1 (abstain).
/// Stored row-major as one sbyte per cell, so 1,000,000 rows × 10 programs take 10 MB.
/// </summary>
public sealed class LabelMatrix
{
    private readonly sbyte[] _cells;

    /// <summary>Wraps row-major cells; the array is owned by the matrix afterwards.</summary>
    /// <exception cref="ArgumentException">The cell count is not rows × columns, or a name count differs from columns.</exception>
    public LabelMatrix(int rows, int columns, sbyte[] cells, IReadOnlyList<string> programNames)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if ((long)rows * columns != cells.LongLength)
            throw new ArgumentException($"Expected {rows}×{columns} cells, got {cells.LongLength}.", nameof(cells));
        if (programNames.Count != columns)
            throw new ArgumentException($"Expected {columns} program names, got {programNames.Count}.", nameof(programNames));
        Rows = rows;
        Columns = columns;
        _cells = cells;
        ProgramNames = programNames.ToArray();
    }

    /// <summary>Creates an all-abstain matrix.</summary>
    public static LabelMatrix Empty(int rows, IReadOnlyList<string> programNames)
    {
        var cells = new sbyte[(long)rows * programNames.Count];
        Array.Fill(cells, (sbyte)LabelSet.Abstain);
        return new LabelMatrix(rows, programNames.Count, cells, programNames);
    }

    /// <summary>Number of rows (data points).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (programs).</summary>
    public int Columns { get; }

    /// <summary>Name of each column's program.</summary>
    public IReadOnlyList<string> ProgramNames { get; }

    /// <summary>The vote of program <paramref name="column"/> on row <paramref name="row"/>.</summary>
    public int this[int row, int column] => _cells[(long)row * Columns + column];

    /// <summary>All votes of one row.</summary>
    public ReadOnlySpan<sbyte> Row(int row) => _cells.AsSpan(checked(row * Columns), Columns);

    /// <summary>The raw row-major cells (read-only view).</summary>
    public ReadOnlySpan<sbyte> Cells => _cells;

    /// <summary>Mutable access for the code that fills the matrix (the applier and loaders).</summary>
    internal Span<sbyte> MutableCells => _cells;

    /// <summary>The matrix restricted to the given rows, in the given order.</summary>
    public LabelMatrix SelectRows(IReadOnlyList<int> rows)
    {
        var cells = new sbyte[(long)rows.Count * Columns];
        for (var i = 0; i < rows.Count; i++) Row(rows[i]).CopyTo(cells.AsSpan(i * Columns, Columns));
        return new LabelMatrix(rows.Count, Columns, cells, ProgramNames);
    }

    /// <summary>The matrix restricted to the given columns, in the given order.</summary>
    public LabelMatrix SelectColumns(IReadOnlyList<int> columns)
    {
        var cells = new sbyte[(long)Rows * columns.Count];
        for (var i = 0; i < Rows; i++)
            for (var j = 0; j < columns.Count; j++)
                cells[(long)i * columns.Count + j] = _cells[(long)i * Columns + columns[j]];
        return new LabelMatrix(Rows, columns.Count, cells, columns.Select(c => ProgramNames[c]).ToArray());
    }
}
