using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Alchemist.Programs;

/// <summary>
/// Turns untrusted program text into a checked, bounded assembly image (<see cref="Check"/>) and, in the process
/// that is allowed to run it, into a <see cref="CompiledProgram"/> (<see cref="Compile"/>). The steps: refuse
/// oversized or deeply nested text before parsing (<see cref="ProgramSourceLimits"/>); extract the code
/// (<see cref="ProgramExtractor"/>); refuse preprocessor directives (so there is one parse and one tree), generic
/// declarations and namespaces the runtime owns; compile for the semantic model; refuse anything outside the
/// allow-list (<see cref="SafetyChecker"/>) and any write to state shared between rows (<see cref="SharedStateChecker"/>);
/// instrument loops, calls, catches and regexes on the syntax tree itself (<see cref="ProgramInstrumenter"/>); then
/// check the instrumented tree again, on the very compilation that is emitted, with the emit references. What is
/// emitted is exactly what passed that last check. Diagnostics carry the line in the extracted code.
/// </summary>
internal static class ProgramCompiler
{
    private static readonly SyntaxTree GlobalUsings =
        CSharpSyntaxTree.ParseText(string.Concat(ProgramExtractor.ImplicitUsings.Select(u => $"global using {u};\n")), ProgramExtractor.ParseOptions);

    private static readonly CSharpCompilationOptions CompilationOptions = new(OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release, allowUnsafe: false, concurrentBuild: false, deterministic: true,
        nullableContextOptions: NullableContextOptions.Annotations);

    /// <summary>
    /// Checks, instruments and emits <paramref name="source"/> without loading or running any of it. In the tool this
    /// runs only inside a compile worker (Roslyn itself is attacked by hostile text: time, memory, stack).
    /// </summary>
    /// <param name="source">The program text as the LLM or user wrote it.</param>
    /// <param name="labels">The task's classes (a bool program needs exactly two).</param>
    /// <param name="options">Limits and instrumentation; <see cref="ProgramCompilerOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the Roslyn work.</param>
    public static ProgramCheck Check(ProgramSource source, LabelSet labels, ProgramCompilerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= ProgramCompilerOptions.Default;
        if (ProgramSourceLimits.Refusal(source.Code) is { } tooBig) return ProgramCheck.Rejected(source, tooBig);
        if (!ProgramExtractor.TryExtract(source.Code, out var extracted, out var problem)) return ProgramCheck.Rejected(source, problem);
        ProgramCheck Reject(IEnumerable<ProgramDiagnostic> diagnostics) => new(source, extracted, null, diagnostics.Take(20).ToArray());

        var tree = ProgramExtractor.Parse(extracted.Code);
        if (!options.Unchecked && DeclarationChecker.Check(tree.GetRoot(cancellationToken)) is { Count: > 0 } declarations) return Reject(declarations);
        var compilation = CSharpCompilation.Create(AssemblyName(source), [GlobalUsings, tree], ProgramReferences.Check, CompilationOptions);
        var errors = Errors(compilation.GetDiagnostics(cancellationToken), tree);
        if (errors.Count > 0) return Reject(errors);

        var model = compilation.GetSemanticModel(tree);
        var declaration = ProgramExtractor.FindLabelingMethod(tree)!.Declaration;
        var method = (IMethodSymbol)model.GetDeclaredSymbol(declaration, cancellationToken)!;
        if (EntryProblem(method, extracted, labels) is { } entryProblem) return Reject([entryProblem]);
        var binding = FeatureBinding.Bind(method, extracted, options.FeatureNames, source.Path ?? source.Name);
        if (binding.Problem is { } bindingProblem) return Reject([bindingProblem]);

        var shared = method.IsStatic ? null : method.ContainingType;
        if (!options.Unchecked)
        {
            var refusals = SafetyChecker.Check(model, tree.GetRoot(cancellationToken), shared, RuntimeAccess.None);
            if (refusals.Count > 0) return Reject(refusals);
            if (SharedStateChecker.Check(model, tree.GetRoot(cancellationToken), shared) is { Count: > 0 } sharing) return Reject(sharing);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var regexes = new RegexRewriter(model, options.Limits.RegexTimeout);
        var instrumented = tree.WithRootAndOptions(new ProgramInstrumenter(model, options, regexes).Visit(tree.GetRoot(cancellationToken)), tree.Options);
        if (regexes.Diagnostics.Count > 0) return Reject(regexes.Diagnostics);
        var cache = CSharpSyntaxTree.ParseText(regexes.CacheClassSource(), ProgramExtractor.ParseOptions, cancellationToken: cancellationToken);
        var emitting = compilation.ReplaceSyntaxTree(tree, instrumented).AddSyntaxTrees(cache)
            .WithReferences(options.Unchecked ? ProgramReferences.Check : ProgramReferences.Emit);

        // The last check runs on the trees and references that are emitted, so nothing differs between what is
        // checked and what runs; only the runtime members the instrumenter calls are allowed beyond the program's own list.
        var final = Errors(emitting.GetDiagnostics(cancellationToken), instrumented);
        foreach (var emitted in options.Unchecked ? Array.Empty<SyntaxTree>() : [instrumented, cache])
            final.AddRange(SafetyChecker.Check(emitting.GetSemanticModel(emitted), emitted.GetRoot(cancellationToken), shared, RuntimeAccess.Instrumentation));
        if (final.Count > 0) return Reject(final.Select(d => d with { Message = "after instrumentation: " + d.Message }));

        using var image = new MemoryStream();
        var result = emitting.Emit(image, cancellationToken: cancellationToken);
        if (!result.Success) return Reject(Errors(result.Diagnostics, instrumented));
        return new ProgramCheck(source, extracted, new ProgramImage(source.Name, ProgramAllowList.MetadataName(method.ContainingType), method.Name,
            extracted.ReturnKind, binding.Columns, binding.ColumnCount, image.ToArray()), []);
    }

    /// <summary>
    /// <see cref="Check"/> and load into this process. Only for code that may run here: inside a program worker, in
    /// tests, and in the trusted in-process mode.
    /// </summary>
    public static ProgramCompilation Compile(ProgramSource source, LabelSet labels, ProgramCompilerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var (check, program) = CheckAndLoad(source, labels, options, cancellationToken);
        return new ProgramCompilation(source, program, check.Diagnostics) { Extracted = check.Extracted };
    }

    /// <summary>
    /// <see cref="Check"/> and load into this process; a program whose creation fails comes back rejected (no image)
    /// with the reason as its diagnostic. For the same callers as <see cref="Compile"/>.
    /// </summary>
    internal static (ProgramCheck Check, CompiledProgram? Program) CheckAndLoad(ProgramSource source, LabelSet labels, ProgramCompilerOptions? options,
        CancellationToken cancellationToken)
    {
        options ??= ProgramCompilerOptions.Default;
        var check = Check(source, labels, options, cancellationToken);
        if (check.Image is not { } image) return (check, null);
        var loaded = ProgramLoader.Load(image, labels, options.Limits, out var loadProblem);
        return loaded is null
            ? (check with { Image = null, Diagnostics = [new ProgramDiagnostic(loadProblem!, check.Extracted?.MethodLine, image.TypeName)] }, null)
            : (check, loaded);
    }

    /// <summary>The emitted assembly's name: deterministic (same program text, same bytes), unique per program.</summary>
    private static string AssemblyName(ProgramSource source) =>
        "alchemist_program_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source.Name + "\n" + source.Code)))[..16];

    private static List<ProgramDiagnostic> Errors(IEnumerable<Diagnostic> diagnostics, SyntaxTree tree) => diagnostics
        .Where(d => d.Severity == DiagnosticSeverity.Error)
        .Select(d => new ProgramDiagnostic($"{d.Id}: {d.GetMessage()}",
            d.Location.SourceTree == tree ? d.Location.GetLineSpan().StartLinePosition.Line + 1 : null))
        .Take(20)
        .ToList();

    /// <summary>Why the labeling method cannot be an entry point, or null.</summary>
    private static ProgramDiagnostic? EntryProblem(IMethodSymbol method, ExtractedProgram extracted, LabelSet labels)
    {
        if (extracted.ReturnKind is ProgramReturnKind.Bool or ProgramReturnKind.NullableBool && labels.Count != 2)
            return new ProgramDiagnostic($"{method.Name} returns bool, which only maps to a class on a two-class task (true = class 1); " +
                $"this task has {labels.Count} classes, so return a class id or name.", extracted.MethodLine, method.Name);
        if (method.IsGenericMethod)
            return new ProgramDiagnostic($"{method.Name} is generic; a labeling method takes a string (or double features) and has no type parameters.", extracted.MethodLine, method.Name);
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            if (type.IsGenericType)
                return new ProgramDiagnostic($"{method.Name} is declared in generic type {type.Name}; declare it in a plain class.", extracted.MethodLine, type.Name);
        if (!method.IsStatic && (method.ContainingType.IsAbstract || !method.ContainingType.InstanceConstructors.Any(c => c.Parameters.Length == 0)))
            return new ProgramDiagnostic($"{method.Name} is an instance method, but {method.ContainingType.Name} cannot be created without arguments; make the method static.",
                extracted.MethodLine, method.Name);
        return null;
    }
}
