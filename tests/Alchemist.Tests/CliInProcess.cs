using System.Text.Json;

namespace Alchemist.Tests;

/// <summary>
/// Runs the real <c>alchemist</c> command line inside the test process with its own stdout and stderr writers (the CLI
/// never writes to the process-wide console), so tests using it run in parallel without seeing each other's output.
/// </summary>
internal static class CliInProcess
{
    /// <summary>The exit code and the parsed stdout (default when nothing was printed).</summary>
    public static async Task<(int Code, JsonElement Json)> RunAsync(params string[] args)
    {
        var (code, stdout, _) = await RunCapturingAsync(args, CancellationToken.None);
        return (code, stdout.Length == 0 ? default : JsonDocument.Parse(stdout).RootElement.Clone());
    }

    /// <summary>The exit code, stdout and stderr of one command line; <paramref name="cancellationToken"/> plays Ctrl-C.</summary>
    public static async Task<(int Code, string Out, string Error)> RunCapturingAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Alchemist.Cli.Cli.RunAsync(args, stdout, stderr, cancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The exit code, stdout and stderr of one command line that reads environment variables (<c>COLUMNS</c>) from <paramref name="environment"/>.</summary>
    public static async Task<(int Code, string Out, string Error)> RunCapturingAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Alchemist.Cli.Cli.RunAsync(args, stdout, stderr, name => environment.GetValueOrDefault(name));
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary><see cref="RunCapturingAsync(string[], CancellationToken)"/> without cancellation.</summary>
    public static Task<(int Code, string Out, string Error)> RunCapturingAsync(params string[] args) => RunCapturingAsync(args, CancellationToken.None);
}
