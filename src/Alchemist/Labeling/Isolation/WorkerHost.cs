using Alchemist.Data;
using Alchemist.Programs;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// The child side of process isolation (<c>alchemist worker --job FILE</c>): compiles the job's programs, runs them
/// over its row range reading the text file itself, writes cell codes into the shared result file block by block,
/// publishes the cell it is on in the status file and reports the first faults per program on standard output.
/// The parent enforces the deadline and the heap limit; the worker only has to be honest about where it is.
/// </summary>
public static class WorkerHost
{
    private const int BlockRows = 1024;

    /// <summary>Runs the job in <paramref name="jobPath"/>; returns the process exit code (0 when every row was written).</summary>
    public static int Run(string jobPath)
    {
        var job = WorkerJob.Load(jobPath);
        ExitWhenParentGoes();
        AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(job.RegexTimeoutSeconds));
        var labels = new LabelSet(job.Labels);
        var programs = job.ProgramCodes.Select((code, j) => code is null ? null : Compile(new ProgramSource(job.ProgramNames[j], code), labels)).ToArray();
        var m = programs.Length;
        using var status = WorkerStatus.Open(job.StatusPath, m);
        using var texts = new TextColumnFile.Reader(job.TextsPath);
        using var results = File.OpenHandle(job.ResultsPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var runner = new CellRunner(programs, labels.Count, new Reporter(status, job.Slot, m, job.MaxFaultExamples, output));
        var skip = job.Skip.ToHashSet();
        var seconds = new double[m];
        var block = new string[BlockRows];
        var cells = new sbyte[BlockRows * m];
        for (var first = job.RowStart; first < job.RowEnd; first += BlockRows)
        {
            var count = (int)Math.Min(BlockRows, job.RowEnd - first);
            status.SetCursor(job.Slot, WorkerStatus.Between);
            texts.Read(first, block.AsSpan(0, count));
            runner.RunBlock((int)first, block.AsSpan(0, count), cells, seconds, skip);
            status.SetCursor(job.Slot, WorkerStatus.Between);
            RandomAccess.Write(results, System.Runtime.InteropServices.MemoryMarshal.AsBytes(cells.AsSpan(0, count * m)), first * m);
            status.Commit(job.Slot, first + count, seconds);
        }
        return 0;
    }

    private static Func<string, int> Compile(ProgramSource source, LabelSet labels)
    {
        var compilation = ProgramCompiler.Compile(source, labels);
        return compilation.Program is { } program ? program.Label
            : throw new AlchemistException($"worker: program {source.Name} does not compile: {string.Join("; ", compilation.Diagnostics)}");
    }

    /// <summary>The parent holds our standard input open; end of input means it is gone, and so must we be.</summary>
    private static void ExitWhenParentGoes()
    {
        var thread = new Thread(() =>
        {
            using var input = Console.OpenStandardInput();
            var buffer = new byte[64];
            while (input.Read(buffer) > 0) { }
            Environment.Exit(3);
        }) { IsBackground = true, Name = "parent-watch" };
        thread.Start();
    }

    private sealed class Reporter(WorkerStatus status, int slot, int columns, int maxExamples, TextWriter output) : CellObserver
    {
        private readonly int[] _reported = new int[columns];

        public override void Starting(int row, int program) => status.SetCursor(slot, (long)row * columns + program);

        public override void Fault(int row, int program, ProgramFaultKind kind, string message)
        {
            if (_reported[program]++ < maxExamples) output.WriteLine(new WorkerFaultLine(row, program, kind, message).ToJson());
        }
    }
}
