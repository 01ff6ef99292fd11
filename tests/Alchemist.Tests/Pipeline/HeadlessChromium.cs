using System.Diagnostics;

namespace Alchemist.Tests.Pipeline;

/// <summary>
/// Chromium in headless mode, with a throw-away profile and no network chatter: the one <c>scripts/test.sh</c> located or
/// installed (<c>ALCHEMIST_CHROMIUM</c>), else <c>chromium</c> on the PATH.
/// </summary>
internal static class HeadlessChromium
{
    /// <summary>Loads <paramref name="html"/> and returns the DOM after rendering.</summary>
    public static string DumpDom(string html) => Run(html, "--dump-dom");

    /// <summary>Loads <paramref name="html"/> and writes a 1280-wide PNG screenshot to <paramref name="png"/>.</summary>
    public static void Screenshot(string html, string png) => Run(html, $"--screenshot={png}");

    /// <summary>The browser to start.</summary>
    private static string Executable => Environment.GetEnvironmentVariable("ALCHEMIST_CHROMIUM") is { Length: > 0 } path ? path : "chromium";

    private static string Run(string html, string action)
    {
        var profile = Directory.CreateTempSubdirectory("alchemist-chromium-");
        try
        {
            var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}", "--window-size=1280,2000", action,
                new Uri(Path.GetFullPath(html)).AbsoluteUri,
            })
                info.ArgumentList.Add(argument);
            Process process;
            try
            {
                process = Process.Start(info)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"{Executable} is not installed: run the tests with `bash scripts/test.sh`, which installs it, or `apt-get install -y chromium`.", e);
            }
            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("chromium did not finish within 90 s: " + error.Result);
                }
                if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited {process.ExitCode}: {error.Result}");
                return output.Result;
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
