using Spectre.Console;
using Spectre.Console.Rendering;

namespace Alchemist.Cli.Commands;

/// <summary>
/// Writes tables at the console's width (<see cref="TerminalWidth"/>) without ever cutting a name: the named columns
/// never wrap, the other columns wrap to make room, and a console too narrow even for that gets the table at its
/// narrowest such layout (the terminal wraps the long lines; every name stays whole and searchable) instead of a
/// table whose names are cut to fit. A title wider than its table widens the table, so a run folder's path stays whole.
/// </summary>
internal static class ConsoleTables
{
    /// <summary>The fewest characters a wrapping column is squeezed to: enough for a score such as 0.733 on one line.</summary>
    private const int WrappingColumnMin = 6;

    /// <summary>Writes <paramref name="table"/>; the columns at <paramref name="unbroken"/> (program names) are never wrapped or cut.</summary>
    public static void Write(IAnsiConsole console, Table table, params int[] unbroken)
    {
        foreach (var column in unbroken) table.Columns[column].NoWrap = true;
        var width = console.Profile.Width;
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        var narrowest = Narrowest(options, table, unbroken);
        // A title (often a run folder's path) is cut to the table's width: widen a narrower table to hold it, as far as the console allows.
        if (table.Title is { } title && Markup.Remove(title.Text).Length is var titleWidth && titleWidth > ((IRenderable)table).Measure(options, width).Max)
            table.Width = Math.Min(titleWidth, Math.Max(width, narrowest));
        if (narrowest <= width)
        {
            console.Write(table);
            return;
        }
        console.Profile.Width = narrowest;
        try
        {
            console.Write(table);
        }
        finally
        {
            console.Profile.Width = width;
        }
    }

    /// <summary>The width of the table with its unbroken columns whole and every other column squeezed (borders included).</summary>
    private static int Narrowest(RenderOptions options, Table table, int[] unbroken)
    {
        var width = table.Border == TableBorder.None ? 0 : table.Columns.Count + 1;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var cells = table.Rows.Select(row => row[c]).Prepend(column.Header).Select(cell => cell.Measure(options, int.MaxValue)).ToList();
            width += (column.Padding?.Left ?? 0) + (column.Padding?.Right ?? 0)
                + (unbroken.Contains(c) ? cells.Max(m => m.Max) : Math.Min(WrappingColumnMin, cells.Max(m => m.Min)));
        }
        return width;
    }
}
