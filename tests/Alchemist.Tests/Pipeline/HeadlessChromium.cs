using System.Diagnostics;

namespace Alchemist.Tests.Pipeline;

/// <summary>Debian's <c>chromium</c> in headless mode, with a throw-away profile and no network chatter (installed by <c>.ci/run</c>).</summary>
internal static class HeadlessChromium
{
    /// <summary>Loads <paramref name="html"/> and returns the DOM after rendering.</summary>
    public static string DumpDom(string html) => Run(html, "--dump-dom");

    /// <summary>Loads <paramref name="html"/> and writes a 1280-wide PNG screenshot to <paramref name="png"/>.</summary>
    public static void Screenshot(string html, string png) => Run(html, $"--screenshot={png}");

    private static string Run(string html, string action)
    {
        var profile = Directory.CreateTempSubdirectory("alchemist-chromium-");
        try
        {
            var info = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true };
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
                throw new InvalidOperationException("chromium is not installed: `apt-get install -y chromium` (.ci/run does this).", e);
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
