namespace Alchemist.Programs;

/// <summary>
/// The C# found in an LLM answer, made into a compilation unit: <see cref="Code"/> keeps the line numbers of the code
/// block it came from (diagnostics refer to them), with the labeling method identified.
/// </summary>
/// <param name="Code">The compilable code: the chosen block, a bare method wrapped in a class on the same lines,
/// demo code (top-level statements, <c>Main</c>) blanked out.</param>
/// <param name="MethodName">The labeling method found.</param>
/// <param name="MethodLine">1-based line of the labeling method in <see cref="Code"/>.</param>
/// <param name="ReturnKind">What the method returns.</param>
/// <param name="FeatureParameters">For a feature program (every parameter a <c>double</c>), the parameter names in
/// order; empty for a text program (one <c>string</c> parameter).</param>
internal sealed record ExtractedProgram(string Code, string MethodName, int MethodLine, ProgramReturnKind ReturnKind,
    IReadOnlyList<string> FeatureParameters)
{
    /// <summary>True when the program reads named numeric features rather than text.</summary>
    public bool IsFeatureProgram => FeatureParameters.Count > 0;
}
