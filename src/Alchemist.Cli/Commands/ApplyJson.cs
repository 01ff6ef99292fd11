using Alchemist.Data;
using Alchemist.Labeling;
using Alchemist.Pipeline;

namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist apply</c>: each program over all rows, each split's programs, and how loading went.</summary>
internal sealed record ApplyJson(int Rows, ApplyProgramJson[] Programs, IReadOnlyDictionary<string, ApplySplitJson> Splits,
    IReadOnlyDictionary<string, DataLoadReport>? Loads, double Seconds)
{
    public static ApplyJson Of(ApplyStepResult result)
    {
        var rows = result.Splits.Values.Sum(s => s.Matrix.Rows);
        var programs = result.Manifest.Programs.Select((name, j) => new ApplyProgramJson(
            name,
            rows == 0 ? 0 : (double)result.Splits.Values.Sum(s => s.Programs[j].Votes) / rows,
            result.Splits.Values.Sum(s => s.Programs[j].FaultCount),
            result.Splits.Values.Any(s => s.Programs[j].Quarantined))).ToArray();
        var splits = result.Splits.ToDictionary(s => s.Key, s => new ApplySplitJson(s.Value.Matrix.Rows, s.Value.Seconds,
            s.Value.Programs.Select(p => new ApplySplitProgramJson(p.Name, p.Coverage, p.Votes, p.FaultCount, p.Faults, p.Quarantined, p.QuarantineReason)).ToArray()));
        return new ApplyJson(rows, programs, splits, result.Manifest.Loads, result.Seconds);
    }
}

/// <summary>One program over all splits.</summary>
internal sealed record ApplyProgramJson(string Name, double Coverage, int Faults, bool Quarantined);

/// <summary>One split: its rows, time and programs.</summary>
internal sealed record ApplySplitJson(int Rows, double Seconds, ApplySplitProgramJson[] Programs);

/// <summary>One program on one split.</summary>
internal sealed record ApplySplitProgramJson(string Name, double Coverage, int Votes, int Faults, IReadOnlyDictionary<ProgramFaultKind, int> FaultsByKind,
    bool Quarantined, string? QuarantineReason);
