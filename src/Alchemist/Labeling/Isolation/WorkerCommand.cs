namespace Alchemist.Labeling.Isolation;

/// <summary>
/// How to start a worker process: an executable and the arguments that come before the worker's own arguments.
/// </summary>
/// <param name="FileName">The executable (the <c>dotnet</c> host or the <c>Alchemist.Worker</c> apphost).</param>
/// <param name="Arguments">Leading arguments, e.g. the path of <c>Alchemist.Worker.dll</c> when the host is <c>dotnet</c>.</param>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Environment variable that overrides the worker: the path of <c>Alchemist.Worker.dll</c> or of its executable.</summary>
    public const string EnvironmentVariable = "ALCHEMIST_WORKER";

    /// <summary>
    /// The worker to use: <c>ALCHEMIST_WORKER</c> when set, else <c>Alchemist.Worker.dll</c> in <see cref="AppContext.BaseDirectory"/>
    /// (beside the CLI, and copied beside any project that references the worker project) run by the current <c>dotnet</c> host.
    /// </summary>
    /// <exception cref="AlchemistException">No worker can be found.</exception>
    public static WorkerCommand Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, "Alchemist.Worker.dll") : configured;
        if (!File.Exists(path))
            throw new AlchemistException($"The program worker {path} was not found; set {EnvironmentVariable} to the path of Alchemist.Worker.dll.");
        return path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new WorkerCommand(DotnetHost(), [path]) : new WorkerCommand(path, []);
    }

    /// <summary>The <c>dotnet</c> host running us (or the one the SDK names), so the worker gets the same runtime.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        var sdkHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(sdkHost) && File.Exists(sdkHost)) return sdkHost;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var rooted = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        if (rooted is not null && File.Exists(rooted)) return rooted;
        // A full path, found on PATH: the worker may start inside a jail whose file system has no PATH of ours.
        return HostPaths.OnPath(OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet") ?? "dotnet";
    }
}
