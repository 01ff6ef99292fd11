using System.Diagnostics;
using System.Globalization;
using Alchemist.Labeling.Isolation.Jail;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// One long-lived worker child process as the parent sees it: started inside bubblewrap when it works here, with an
/// environment of its own (nothing of the parent's — API keys included — is passed on), the GC heap hard limit, and
/// its launch arguments; fed job paths on standard input, heard through its standard output (the jail report, fault
/// lines, then <see cref="WorkerHost.DoneLine"/>). Closing its input ends it.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _error = [];
    private readonly TaskCompletionSource<IReadOnlyList<string>> _jail = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts a worker.</summary>
    public WorkerProcess(WorkerCommand command, WorkerLaunch launch, long heapLimitBytes, bool useBubblewrap)
    {
        var bwrap = useBubblewrap ? Bubblewrap.Executable : null;
        var info = new ProcessStartInfo(bwrap ?? command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = launch.OwnFolder,
        };
        if (bwrap is not null)
        {
            var readable = launch.Readable.Append(AppContext.BaseDirectory).Append(Path.GetDirectoryName(command.Arguments.Count > 0 ? command.Arguments[0] : command.FileName)!)
                .Append(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory()).Append(DotnetRoot(command.FileName));
            foreach (var argument in Bubblewrap.Arguments(readable, launch.OwnFolder)) info.ArgumentList.Add(argument);
            info.ArgumentList.Add(command.FileName);
        }
        foreach (var argument in command.Arguments) info.ArgumentList.Add(argument);
        foreach (var argument in launch.ToArguments()) info.ArgumentList.Add(argument);
        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/bin:/bin";
        info.Environment["HOME"] = launch.OwnFolder;
        info.Environment["TMPDIR"] = launch.OwnFolder;
        info.Environment["DOTNET_GCHeapHardLimit"] = $"0x{heapLimitBytes:X}";
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root) info.Environment["DOTNET_ROOT"] = root;
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data == WorkerHost.DoneLine) _done.TrySetResult();
            else if (e.Data is { } line && WorkerLine.Parse(line) is { } parsed)
            {
                if (parsed.Jail is { } jail) _jail.TrySetResult(jail);
                else Lines?.Invoke(parsed with { Message = Sanitize(parsed.Message) });
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data)) lock (_error) if (_error.Count < 3) _error.Add(Sanitize(e.Data.Trim()));
        };
        try
        {
            _process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new AlchemistException($"Cannot start the program worker {info.FileName}: {e.Message}", e);
        }
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Hears the fault and load-problem lines of the current job (messages already made safe to print).</summary>
    public Action<WorkerLine>? Lines { get; set; }

    /// <summary>What of the inner jail could not be set up, once the worker has said (empty: all of it holds).</summary>
    public Task<IReadOnlyList<string>> Jail => _jail.Task;

    /// <summary>The exit code, once ended.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The first lines the process wrote to its standard error.</summary>
    public string Error
    {
        get { lock (_error) return string.Join(" | ", _error); }
    }

    /// <summary>Sends a job; the returned task completes when the worker reports it done.</summary>
    public Task StartJob(string jobPath)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.StandardInput.WriteLine(jobPath);
        _process.StandardInput.Flush();
        return _done.Task;
    }

    /// <summary>Waits for the process to end (after it died or was killed), so its output is complete.</summary>
    public Task WaitForExitAsync() => _process.WaitForExitAsync();

    /// <summary>Kills the process at once.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it ended meanwhile
        }
    }

    /// <summary>Closes the worker's input so it ends; kills it if it does not end promptly.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(TimeSpan.FromSeconds(2))) Kill();
            }
        }
        catch (IOException)
        {
            Kill();
        }
        _process.Dispose();
    }

    /// <summary>Text from a worker is the program's: control characters (terminal escapes) are shown, not obeyed.</summary>
    internal static string Sanitize(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text) builder.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    private static string DotnetRoot(string host) => Path.GetDirectoryName(HostPaths.Real(host)) is { Length: > 0 } root ? root : "/usr";
}
