using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// Where one invocation writes: results (and the <c>--json</c> object) on <see cref="Out"/>, tables, progress and messages
/// on <see cref="Error"/>. Both are the writers of the parse result's <see cref="InvocationConfiguration"/>, never the
/// process-wide <see cref="System.Console"/>, so two invocations in one process (the in-process CLI tests) never mix
/// or steal each other's output.
/// </summary>
internal sealed class CommandOutput
{
    private readonly Lazy<IAnsiConsole> _error;

    private CommandOutput(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        Out = output;
        Environment = environment;
        // Created on first use, as the process-wide one was: a --json command never probes the terminal.
        _error = new Lazy<IAnsiConsole>(() =>
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            console.Profile.Width = TerminalWidth.Of(error, environment);
            return console;
        });
    }

    /// <summary>The invocation's environment variables (the process's, or a test's own).</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>Results: stdout unless the caller gave another writer.</summary>
    public TextWriter Out { get; }

    /// <summary>Tables, progress and messages: a Spectre console on stderr (or the caller's error writer), so stdout carries only results.</summary>
    public IAnsiConsole Error => _error.Value;

    /// <summary>The writers (and environment, for the width) of the invocation that parsed <paramref name="result"/>.</summary>
    public static CommandOutput Of(ParseResult result)
    {
        var invocation = result.InvocationConfiguration;
        var environment = (invocation as Invocation)?.Environment ?? System.Environment.GetEnvironmentVariable;
        return new(invocation.Output, invocation.Error, environment);
    }

    /// <summary>An invocation's settings plus the environment it reads (<c>COLUMNS</c>); tests pass their own.</summary>
    internal sealed class Invocation : InvocationConfiguration
    {
        /// <summary>Reads an environment variable.</summary>
        public required Func<string, string?> Environment { get; init; }
    }

    /// <summary>Writes the command's one JSON object (<see cref="JsonOutput.Options"/>) on <see cref="Out"/>.</summary>
    public void Json(object value) => Out.WriteLine(JsonSerializer.Serialize(value, value.GetType(), JsonOutput.Options));
}
