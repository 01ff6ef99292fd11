using System.Diagnostics;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Cli;

/// <summary>Ctrl-C and SIGTERM sent to the real <c>alchemist</c> process while a call is in flight: exit 130 and one line.</summary>
public sealed class SignalTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_during_synthesize_exits_130_with_one_line_and_no_stack_trace(string signal)
    {
        using var fixture = new SynthesisFixture();
        using var inFlight = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var server = new FakeLlmServer(call =>
        {
            inFlight.Set();
            release.Wait(TimeSpan.FromMinutes(2)); // holds the call open until the test is done with the process
            return ScriptedLlm.OpenAi(call);
        });
        // Through coreutils' env with SIGINT and SIGTERM reset to their defaults: a test run started as a background job
        // (`cmd &`) inherits SIGINT ignored, and an ignored signal stays ignored across exec, which is not what a user's
        // terminal gives the tool.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--default-signal=INT,TERM", "dotnet", "exec", Path.Combine(AppContext.BaseDirectory, "Alchemist.Cli.dll"), "synthesize", "--spec", fixture.Root, "--base-url", server.OpenAiBaseUrl, "--json" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            Assert.True(inFlight.Wait(TimeSpan.FromMinutes(2)), "the CLI never called the server");
            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
                await kill.WaitForExitAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            release.Set();
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        var error = await stderr;
        Assert.Equal(130, process.ExitCode);
        Assert.Equal("", await stdout);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: cancelled; finished work is kept", line, StringComparison.Ordinal);
    }
}
