using System.Diagnostics;
using System.Text.Json;

namespace Alchemist.Tests.Distillation;

/// <summary>Runs the built <c>alchemist</c> CLI as a real process (stdout must hold exactly the JSON object).</summary>
internal static class CliProcess
{
    /// <summary>The exit code, stdout and stderr of one run.</summary>
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>stdout parsed as the one JSON object <c>--json</c> promises.</summary>
        public JsonElement Json => JsonDocument.Parse(StandardOutput).RootElement;
    }

    public static Result Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Alchemist.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout, stderr.Result);
    }
}
