using System.Globalization;

namespace Alchemist.Cli;

/// <summary>
/// How many columns tables and messages are laid out in: <c>COLUMNS</c> when set (the user's or the shell's word),
/// else the terminal's width when stderr is one, else <see cref="Unbounded"/>: output to a file or a pipe is read
/// later, in an editor or a log viewer, so it is laid out at its natural width rather than at an 80-column guess.
/// </summary>
internal static class TerminalWidth
{
    /// <summary>The width of redirected output: wide enough that no table of this tool is ever squeezed.</summary>
    public const int Unbounded = 1_000;

    /// <summary>The width for output written to <paramref name="error"/>.</summary>
    /// <param name="error">The writer tables go to.</param>
    /// <param name="environment">Reads an environment variable (injected so tests need not touch the process's).</param>
    public static int Of(TextWriter error, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (int.TryParse(environment("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0) return columns;
        return ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && WindowWidth() is > 0 and var width ? width : Unbounded;
    }

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0; // no terminal after all (a detached session)
        }
    }
}
