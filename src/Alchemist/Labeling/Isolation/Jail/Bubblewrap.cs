using System.Diagnostics;

namespace Alchemist.Labeling.Isolation.Jail;

/// <summary>
/// The outer layer of the worker jail: Debian's <c>bwrap</c> starts the worker in new user, PID, network, IPC, UTS
/// and cgroup namespaces (no network device but a down loopback, no other process visible) with a file system made of
/// read-only binds of the system libraries, the .NET runtime and the worker's assemblies, the inputs read-only, and
/// only the worker's own folder writable; no <c>/etc</c>, no <c>/home</c>, no <c>/tmp</c> of the host. The inner layer
/// (seccomp, Landlock, rlimits: <see cref="WorkerHost"/>) holds even where bubblewrap is missing.
/// </summary>
internal static class Bubblewrap
{
    private static readonly Lazy<string?> Path_ = new(Find);
    private static readonly Lazy<string?> Problem_ = new(Probe);

    /// <summary>The bwrap executable that works on this machine, or null.</summary>
    public static string? Executable => Problem_.Value is null ? Path_.Value : null;

    /// <summary>Why bubblewrap cannot be used here, or null when it can.</summary>
    public static string? Problem => Problem_.Value;

    /// <summary>The bwrap arguments (up to and including <c>--</c>, before the command) that give read access to <paramref name="readable"/> and write access to <paramref name="writable"/>.</summary>
    public static IEnumerable<string> Arguments(IEnumerable<string> readable, string writable)
    {
        string[] fixedArgs = ["--unshare-all", "--new-session", "--cap-drop", "ALL", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"];
        foreach (var a in fixedArgs) yield return a;
        foreach (var system in new[] { "/usr", "/lib", "/lib64", "/bin", "/sbin" })
        {
            var info = new FileInfo(system);
            if (info.LinkTarget is { } target)
            {
                yield return "--symlink";
                yield return target;
                yield return system;
            }
            else if (Directory.Exists(system))
            {
                yield return "--ro-bind";
                yield return system;
                yield return system;
            }
        }
        if (File.Exists("/etc/ld.so.cache"))
        {
            yield return "--ro-bind";
            yield return "/etc/ld.so.cache";
            yield return "/etc/ld.so.cache";
        }
        foreach (var path in readable.Where(p => Directory.Exists(p) || File.Exists(p)).Distinct())
        {
            yield return "--ro-bind";
            yield return path;
            yield return path;
        }
        yield return "--bind";
        yield return writable;
        yield return writable;
        yield return "--chdir";
        yield return writable;
        yield return "--";
    }

    private static string? Find() => OperatingSystem.IsLinux() ? HostPaths.OnPath("bwrap") : null;

    /// <summary>Runs <c>bwrap … true</c> once: a kernel or container may forbid the namespaces it needs.</summary>
    private static string? Probe()
    {
        if (Path_.Value is not { } bwrap) return "bubblewrap (bwrap) is not installed";
        try
        {
            var info = new ProcessStartInfo(bwrap) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in Arguments([], System.IO.Path.GetTempPath().TrimEnd(System.IO.Path.DirectorySeparatorChar))) info.ArgumentList.Add(argument);
            info.ArgumentList.Add("/bin/true");
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"bubblewrap cannot create its namespaces here ({error.Trim()})";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return $"bubblewrap failed to start ({e.Message})";
        }
    }
}
