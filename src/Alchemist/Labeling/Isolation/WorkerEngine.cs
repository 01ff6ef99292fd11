using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Alchemist.Labeling.Isolation.Jail;
using Alchemist.Programs;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// Compiles and runs untrusted programs in jailed child processes; this process never loads a program.
/// <list type="bullet">
/// <item><b>Compile</b>: a compile worker checks and emits each program within a CPU-time limit and a heap limit
/// (Roslyn itself is attacked by hostile text); a compile that crashes or overruns rejects that program only, and a
/// fresh compile worker goes on with the rest. Compile workers are kept for the next batch.</item>
/// <item><b>Run</b>: each program runs in processes of its own (never beside another program, so no pool, cache,
/// intern table or heap is shared), one per row range, at most <see cref="ApplyOptions.Parallelism"/> at a time,
/// reused for the smoke run, the full run and later splits. A row may use <see cref="ApplyOptions.RowDeadline"/> of the
/// worker thread's CPU time (wall time would make verdicts depend on machine load). A worker that dies on a row —
/// its watchdog ended it, it crashed, or something outside killed it — is replaced, and the row is tried once more
/// in the fresh worker before it counts as the program's fault; a program whose rows killed
/// <see cref="ApplyOptions.MaxKillsPerProgram"/> workers is stopped, and stays stopped for later splits.</item>
/// </list>
/// Exchange files live in a folder of this engine (<c>alchemist-apply-PID-…</c> in the temp folder; folders left by a
/// killed process are removed by the next engine). Each worker may write only its own sub-folder.
/// </summary>
internal sealed class WorkerEngine : IProgramEngine, IDisposable
{
    private const int MinRowsPerWorker = 4096;
    private const string FolderPrefix = "alchemist-apply-";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private readonly ApplyOptions _options;
    private readonly WorkerCommand _command;
    private readonly string _folder;
    private readonly string _inputs;
    private readonly bool _bubblewrap;
    private readonly SemaphoreSlim _slots;

    /// <summary>One compile worker at a time: Roslyn's start-up in each new process costs seconds of CPU.</summary>
    private readonly SemaphoreSlim _compiling = new(1);
    private readonly Dictionary<string, Stack<Worker>> _idle = [];
    private readonly Stack<Worker> _idleCompilers = new();
    private readonly Dictionary<string, string> _stopped = [];
    private readonly Dictionary<string, int> _kills = [];
    private readonly HashSet<string> _jailProblems = [];
    private int _workers;
    private int _runs;

    public WorkerEngine(ApplyOptions options)
    {
        _options = options;
        _command = options.Worker ?? WorkerCommand.Locate();
        var temp = options.TempDirectory ?? Path.GetTempPath();
        RemoveAbandonedFolders(temp);
        _folder = Path.Combine(temp, $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        _inputs = Path.Combine(_folder, "inputs");
        Directory.CreateDirectory(_inputs);
        _bubblewrap = options.UseBubblewrap && Bubblewrap.Executable is not null;
        if (options.UseBubblewrap && Bubblewrap.Problem is { } problem) _jailProblems.Add(problem + "; the worker's own seccomp and Landlock layers still apply");
        _slots = new SemaphoreSlim(options.Parallelism);
    }

    /// <summary>What of the OS jail does not hold on this machine (empty when all of it does), as the workers reported it.</summary>
    public IReadOnlyList<string> JailProblems
    {
        get { lock (_jailProblems) return _jailProblems.Order(StringComparer.Ordinal).ToArray(); }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ProgramCheck>> CompileAsync(IReadOnlyList<ProgramSource> sources, LabelSet labels, CancellationToken cancellationToken)
    {
        await _compiling.WaitAsync(cancellationToken);
        try
        {
            return await CompileOneAtATimeAsync(sources, labels, cancellationToken);
        }
        finally
        {
            _compiling.Release();
        }
    }

    private async Task<IReadOnlyList<ProgramCheck>> CompileOneAtATimeAsync(IReadOnlyList<ProgramSource> sources, LabelSet labels, CancellationToken cancellationToken)
    {
        var checks = new ProgramCheck?[sources.Count];
        var first = 0;
        while (first < sources.Count)
        {
            var worker = Take(_idleCompilers) ?? await StartAsync(WorkerRole.Compile, Math.Max(_options.WorkerHeapLimitBytes, 1L << 30), cancellationToken);
            var job = new CompileJob(labels.Names, sources, first, _options.Limits.MaxSteps, _options.Limits.MaxCallDepth, RegexSeconds(),
                _options.Instrument, _options.Unchecked, _options.FeatureNames, _options.CompileDeadline.TotalSeconds, _options.StartupDeadline.TotalSeconds,
                worker.StatusPath);
            var outcome = await RunJobAsync(worker, job, first, null, cancellationToken);
            var done = (int)worker.Status.Committed;
            for (var i = first; i < done; i++) checks[i] = ReadCheck(worker.Folder, i, sources[i]);
            if (outcome.Finished)
            {
                Give(_idleCompilers, worker);
                break;
            }
            worker.Dispose();
            var culprit = (int)outcome.Cursor;
            if (culprit < 0 && done > first)
            {
                first = done; // it ended between programs after answering some: go on with a fresh one
                continue;
            }
            if (culprit < 0 || culprit >= sources.Count)
                throw new AlchemistException($"The compile worker failed {(outcome.Cursor == WorkerStatus.Starting ? "to start" : "between programs")} (exit code {outcome.ExitCode}): {outcome.Error}");
            checks[culprit] = ProgramCheck.Rejected(sources[culprit], outcome.ExitCode == ExitCodes.RowDeadline
                ? $"compiling it used more than {_options.CompileDeadline.TotalSeconds:0.#} s of CPU time; simplify the program."
                : $"compiling it crashed the compiler process (exit code {outcome.ExitCode}{(outcome.Error.Length > 0 ? ": " + outcome.Error : "")}); simplify the program.");
            first = culprit + 1;
        }
        return checks.Select((c, i) => c ?? ProgramCheck.Rejected(sources[i], "the compile worker gave no answer for this program.")).ToArray();
    }

    /// <summary>The compile worker's answer for one program; the source is ours, never the worker's.</summary>
    private static ProgramCheck ReadCheck(string folder, int index, ProgramSource source)
    {
        try
        {
            var check = WorkerFiles.Load<ProgramCheck>(CompileJob.OutputPath(folder, index));
            // Diagnostics quote the program (a literal, an identifier): shown, never obeyed by a terminal.
            return check with
            {
                Source = source,
                Image = check.Image is { } image ? image with { Name = source.Name } : null,
                Diagnostics = check.Diagnostics.Select(d => d with { Message = WorkerProcess.Sanitize(d.Message) }).ToArray(),
            };
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or AlchemistException)
        {
            return ProgramCheck.Rejected(source, $"the compile worker's answer could not be read ({e.Message}).");
        }
    }

    /// <inheritdoc />
    public async Task<EngineOutput> RunAsync(IReadOnlyList<ProgramCheck?> programs, LabelSet labels, IReadOnlyList<string> texts,
        Action<long> rowsDone, int stopAfterFaults, CancellationToken cancellationToken)
    {
        int n = texts.Count, m = programs.Count;
        var run = Interlocked.Increment(ref _runs);
        var textsPath = Path.Combine(_inputs, $"texts-{run}.bin");
        TextColumnFile.Write(textsPath, texts);
        try
        {
            var cells = new sbyte[(long)n * m];
            Array.Fill(cells, CellCode.NotRun);
            var seconds = new double[m];
            var faults = new FaultExamples(m, _options.MaxFaultExamples);
            var disabled = new Dictionary<int, string>();
            var active = new List<(int Column, string Key, string ImagePath)>();
            for (var j = 0; j < m; j++)
            {
                if (programs[j]?.Image is not { } image) continue;
                var key = Key(image, labels);
                lock (_stopped)
                {
                    if (_stopped.TryGetValue(key, out var reason))
                    {
                        disabled[j] = reason;
                        continue;
                    }
                }
                var imagePath = Path.Combine(_inputs, $"image-{key}.json");
                if (!File.Exists(imagePath)) WorkerFiles.Save(imagePath, image);
                active.Add((j, key, imagePath));
            }
            var ranges = Math.Clamp((_options.Parallelism + Math.Max(1, active.Count) - 1) / Math.Max(1, active.Count), 1, Math.Max(1, (n + MinRowsPerWorker - 1) / MinRowsPerWorker));
            var progress = new long[active.Count * ranges];
            var tasks = new List<Task>();
            for (var a = 0; a < active.Count; a++)
                for (var r = 0; r < ranges; r++)
                {
                    var (column, key, imagePath) = active[a];
                    var slot = a * ranges + r;
                    long start = (long)n * r / ranges, end = (long)n * (r + 1) / ranges;
                    var range = new ProgramRange(column, m, key, imagePath, textsPath, labels, start, end, stopAfterFaults, cells, seconds, faults, disabled,
                        done =>
                        {
                            Interlocked.Exchange(ref progress[slot], done);
                            rowsDone(progress.Sum() / active.Count);
                        });
                    tasks.Add(RangeAsync(range, cancellationToken));
                }
            await Task.WhenAll(tasks);
            return new EngineOutput(cells, seconds, faults.ToList(), disabled);
        }
        finally
        {
            File.Delete(textsPath);
        }
    }

    /// <summary>One program over one row range, and where its results go.</summary>
    private sealed record ProgramRange(int Column, int Columns, string Key, string ImagePath, string TextsPath, LabelSet Labels, long Start, long End,
        int StopAfterFaults, sbyte[] Cells, double[] Seconds, FaultExamples Faults, Dictionary<int, string> Disabled, Action<long> Progress);

    /// <summary>Runs one range to its end through as many worker launches as deaths require.</summary>
    private async Task RangeAsync(ProgramRange range, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            var start = range.Start;
            var skip = new List<long>();
            var retried = new HashSet<long>();
            var barren = 0;
            while (start < range.End)
            {
                lock (_stopped)
                    if (_stopped.TryGetValue(range.Key, out var stopped))
                    {
                        lock (range.Disabled) range.Disabled[range.Column] = stopped;
                        return;
                    }
                Stack<Worker>? pool;
                lock (_idle) _idle.TryGetValue(range.Key, out pool);
                var worker = (pool is null ? null : Take(pool)) ?? await StartAsync(WorkerRole.Program, _options.WorkerHeapLimitBytes, cancellationToken);
                worker.Process.Lines = line =>
                {
                    if (!line.LoadProblem) range.Faults.Add(new CellFault(line.Row, range.Column, line.Kind, line.Message));
                };
                var results = Path.Combine(worker.Folder, "results.bin");
                CreateResults(results, range.End - start);
                var job = new RunJob(range.ImagePath, range.Labels.Names, _options.Limits.MaxSteps, _options.Limits.MaxCallDepth, RegexSeconds(),
                    _options.StartupDeadline.TotalSeconds, _options.RowDeadline.TotalSeconds, range.TextsPath, start, range.End, skip, results,
                    worker.StatusPath, _options.MaxFaultExamples, range.StopAfterFaults);
                var outcome = await RunJobAsync(worker, job, start, done => range.Progress(done - range.Start), cancellationToken);
                var committed = Math.Clamp(worker.Status.Committed, start, range.End);
                Collect(results, range, start, committed);
                lock (range.Seconds) range.Seconds[range.Column] += worker.Status.Seconds;
                if (outcome.LoadProblem is { } loadProblem)
                {
                    Stop(range, $"creating the program failed: {loadProblem}");
                    Give(range.Key, worker);
                    return;
                }
                if (outcome.Finished)
                {
                    Give(range.Key, worker);
                    return;
                }
                worker.Dispose();
                start = committed;
                var cursor = outcome.Cursor;
                if (cursor == WorkerStatus.WarmingUp)
                {
                    Stop(range, outcome.ExitCode == ExitCodes.StartupDeadline
                        ? $"creating the program and its warm-up row used more than {_options.StartupDeadline.TotalSeconds:0.#} s of CPU time"
                        : $"its worker died while creating the program (exit code {outcome.ExitCode}{(outcome.Error.Length > 0 ? ": " + outcome.Error : "")})");
                    return;
                }
                if (cursor < start || cursor >= range.End)
                {
                    // Died outside any row (starting, between rows): not the program's doing; a second time in a row is the machine's.
                    if (++barren > 1)
                        throw new AlchemistException($"The program worker ({_command.FileName} {string.Join(' ', _command.Arguments)}) " +
                            $"{(cursor == WorkerStatus.Starting ? "failed to start" : "failed between rows")} (exit code {outcome.ExitCode}): {outcome.Error}");
                    continue;
                }
                barren = 0;
                if (retried.Add(cursor)) continue; // the same row once more, in a fresh worker, before it counts
                Blame(range, cursor, outcome);
                skip.Add(cursor);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Records the fault of the row that killed its worker twice, and stops a program that keeps doing it.</summary>
    private void Blame(ProgramRange range, long row, JobOutcome outcome)
    {
        var timeout = outcome.ExitCode == ExitCodes.RowDeadline;
        var fault = new CellFault((int)row, range.Column, timeout ? ProgramFaultKind.Timeout : ProgramFaultKind.Crash, timeout
            ? $"used more than {_options.RowDeadline.TotalSeconds:0.##} s of CPU time on this row, twice; its worker was ended"
            : $"the worker process died on this row, twice (exit code {outcome.ExitCode}{(outcome.Error.Length > 0 ? ": " + outcome.Error : "")})");
        range.Faults.Add(fault);
        range.Cells[row * range.Columns + range.Column] = CellCode.Of(fault.Kind);
        int kills;
        lock (_kills) _kills[range.Key] = kills = _kills.GetValueOrDefault(range.Key) + 1;
        if (kills >= _options.MaxKillsPerProgram)
            Stop(range, $"stopped after its rows killed its worker {kills} times (last: row {row}, {fault.Message})");
    }

    /// <summary>Stops a program for this run and every later one (later splits), with the reason.</summary>
    private void Stop(ProgramRange range, string reason)
    {
        lock (_stopped) _stopped.TryAdd(range.Key, reason);
        lock (range.Disabled) range.Disabled.TryAdd(range.Column, reason);
    }

    /// <summary>Copies a worker's cells for rows [start, committed) into the matrix; a code no program can produce is an invalid label.</summary>
    private static void Collect(string results, ProgramRange range, long start, long committed)
    {
        if (committed <= start) return;
        var codes = new sbyte[committed - start];
        using (var handle = File.OpenHandle(results))
            RandomAccess.Read(handle, MemoryMarshal.AsBytes(codes.AsSpan()), 0);
        var classes = range.Labels.Count;
        for (long i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            if (code == CellCode.NotRun) continue; // not computed here (a skipped culprit keeps its fault)
            var valid = code >= -1 && code < classes || code == CellCode.NotRun || CellCode.IsFault(code, out _);
            range.Cells[(start + i) * range.Columns + range.Column] = valid ? code : CellCode.Of(ProgramFaultKind.InvalidLabel);
        }
    }

    /// <summary>The result file starts as "not run" everywhere, so rows no worker reached never read as votes.</summary>
    private static void CreateResults(string path, long cells)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
        var fill = new byte[Math.Min(cells, 1 << 16)];
        Array.Fill(fill, unchecked((byte)CellCode.NotRun));
        for (var left = cells; left > 0; left -= fill.Length) stream.Write(fill, 0, (int)Math.Min(left, fill.Length));
    }

    /// <summary>How a job ended: finished, or the worker ended on the cursor with an exit code.</summary>
    private sealed record JobOutcome(bool Finished, long Cursor, int ExitCode, string Error, string? LoadProblem);

    /// <summary>
    /// Sends a job and waits until it is done or the worker ends. The worker bounds its own CPU time; the parent only
    /// keeps a wall-clock backstop for a worker that makes no progress at all for a long time (a bug, not a program).
    /// </summary>
    private async Task<JobOutcome> RunJobAsync<TJob>(Worker worker, TJob job, long start, Action<long>? progress, CancellationToken cancellationToken)
    {
        var jobPath = Path.Combine(worker.Folder, "job.json");
        worker.Status.Reset(start);
        WorkerFiles.Save(jobPath, job);
        string? loadProblem = null;
        var lines = worker.Process.Lines;
        worker.Process.Lines = line =>
        {
            if (line.LoadProblem) loadProblem = line.Message;
            lines?.Invoke(line);
        };
        var done = worker.Process.StartJob(jobPath);
        var exited = worker.Process.WaitForExitAsync();
        var stalled = Stopwatch.StartNew();
        var last = (worker.Status.Cursor, worker.Status.Committed);
        try
        {
            while (true)
            {
                await Task.WhenAny(done, exited, Task.Delay(Poll, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Invoke(worker.Status.Committed);
                if (done.IsCompleted) return new JobOutcome(true, worker.Status.Cursor, 0, "", loadProblem);
                if (exited.IsCompleted) return Ended(worker, killed: false, loadProblem);
                var now = (worker.Status.Cursor, worker.Status.Committed);
                if (now != last)
                {
                    last = now;
                    stalled.Restart();
                }
                else if (stalled.Elapsed > _options.StallBackstop)
                {
                    worker.Process.Kill();
                    await exited;
                    return Ended(worker, killed: true, loadProblem);
                }
            }
        }
        catch (OperationCanceledException)
        {
            worker.Dispose();
            throw;
        }
    }

    /// <summary>The outcome of a worker that ended; the caller reads its status, then disposes it.</summary>
    private static JobOutcome Ended(Worker worker, bool killed, string? loadProblem) =>
        new(false, worker.Status.Cursor, killed ? ExitCodes.RowDeadline : worker.Process.ExitCode, worker.Process.Error, loadProblem);

    /// <summary>Starts a worker of a role in a fresh folder of its own and waits for its jail report.</summary>
    private async Task<Worker> StartAsync(WorkerRole role, long heapLimit, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(_folder, $"w{Interlocked.Increment(ref _workers)}");
        Directory.CreateDirectory(folder);
        var statusPath = Path.Combine(folder, "status.bin");
        var status = WorkerStatus.Create(statusPath);
        var launch = new WorkerLaunch(role, [_inputs], folder, _options.WorkerNativeMemoryBytes);
        var process = new WorkerProcess(_command, launch, heapLimit, _bubblewrap);
        var worker = new Worker(process, status, folder, statusPath);
        var reported = await Task.WhenAny(process.Jail, process.WaitForExitAsync()).WaitAsync(_options.StallBackstop, cancellationToken);
        if (reported == process.Jail)
            lock (_jailProblems) foreach (var problem in process.Jail.Result) _jailProblems.Add(problem);
        return worker;
    }

    /// <summary>
    /// Regexes in workers run without a wall-clock match timeout (-1): the row's CPU deadline bounds them, where a
    /// wall-clock timeout would fire or not depending on the load of the machine.
    /// </summary>
    private static double RegexSeconds() => -1;

    /// <summary>A program's identity across runs: its image and the classes it labels.</summary>
    private static string Key(ProgramImage image, LabelSet labels) =>
        Convert.ToHexStringLower(SHA256.HashData([.. image.Assembly, .. System.Text.Encoding.UTF8.GetBytes(image.Name + "\n" + string.Join("\n", labels.Names))]))[..24];

    private static Worker? Take(Stack<Worker> pool)
    {
        lock (pool)
            while (pool.TryPop(out var worker))
                if (!worker.Process.HasExited) return worker;
                else worker.Dispose();
        return null;
    }

    private static void Give(Stack<Worker> pool, Worker worker)
    {
        lock (pool) pool.Push(worker);
    }

    private void Give(string key, Worker worker)
    {
        Stack<Worker> pool;
        lock (_idle) if (!_idle.TryGetValue(key, out pool!)) _idle[key] = pool = new Stack<Worker>();
        Give(pool, worker);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_idle) foreach (var worker in _idle.Values.SelectMany(p => p)) worker.Dispose();
        lock (_idleCompilers) foreach (var worker in _idleCompilers) worker.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a worker still closing; the next engine removes it
        }
    }

    /// <summary>Removes exchange folders whose process no longer runs (it was killed before it could clean up).</summary>
    private static void RemoveAbandonedFolders(string temp)
    {
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(temp, FolderPrefix + "*"))
            {
                var name = Path.GetFileName(folder)[FolderPrefix.Length..];
                var dash = name.IndexOf('-');
                if (dash <= 0 || !int.TryParse(name[..dash], out var pid) || pid == Environment.ProcessId || IsRunning(pid)) continue;
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // someone else's, or in use
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // an unreadable temp folder is not ours to fix
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>A started worker: its process, its status file and its own folder.</summary>
    private sealed record Worker(WorkerProcess Process, WorkerStatus Status, string Folder, string StatusPath) : IDisposable
    {
        public void Dispose()
        {
            Process.Dispose();
            Status.Dispose();
        }
    }
}
