using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>Tables and progress go to stderr, so stdout carries only results (and the <c>--json</c> object).</summary>
internal static class StandardError
{
    /// <summary>A Spectre console writing to stderr.</summary>
    public static IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
}
