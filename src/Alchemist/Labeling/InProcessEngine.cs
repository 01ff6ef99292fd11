using Alchemist.Programs;

namespace Alchemist.Labeling;

/// <summary>
/// Runs programs on threads of this process, blocks of rows handed out to <see cref="ApplyOptions.Parallelism"/>
/// threads. No deadline and no heap limit: for trusted code and as the baseline of the isolation overhead.
/// </summary>
internal sealed class InProcessEngine(ApplyOptions options) : IProgramEngine, IDisposable
{
    private const int BlockRows = 1024;
    private readonly Dictionary<ProgramImage, CompiledProgram?> _loaded = new(ReferenceEqualityComparer.Instance);

    /// <inheritdoc />
    public IReadOnlyList<string> JailProblems => [];

    /// <inheritdoc />
    public Task<IReadOnlyList<ProgramCheck>> CompileAsync(IReadOnlyList<ProgramSource> sources, LabelSet labels, CancellationToken cancellationToken)
    {
        var checks = new ProgramCheck[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            var (check, program) = ProgramCompiler.CheckAndLoad(sources[i], labels, options.Compiler, cancellationToken);
            if (program is not null) lock (_loaded) _loaded[check.Image!] = program;
            checks[i] = check;
        }
        return Task.FromResult<IReadOnlyList<ProgramCheck>>(checks);
    }

    /// <summary>Unloads the programs.</summary>
    public void Dispose()
    {
        lock (_loaded) foreach (var program in _loaded.Values) program?.Dispose();
    }

    /// <inheritdoc />
    public Task<EngineOutput> RunAsync(IReadOnlyList<ProgramCheck?> programs, LabelSet labels, IReadOnlyList<string> texts,
        Action<long> rowsDone, int stopAfterFaults, CancellationToken cancellationToken)
    {
        int n = texts.Count, m = programs.Count;
        CompiledProgram?[] functions;
        lock (_loaded) functions = programs.Select(p => p?.Image is { } image ? _loaded.GetValueOrDefault(image) : null).ToArray();
        var cells = new sbyte[(long)n * m];
        var seconds = new double[m];
        var faults = new FaultExamples(m, options.MaxFaultExamples);
        var nextBlock = -1;
        long done = 0;
        var threads = Enumerable.Range(0, Math.Min(options.Parallelism, Math.Max(1, (n + BlockRows - 1) / BlockRows))).Select(_ => Task.Factory.StartNew(() =>
        {
            var runner = new CellRunner(functions, labels.Count, faults, stopAfterFaults);
            var local = new double[m];
            var block = new string[BlockRows];
            for (int b; (b = Interlocked.Increment(ref nextBlock)) * (long)BlockRows < n;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int first = b * BlockRows, count = Math.Min(BlockRows, n - first);
                for (var r = 0; r < count; r++) block[r] = texts[first + r];
                runner.RunBlock(first, block.AsSpan(0, count), cells.AsSpan(first * m, count * m), local);
                rowsDone(Interlocked.Add(ref done, count));
            }
            lock (seconds) for (var j = 0; j < m; j++) seconds[j] += local[j];
        }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        return Task.WhenAll(threads).ContinueWith(t =>
        {
            t.GetAwaiter().GetResult();
            return new EngineOutput(cells, seconds, faults.ToList(), new Dictionary<int, string>());
        }, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);
    }
}
