using System.CommandLine;

namespace Alchemist.Cli.Commands;

/// <summary>Adds worked examples to a command's <c>--help</c> (after its description).</summary>
internal static class Examples
{
    /// <summary>Appends an "Examples:" block with one command line per entry.</summary>
    public static void Add(Command command, params string[] lines) =>
        command.Description += "\n\nExamples:\n" + string.Join("\n", lines.Select(l => "  " + l));
}
