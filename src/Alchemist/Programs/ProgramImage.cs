namespace Alchemist.Programs;

/// <summary>
/// A program that passed every check, emitted as an assembly image and not yet loaded: what a compile worker hands
/// back and what a program worker loads. Nothing of the program has run while it was made.
/// </summary>
/// <param name="Name">The program's name (its label-matrix column).</param>
/// <param name="TypeName">Metadata name of the class declaring the labeling method.</param>
/// <param name="MethodName">The labeling method.</param>
/// <param name="ReturnKind">What the method returns, and so how an answer maps to a class id.</param>
/// <param name="FeatureColumns">For a feature program, the feature column bound to each parameter; null for text.</param>
/// <param name="FeatureCount">Number of feature columns a row carries (0 for text).</param>
/// <param name="Assembly">The emitted assembly.</param>
internal sealed record ProgramImage(string Name, string TypeName, string MethodName, ProgramReturnKind ReturnKind,
    IReadOnlyList<int>? FeatureColumns, int FeatureCount, byte[] Assembly);

/// <summary>The outcome of checking and emitting one <see cref="ProgramSource"/>: an image, or the reasons it was rejected.</summary>
/// <param name="Source">The program as written.</param>
/// <param name="Extracted">The code found in the source, when extraction succeeded (what was checked and emitted).</param>
/// <param name="Image">The emitted program; null when rejected.</param>
/// <param name="Diagnostics">Why it was rejected; empty when accepted.</param>
internal sealed record ProgramCheck(ProgramSource Source, ExtractedProgram? Extracted, ProgramImage? Image, IReadOnlyList<ProgramDiagnostic> Diagnostics)
{
    /// <summary>True when the program passed and was emitted.</summary>
    public bool Success => Image is not null;

    /// <summary>A rejection of <paramref name="source"/> for one reason.</summary>
    internal static ProgramCheck Rejected(ProgramSource source, string reason) => new(source, null, null, [new ProgramDiagnostic(reason)]);
}
