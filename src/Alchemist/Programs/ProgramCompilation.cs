namespace Alchemist.Programs;

/// <summary>A problem found while extracting, checking or compiling a program; <see cref="Line"/> is 1-based in the extracted code.</summary>
internal sealed record ProgramDiagnostic(string Message, int? Line = null, string? Symbol = null)
{
    /// <inheritdoc />
    public override string ToString() => Line is null ? Message : $"line {Line}: {Message}";
}

/// <summary>The outcome of compiling one <see cref="ProgramSource"/>: a program, or the reasons it was rejected.</summary>
internal sealed record ProgramCompilation(ProgramSource Source, CompiledProgram? Program, IReadOnlyList<ProgramDiagnostic> Diagnostics)
{
    /// <summary>True when the program was accepted and compiled.</summary>
    public bool Success => Program is not null;

    /// <summary>The code found in the source, when extraction succeeded (what was checked and compiled).</summary>
    public ExtractedProgram? Extracted { get; init; }
}
