using System.CommandLine;
using Alchemist.Cli.Commands;

namespace Alchemist.Cli;

/// <summary>Builds the <c>alchemist</c> command tree and maps user errors to a one-line message and exit code.</summary>
public static class Cli
{
    /// <summary>Exit code for bad input or configuration (the message says what and where).</summary>
    public const int UserErrorExitCode = 2;

    /// <summary>Every sub-command, one file each under Commands/.</summary>
    internal static IEnumerable<Command> Commands() =>
    [
        VersionCommand.Create(),
        ApplyCommand.Create(),
        AnalyzeCommand.Create(),
        EvalCommand.Create(),
        AggregateCommand.Create(),
        InitCommand.Create(),
        PromptsCommand.Create(),
        SynthesizeCommand.Create(),
        DistillCommand.Create(),
        PredictCommand.Create(),
        ConceptsCommand.Create(),
        ScoreConceptsCommand.Create(),
        RunCommand.Create(),
        ReportCommand.Create(),
        BaselineCommand.Create(),
    ];

    /// <summary>Parses and runs a command line; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Alchemist: automated data labeling with LLM-written labeling programs.");
        foreach (var command in Commands()) root.Subcommands.Add(command);
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (AlchemistException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return UserErrorExitCode;
        }
    }
}
