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

    private CommandOutput(TextWriter output, TextWriter error)
    {
        Out = output;
        // Created on first use, as the process-wide one was: a --json command never probes the terminal.
        _error = new Lazy<IAnsiConsole>(() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) }));
    }

    /// <summary>Results: stdout unless the caller gave another writer.</summary>
    public TextWriter Out { get; }

    /// <summary>Tables, progress and messages: a Spectre console on stderr (or the caller's error writer), so stdout carries only results.</summary>
    public IAnsiConsole Error => _error.Value;

    /// <summary>The writers of the invocation that parsed <paramref name="result"/>.</summary>
    public static CommandOutput Of(ParseResult result) => new(result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);

    /// <summary>Writes the command's one JSON object (<see cref="JsonOutput.Options"/>) on <see cref="Out"/>.</summary>
    public void Json(object value) => Out.WriteLine(JsonSerializer.Serialize(value, value.GetType(), JsonOutput.Options));
}
