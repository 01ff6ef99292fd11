using System.Text.Json;
using Alchemist.Programs;

namespace Alchemist.Labeling.Isolation;

/// <summary>What a worker process is for, for its whole life.</summary>
internal enum WorkerRole
{
    /// <summary>Checks, instruments and emits programs (Roslyn on untrusted text).</summary>
    Compile,

    /// <summary>Loads one program's image and runs it over rows.</summary>
    Program,
}

/// <summary>
/// How a worker starts, given on its command line (so the jail is in place before the first job is read): its role,
/// the folders it may read besides the runtime, the one folder it may write, and the native memory it may add after start.
/// </summary>
internal sealed record WorkerLaunch(WorkerRole Role, IReadOnlyList<string> Readable, string OwnFolder, long NativeMemoryBytes)
{
    /// <summary>The arguments after <c>worker</c>.</summary>
    public IEnumerable<string> ToArguments()
    {
        yield return "--role";
        yield return Role.ToString().ToLowerInvariant();
        foreach (var path in Readable)
        {
            yield return "--read";
            yield return path;
        }
        yield return "--own";
        yield return OwnFolder;
        yield return "--native-memory";
        yield return NativeMemoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Parses <see cref="ToArguments"/>.</summary>
    public static WorkerLaunch Parse(IReadOnlyList<string> args)
    {
        WorkerRole role = WorkerRole.Program;
        var readable = new List<string>();
        string? own = null;
        long addressSpace = 0;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--role": role = Enum.Parse<WorkerRole>(args[i + 1], ignoreCase: true); break;
                case "--read": readable.Add(args[i + 1]); break;
                case "--own": own = args[i + 1]; break;
                case "--native-memory": addressSpace = long.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new AlchemistException($"worker: unknown argument {args[i]}");
            }
        }
        return new WorkerLaunch(role, readable, own ?? throw new AlchemistException("worker: --own is required"), addressSpace);
    }
}

/// <summary>
/// A compile job: check and emit <see cref="Programs"/> from index <see cref="First"/> on, each within
/// <see cref="CpuSecondsPerProgram"/> of CPU time, writing <c>program-{i}.json</c> (a <see cref="ProgramCheck"/>) into
/// the worker's own folder.
/// </summary>
internal sealed record CompileJob(
    IReadOnlyList<string> Labels,
    IReadOnlyList<ProgramSource> Programs,
    int First,
    long MaxSteps,
    int MaxCallDepth,
    double RegexTimeoutSeconds,
    bool Instrument,
    bool Unchecked,
    IReadOnlyList<string>? FeatureNames,
    double CpuSecondsPerProgram,
    double StartupCpuSeconds,
    string StatusPath)
{
    /// <summary>The compiler options the parent chose.</summary>
    public ProgramCompilerOptions Compiler => new()
    {
        Limits = new ProgramLimits(MaxSteps, MaxCallDepth, RegexTimeoutSeconds < 0 ? System.Text.RegularExpressions.Regex.InfiniteMatchTimeout : TimeSpan.FromSeconds(RegexTimeoutSeconds)),
        Instrument = Instrument,
        Unchecked = Unchecked,
        FeatureNames = FeatureNames,
    };

    /// <summary>Where the outcome of program <paramref name="index"/> goes.</summary>
    public static string OutputPath(string folder, int index) => Path.Combine(folder, $"program-{index}.json");
}

/// <summary>
/// A run job: run the program in <see cref="ImagePath"/> over rows [RowStart, RowEnd) of the text file, leaving the
/// Skip rows alone, writing one cell code per row into <see cref="ResultsPath"/> (offset = row - RowStart) and
/// publishing progress in <see cref="StatusPath"/>. A row may use <see cref="RowCpuSeconds"/> of CPU; loading the
/// program and its warm-up row <see cref="StartupCpuSeconds"/>. See <see cref="CellRunner"/> for StopAfterFaults.
/// </summary>
internal sealed record RunJob(
    string ImagePath,
    IReadOnlyList<string> Labels,
    long MaxSteps,
    int MaxCallDepth,
    double RegexTimeoutSeconds,
    double StartupCpuSeconds,
    double RowCpuSeconds,
    string TextsPath,
    long RowStart,
    long RowEnd,
    IReadOnlyList<long> Skip,
    string ResultsPath,
    string StatusPath,
    int MaxFaultExamples,
    int StopAfterFaults)
{
    /// <summary>The per-row bounds compiled into the program.</summary>
    public ProgramLimits Limits => new(MaxSteps, MaxCallDepth,
        RegexTimeoutSeconds < 0 ? System.Text.RegularExpressions.Regex.InfiniteMatchTimeout : TimeSpan.FromSeconds(RegexTimeoutSeconds));
}

/// <summary>Reads and writes the job and exchange files (one JSON convention for all of them).</summary>
internal static class WorkerFiles
{
    /// <summary>Writes <paramref name="value"/> as JSON, atomically (a reader never sees half a file).</summary>
    public static void Save<T>(string path, T value) => AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, value, ProgramStatsFile.Json));

    /// <summary>Reads a JSON file written by <see cref="Save"/>.</summary>
    public static T Load<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), ProgramStatsFile.Json) ?? throw new AlchemistException($"{path}: empty worker file.");
}

/// <summary>One line a worker writes on its standard output besides <see cref="WorkerHost.DoneLine"/>.</summary>
/// <param name="Row">For a fault: the row.</param>
/// <param name="Kind">For a fault: its kind.</param>
/// <param name="Message">For a fault: what happened; for a load problem: why the program could not be created.</param>
/// <param name="Jail">For the first line: what of the jail could not be set up (empty when all of it holds).</param>
/// <param name="LoadProblem">True when the program could not be loaded (its constructor faulted).</param>
internal sealed record WorkerLine(int Row = 0, ProgramFaultKind Kind = default, string Message = "", IReadOnlyList<string>? Jail = null, bool LoadProblem = false)
{
    /// <summary>The line's text.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ProgramStatsFile.LineJson);

    /// <summary>Parses a line, or null when it is not one (a worker's output is not trusted to be well formed).</summary>
    public static WorkerLine? Parse(string line)
    {
        try
        {
            return line.StartsWith('{') ? JsonSerializer.Deserialize<WorkerLine>(line, ProgramStatsFile.LineJson) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
