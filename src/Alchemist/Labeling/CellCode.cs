namespace Alchemist.Labeling;

/// <summary>
/// Values a cell takes while programs run: a class id, -1 for abstain, or a negative fault code that the applier
/// later counts per program and turns into an abstain. Codes travel through the worker's result file, so they are
/// part of the parent/worker protocol.
/// </summary>
internal static class CellCode
{
    /// <summary>The cell has not been computed (yet): its program was quarantined or disabled.</summary>
    public const sbyte NotRun = -128;

    private const sbyte FirstFault = -2;

    /// <summary>The code that records a fault of the given kind.</summary>
    public static sbyte Of(ProgramFaultKind kind) => (sbyte)(FirstFault - (int)kind);

    /// <summary>True when the code is a fault, with its kind.</summary>
    public static bool IsFault(sbyte code, out ProgramFaultKind kind)
    {
        kind = (ProgramFaultKind)(FirstFault - code);
        return code <= FirstFault && code > FirstFault - FaultKinds;
    }

    /// <summary>Number of fault kinds.</summary>
    public static readonly int FaultKinds = Enum.GetValues<ProgramFaultKind>().Length;
}
