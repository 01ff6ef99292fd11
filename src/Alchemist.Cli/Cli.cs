using System.CommandLine;
using Alchemist.Cli.Commands;

namespace Alchemist.Cli;

/// <summary>Builds the <c>alchemist</c> command tree and runs it inside the <see cref="ErrorBoundary"/>.</summary>
public static class Cli
{
    /// <summary>Exit code for bad input or configuration (the message says what and where).</summary>
    public const int UserErrorExitCode = (int)ExitCode.UserError;

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
        RunCommand.CreateRefine(),
        ReportCommand.Create(),
        BaselineCommand.Create(),
    ];

    /// <summary>Parses and runs a command line on the process's stdout and stderr; returns the process exit code (<see cref="ExitCode"/>).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="cancellationToken">Cancelled on Ctrl-C / SIGTERM (see Program.cs): the command stops with <see cref="ExitCode.Cancelled"/>.</param>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.Out, Console.Error, cancellationToken);

    /// <summary>
    /// Parses and runs a command line writing results to <paramref name="output"/> and tables, progress and errors to
    /// <paramref name="error"/> (never to the process-wide console), so several command lines can run in one process at
    /// once; returns the exit code (<see cref="ExitCode"/>).
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Results and the <c>--json</c> object (stdout for the tool).</param>
    /// <param name="error">Tables, progress, messages and the one-line error (stderr for the tool).</param>
    /// <param name="cancellationToken">Plays Ctrl-C: the command stops with <see cref="ExitCode.Cancelled"/>.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("Alchemist: automated data labeling with LLM-written labeling programs.");
        var verbose = new Option<bool>("--verbose") { Description = "On failure, print the stack trace after the one-line error.", Recursive = true };
        root.Options.Add(verbose);
        foreach (var command in Commands()) root.Subcommands.Add(command);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var command = parsed.CommandResult.Command is RootCommand ? "alchemist" : $"alchemist {parsed.CommandResult.Command.Name}";
            var problems = string.Join("; ", parsed.Errors.Select(e => e.Message.TrimEnd('.')));
            error.WriteLine($"error: {Excerpt.Of(problems, ErrorBoundary.MaxMessageChars)} (see '{command} --help').");
            return (int)ExitCode.UserError;
        }
        // Signals are Program.cs's (the token); the parser must neither install its own handler nor print exceptions.
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null, Output = output, Error = error };
        return await ErrorBoundary.RunAsync(() => parsed.InvokeAsync(configuration, cancellationToken), parsed.GetValue(verbose), error, cancellationToken);
    }
}
