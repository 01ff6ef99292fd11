using System.Diagnostics;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// One long-lived worker child process as the parent sees it: started with the GC heap hard limit, fed job paths
/// on standard input, heard through its standard output (fault lines, then <see cref="WorkerHost.DoneLine"/>), and
/// killed when it overruns. Closing its input ends it.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _error = [];
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts a worker.</summary>
    public WorkerProcess(WorkerCommand command, long heapLimitBytes)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments) info.ArgumentList.Add(argument);
        info.ArgumentList.Add("worker");
        info.Environment["DOTNET_GCHeapHardLimit"] = $"0x{heapLimitBytes:X}";
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment[WorkerHost.ParentProcessVariable] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data == WorkerHost.DoneLine) _done.TrySetResult();
            else if (e.Data is { } line && WorkerFaultLine.Parse(line) is { } fault) Faults?.Invoke(fault);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data)) lock (_error) if (_error.Count < 3) _error.Add(e.Data.Trim());
        };
        try
        {
            _process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new AlchemistException($"Cannot start the program worker {command.FileName}: {e.Message}", e);
        }
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Hears the fault lines of the current job.</summary>
    public Action<WorkerFaultLine>? Faults { get; set; }

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, once ended.</summary>
    public int ExitCode => _process.ExitCode;

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
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
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
}
