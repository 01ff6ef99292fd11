using Microsoft.CodeAnalysis;

namespace Alchemist.Programs;

/// <summary>
/// The assemblies programs compile against. The first check compiles against the whole framework, so that a
/// forbidden type is named in a clear allow-list diagnostic rather than "type not found"; the emitted assembly (and
/// the final check on exactly what is emitted) compiles against only what the allow-list needs plus the tiny budget
/// runtime assembly, so nothing the checks missed can link. Both include the runtime, so a program's own look-alike
/// types cannot bind differently in the two.
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

    private static readonly Lazy<MetadataReference> Runtime = new(() => MetadataReference.CreateFromFile(typeof(Runtime.ProgramBudget).Assembly.Location));

    private static readonly Lazy<MetadataReference[]> LazyFramework = new(() =>
        FrameworkAssemblies.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray());

    private static readonly Lazy<MetadataReference[]> LazyCheck = new(() => LazyFramework.Value.Append(Runtime.Value).ToArray());

    private static readonly Lazy<MetadataReference[]> LazyEmit = new(() =>
        LazyFramework.Value.Where(r => EmitAssemblies.Contains(Path.GetFileName(r.Display!))).Append(Runtime.Value).ToArray());

    /// <summary>Every framework assembly and the budget runtime (for the first check's semantic model).</summary>
    public static IReadOnlyList<MetadataReference> Check => LazyCheck.Value;

    /// <summary>The allow-list's assemblies and the budget runtime (for the emitted program and its final check).</summary>
    public static IReadOnlyList<MetadataReference> Emit => LazyEmit.Value;
}
