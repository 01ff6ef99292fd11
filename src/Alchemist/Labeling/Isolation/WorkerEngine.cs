using System.Diagnostics;
using System.Runtime.InteropServices;
using Alchemist.Data;
using Alchemist.Programs;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// Runs programs in long-lived child processes, one per row range (<see cref="ApplyOptions.Parallelism"/> of them,
/// each single-threaded so the cell it publishes names the culprit exactly). Each worker gets a GC heap hard limit;
/// the parent polls the status file and kills a worker whose cell has not changed within the row deadline, or notices
/// one that died (stack overflow, fail-fast), records a timeout/crash fault on that program and row, and starts a
/// new worker after the last written block, told to skip that cell. A program that kills its worker
/// <see cref="ApplyOptions.MaxKillsPerProgram"/> times is not run any more. Workers outlive a run: the smoke run,
/// the full run and later splits reuse them (and their compiled programs) until the engine is disposed.
/// Ranges hold at least <see cref="MinRowsPerWorker"/> rows, so small data does not pay for a second worker's start.
/// </summary>
internal sealed class WorkerEngine(ApplyOptions options) : IProgramEngine, IDisposable
{
    private const int MinRowsPerWorker = 4096;

    private readonly WorkerProcess?[] _workers = new WorkerProcess?[options.Parallelism];
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>Time a worker may spend starting (runtime start and Roslyn compile) or between rows.</summary>
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(120);

    /// <inheritdoc />
    public async Task<EngineOutput> RunAsync(IReadOnlyList<ProgramCompilation?> programs, LabelSet labels, IReadOnlyList<string> texts,
        Action<long> rowsDone, int stopAfterFaults, CancellationToken cancellationToken)
    {
        var command = options.Worker ?? WorkerCommand.Locate();
        var folder = Path.Combine(options.TempDirectory ?? Path.GetTempPath(), $"alchemist-apply-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var run = new Run(options, command, _workers, folder, programs, labels, texts.Count, rowsDone, stopAfterFaults);
            TextColumnFile.Write(run.TextsPath, texts);
            CreateResults(run.ResultsPath, (long)texts.Count * programs.Count);
            using var status = WorkerStatus.Create(run.StatusPath, run.Slots, programs.Count);
            await Task.WhenAll(Enumerable.Range(0, run.Slots).Select(slot => Task.Run(() => run.SlotAsync(slot, status, cancellationToken), cancellationToken)));
            var cells = new sbyte[(long)texts.Count * programs.Count];
            using (var results = File.OpenHandle(run.ResultsPath))
                RandomAccess.Read(results, MemoryMarshal.AsBytes(cells.AsSpan()), 0);
            foreach (var culprit in run.Culprits) cells[(long)culprit.Row * programs.Count + culprit.Program] = CellCode.Of(culprit.Kind);
            return new EngineOutput(cells, run.Seconds, run.Faults.ToList(), run.Disabled);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var worker in _workers) worker?.Dispose();
    }

    /// <summary>The result file starts as "not run" everywhere, so rows no worker reached never read as votes.</summary>
    private static void CreateResults(string path, long cells)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, 1 << 20);
        var fill = new byte[Math.Min(cells, 1 << 20)];
        Array.Fill(fill, unchecked((byte)CellCode.NotRun));
        for (var left = cells; left > 0; left -= fill.Length) stream.Write(fill, 0, (int)Math.Min(left, fill.Length));
    }

    /// <summary>The state of one engine run shared by its worker slots.</summary>
    private sealed class Run(ApplyOptions options, WorkerCommand command, WorkerProcess?[] workers, string folder, IReadOnlyList<ProgramCompilation?> programs,
        LabelSet labels, int rows, Action<long> rowsDone, int stopAfterFaults)
    {
        private readonly int[] _kills = new int[programs.Count];
        private readonly long[] _done = new long[Math.Clamp((rows + MinRowsPerWorker - 1) / MinRowsPerWorker, 1, options.Parallelism)];

        public string TextsPath => Path.Combine(folder, "texts.bin");
        public string ResultsPath => Path.Combine(folder, "results.bin");
        public string StatusPath => Path.Combine(folder, "status.bin");
        public int Slots => _done.Length;
        public double[] Seconds { get; } = new double[programs.Count];
        public FaultExamples Faults { get; } = new(programs.Count, options.MaxFaultExamples);
        public List<CellFault> Culprits { get; } = [];
        public Dictionary<int, string> Disabled { get; } = [];

        /// <summary>Runs one row range to its end through as many worker launches as faults require.</summary>
        public async Task SlotAsync(int slot, WorkerStatus status, CancellationToken cancellationToken)
        {
            long start = (long)rows * slot / Slots, end = (long)rows * (slot + 1) / Slots;
            var skip = new List<long>();
            for (var launch = 0; start < end; launch++)
            {
                string?[] codes;
                lock (Disabled) codes = programs.Select((p, j) => p is null || Disabled.ContainsKey(j) ? null : p.Source.Code).ToArray();
                if (codes.All(c => c is null)) break;
                var jobPath = Path.Combine(folder, $"job-{slot}-{launch}.json");
                new WorkerJob(TextsPath, ResultsPath, StatusPath, slot, start, end, labels.Names, programs.Select((p, j) => p?.Source.Name ?? $"#{j}").ToArray(),
                    codes, skip, options.Limits.MaxSteps, options.Limits.MaxCallDepth, options.Limits.RegexTimeout.TotalSeconds, options.Instrument,
                    options.MaxFaultExamples, stopAfterFaults).Save(jobPath);
                status.Reset(slot, start);
                var outcome = await LaunchAsync(jobPath, slot, start, status, cancellationToken);
                lock (Seconds) for (var j = 0; j < Seconds.Length; j++) Seconds[j] += status.Seconds(slot, j);
                start = status.Committed(slot);
                if (outcome.ExitCode == 0 && !outcome.TimedOut && start == end) break;
                if (outcome.Cursor < 0)
                    throw new AlchemistException($"The program worker ({command.FileName} {string.Join(' ', command.Arguments)}) " +
                        $"{(outcome.Cursor == WorkerStatus.Starting ? "failed to start" : "failed between rows")} (exit code {outcome.ExitCode}): {outcome.Error}");
                Blame(outcome, skip);
            }
        }

        /// <summary>Records the timeout or crash on the cell the worker was on, and stops a program that keeps killing workers.</summary>
        private void Blame(LaunchOutcome outcome, List<long> skip)
        {
            var m = programs.Count;
            int row = (int)(outcome.Cursor / m), program = (int)(outcome.Cursor % m);
            var fault = outcome.TimedOut
                ? new CellFault(row, program, ProgramFaultKind.Timeout, $"ran past the {options.RowDeadline.TotalSeconds:0.##} s deadline per row; its worker was killed")
                : new CellFault(row, program, ProgramFaultKind.Crash, $"the worker process died (exit code {outcome.ExitCode}){(outcome.Error.Length > 0 ? ": " + outcome.Error : "")}");
            skip.Add(outcome.Cursor);
            Faults.Add(fault);
            lock (Disabled)
            {
                Culprits.Add(fault);
                if (++_kills[program] >= options.MaxKillsPerProgram && !Disabled.ContainsKey(program))
                    Disabled[program] = $"stopped after its worker was killed {_kills[program]} times (last: row {row}, {fault.Message})";
            }
        }

        private async Task<LaunchOutcome> LaunchAsync(string jobPath, int slot, long start, WorkerStatus status, CancellationToken cancellationToken)
        {
            var worker = workers[slot] ??= new WorkerProcess(command, options.WorkerHeapLimitBytes);
            worker.Faults = f => Faults.Add(new CellFault(f.Row, f.Program, f.Kind, f.Message));
            var done = worker.StartJob(jobPath);
            var exited = worker.WaitForExitAsync();
            try
            {
                var cursor = status.Cursor(slot);
                var unchanged = Stopwatch.StartNew();
                while (true)
                {
                    await Task.WhenAny(done, exited, Task.Delay(Poll, cancellationToken));
                    cancellationToken.ThrowIfCancellationRequested();
                    Interlocked.Exchange(ref _done[slot], status.Committed(slot) - (long)rows * slot / Slots);
                    rowsDone(_done.Sum());
                    if (done.IsCompleted) return new LaunchOutcome(status.Cursor(slot), 0, false, "");
                    if (exited.IsCompleted) return Ended(slot, worker, status.Cursor(slot), timedOut: false);
                    var now = status.Cursor(slot);
                    if (now != cursor)
                    {
                        cursor = now;
                        unchanged.Restart();
                    }
                    else if (unchanged.Elapsed > (cursor >= 0 ? options.RowDeadline : StartupLimit))
                    {
                        worker.Kill();
                        await exited;
                        return Ended(slot, worker, cursor, timedOut: true);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                worker.Kill();
                workers[slot] = null;
                worker.Dispose();
                throw;
            }
        }

        /// <summary>The outcome of a worker that died or was killed; the slot starts a fresh worker next time.</summary>
        private LaunchOutcome Ended(int slot, WorkerProcess worker, long cursor, bool timedOut)
        {
            var outcome = new LaunchOutcome(cursor, worker.ExitCode, timedOut, worker.Error);
            workers[slot] = null;
            worker.Dispose();
            return outcome;
        }
    }

    /// <summary>How a worker launch ended: the cell it was on, its exit code, whether we killed it on the deadline, and the start of its error output.</summary>
    private sealed record LaunchOutcome(long Cursor, int ExitCode, bool TimedOut, string Error);
}
