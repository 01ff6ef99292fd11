using Microsoft.CodeAnalysis;

namespace Alchemist.Programs;

/// <summary>
/// The assemblies programs compile against. The check compiles against the whole framework so that a forbidden
/// type is named in a clear allow-list diagnostic rather than "type not found"; the emitted assembly compiles against
/// only what the allow-list needs plus the budget runtime, so nothing the check missed can link.
/// </summary>
internal static class ProgramReferences
{
    private static readonly string[] FrameworkAssemblies = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"))
        .ToArray();

    private static readonly HashSet<string> EmitAssemblies =
    [
        "System.Private.CoreLib.dll", "System.Runtime.dll", "System.Linq.dll", "System.Collections.dll",
        "System.Text.RegularExpressions.dll", "System.Memory.dll",
    ];

    private static readonly Lazy<MetadataReference[]> LazyCheck = new(() =>
        FrameworkAssemblies.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray());

    private static readonly Lazy<MetadataReference[]> LazyEmit = new(() =>
        LazyCheck.Value.Where(r => EmitAssemblies.Contains(Path.GetFileName(r.Display!)))
            .Append(MetadataReference.CreateFromFile(typeof(Runtime.ProgramBudget).Assembly.Location))
            .ToArray());

    /// <summary>Every framework assembly (for the safety check's semantic model).</summary>
    public static IReadOnlyList<MetadataReference> Check => LazyCheck.Value;

    /// <summary>The allow-list's assemblies and Alchemist's budget runtime (for the emitted program).</summary>
    public static IReadOnlyList<MetadataReference> Emit => LazyEmit.Value;
}
