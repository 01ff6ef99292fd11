using System.Text.Json;
using Alchemist.Programs;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// What one worker launch does, written by the parent as a JSON file: run the programs (a null code is a program not
/// to run) over rows [RowStart, RowEnd) of the text file, leaving the Skip cells alone, writing cell codes into the
/// result file and publishing progress in status slot Slot (see <see cref="CellRunner"/> for StopAfterFaults). On a
/// feature task FeatureNames lists the columns each row text carries (see <see cref="Programs.FeatureRow"/>).
/// </summary>
internal sealed record WorkerJob(
    string TextsPath,
    string ResultsPath,
    string StatusPath,
    int Slot,
    long RowStart,
    long RowEnd,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> ProgramNames,
    IReadOnlyList<string?> ProgramCodes,
    IReadOnlyList<long> Skip,
    long MaxSteps,
    int MaxCallDepth,
    double RegexTimeoutSeconds,
    bool Instrument,
    int MaxFaultExamples,
    int StopAfterFaults,
    IReadOnlyList<string>? FeatureNames = null)
{
    /// <summary>How the worker compiles the programs: as the parent did (feature columns included, so it binds alike).</summary>
    public ProgramCompilerOptions Compiler => new()
    {
        Limits = new ProgramLimits(MaxSteps, MaxCallDepth, TimeSpan.FromSeconds(RegexTimeoutSeconds)),
        Instrument = Instrument,
        FeatureNames = FeatureNames,
    };

    /// <summary>Writes the job file.</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, ProgramStatsFile.Json));

    /// <summary>Reads a job file.</summary>
    public static WorkerJob Load(string path) =>
        JsonSerializer.Deserialize<WorkerJob>(File.ReadAllText(path), ProgramStatsFile.Json)
        ?? throw new AlchemistException($"{path}: empty worker job.");
}

/// <summary>One fault a worker reports on its standard output, one JSON object per line.</summary>
internal sealed record WorkerFaultLine(int Row, int Program, ProgramFaultKind Kind, string Message)
{
    /// <summary>The line's text.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ProgramStatsFile.LineJson);

    /// <summary>Parses a line, or null when it is not a fault line.</summary>
    public static WorkerFaultLine? Parse(string line)
    {
        try
        {
            return line.StartsWith('{') ? JsonSerializer.Deserialize<WorkerFaultLine>(line, ProgramStatsFile.LineJson) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
