namespace Alchemist.Labeling;

/// <summary>What one program did over one split: votes, abstains, faults and time, or why it was not run.</summary>
/// <param name="Name">The program's name (its label-matrix column).</param>
/// <param name="Rows">Rows the program was applied to.</param>
/// <param name="Votes">Rows on which it returned a class id.</param>
/// <param name="Abstains">Rows on which it returned -1 (faults excluded).</param>
/// <param name="Faults">Faulted rows by kind (faulted rows count as abstains in the label matrix).</param>
/// <param name="FaultExamples">The first few faults, in row order.</param>
/// <param name="Seconds">Wall time spent inside the program, summed over workers.</param>
/// <param name="QuarantineReason">Why the program was not run (rejected at compile/check time, faulted on most of the smoke sample, killed too often); null when it ran.</param>
/// <param name="Diagnostics">Compile/check diagnostics when it was rejected.</param>
public sealed record ProgramStats(
    string Name,
    int Rows,
    int Votes,
    int Abstains,
    IReadOnlyDictionary<ProgramFaultKind, int> Faults,
    IReadOnlyList<ProgramFault> FaultExamples,
    double Seconds,
    string? QuarantineReason = null,
    IReadOnlyList<string>? Diagnostics = null)
{
    /// <summary>Total faulted rows.</summary>
    public int FaultCount => Faults.Values.Sum();

    /// <summary>True when the program's column is all-abstain because it was not run.</summary>
    public bool Quarantined => QuarantineReason is not null;

    /// <summary>Fraction of rows with a vote.</summary>
    public double Coverage => Rows == 0 ? 0 : (double)Votes / Rows;
}
