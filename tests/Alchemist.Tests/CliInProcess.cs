using System.Text.Json;

namespace Alchemist.Tests;

/// <summary>
/// Runs the real <c>alchemist</c> command line inside the test process and captures its stdout JSON. Tests that use it
/// redirect the process-wide console, so they belong to the "Console" collection (never in parallel with each other).
/// </summary>
internal static class CliInProcess
{
    /// <summary>The exit code and the parsed stdout (default when nothing was printed).</summary>
    public static async Task<(int Code, JsonElement Json)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(stdout);
        try
        {
            var code = await Alchemist.Cli.Cli.RunAsync(args);
            var text = stdout.ToString();
            return (code, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
        finally
        {
            Console.SetOut(previous);
        }
    }

    /// <summary>The exit code, stdout and stderr of one command line; <paramref name="cancellationToken"/> plays Ctrl-C.</summary>
    public static async Task<(int Code, string Out, string Error)> RunCapturingAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = await Alchemist.Cli.Cli.RunAsync(args, cancellationToken);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    /// <summary><see cref="RunCapturingAsync(string[], CancellationToken)"/> without cancellation.</summary>
    public static Task<(int Code, string Out, string Error)> RunCapturingAsync(params string[] args) => RunCapturingAsync(args, CancellationToken.None);
}
