using System.Reflection;
using Alchemist.Data;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Alchemist.Programs;

/// <summary>Turns program text into a runnable <see cref="CompiledProgram"/> with Roslyn, in memory.</summary>
public static class ProgramCompiler
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Linq.dll"
                or "System.Collections.dll" or "System.Text.RegularExpressions.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray());

    /// <summary>Compiles <paramref name="source"/> for a task with the given classes.</summary>
    public static ProgramCompilation Compile(ProgramSource source, LabelSet labels)
    {
        var tree = CSharpSyntaxTree.ParseText("using System; using System.Linq; using System.Collections.Generic; using System.Text.RegularExpressions;\n" + source.Code);
        var compilation = CSharpCompilation.Create($"program_{Guid.NewGuid():N}", [tree], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
            return new ProgramCompilation(source, null, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => new ProgramDiagnostic(d.GetMessage(), d.Location.GetLineSpan().StartLinePosition.Line)).ToArray());
        stream.Position = 0;
        var context = new ProgramLoadContext(source.Name);
        var method = context.LoadFromStream(stream).GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .FirstOrDefault(m => m.ReturnType == typeof(int) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string));
        if (method is null)
        {
            context.Unload();
            return new ProgramCompilation(source, null, [new ProgramDiagnostic("No static method taking a string and returning an int was found.")]);
        }
        return new ProgramCompilation(source, new CompiledProgram(source.Name, method.CreateDelegate<Func<string, int>>(), context), []);
    }
}
