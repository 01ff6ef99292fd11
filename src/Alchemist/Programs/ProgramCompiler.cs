using System.Reflection;
using Alchemist.Data;
using Alchemist.Programs.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alchemist.Programs;

/// <summary>
/// Turns untrusted program text into a safe, bounded <see cref="CompiledProgram"/>: extract the code
/// (<see cref="ProgramExtractor"/>), compile it for the semantic model, refuse anything outside the allow-list
/// (<see cref="SafetyChecker"/>), instrument loops, calls, catches and regexes (<see cref="ProgramInstrumenter"/>), and
/// emit it with Roslyn, optimised, into its own collectible load context. Diagnostics carry the line in the extracted code.
/// </summary>
public static class ProgramCompiler
{
    private static readonly SyntaxTree GlobalUsings =
        CSharpSyntaxTree.ParseText(string.Concat(ProgramExtractor.ImplicitUsings.Select(u => $"global using {u};\n")), ProgramExtractor.ParseOptions);

    private static readonly CSharpCompilationOptions CompilationOptions = new(OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release, allowUnsafe: false, concurrentBuild: false, deterministic: true,
        nullableContextOptions: NullableContextOptions.Annotations);

    private static int s_count;

    /// <summary>Compiles <paramref name="source"/> for a task with the given classes.</summary>
    /// <param name="source">The program text as the LLM or user wrote it.</param>
    /// <param name="labels">The task's classes: ids returned must be among them, names returned are mapped through them.</param>
    /// <param name="options">Limits and instrumentation; <see cref="ProgramCompilerOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the Roslyn work.</param>
    public static ProgramCompilation Compile(ProgramSource source, LabelSet labels, ProgramCompilerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= ProgramCompilerOptions.Default;
        if (!ProgramExtractor.TryExtract(source.Code, out var extracted, out var problem))
            return new ProgramCompilation(source, null, [new ProgramDiagnostic(problem)]);
        ProgramCompilation Reject(IEnumerable<ProgramDiagnostic> diagnostics) =>
            new(source, null, diagnostics.ToArray()) { Extracted = extracted };

        var tree = ProgramExtractor.Parse(extracted.Code);
        var compilation = CSharpCompilation.Create($"alchemist_program_{Interlocked.Increment(ref s_count)}", [GlobalUsings, tree],
            ProgramReferences.Check, CompilationOptions);
        var errors = Errors(compilation.GetDiagnostics(cancellationToken), tree);
        if (errors.Count > 0) return Reject(errors);

        var model = compilation.GetSemanticModel(tree);
        var declaration = ProgramExtractor.FindLabelingMethod(tree)!.Declaration;
        var method = (IMethodSymbol)model.GetDeclaredSymbol(declaration, cancellationToken)!;
        if (EntryProblem(method, extracted, labels) is { } entryProblem) return Reject([entryProblem]);
        var binding = FeatureBinding.Bind(method, extracted, options.FeatureNames, source.Path ?? source.Name);
        if (binding.Problem is { } bindingProblem) return Reject([bindingProblem]);

        var refusals = SafetyChecker.Check(model, tree.GetRoot(cancellationToken), method.IsStatic ? null : method.ContainingType);
        if (refusals.Count > 0) return Reject(refusals);

        cancellationToken.ThrowIfCancellationRequested();
        var regexes = new RegexRewriter(model, options.Limits.RegexTimeout);
        var instrumented = tree.WithRootAndOptions(new ProgramInstrumenter(model, options, regexes).Visit(tree.GetRoot(cancellationToken)), tree.Options);
        if (regexes.Diagnostics.Count > 0) return Reject(regexes.Diagnostics);
        var emitting = compilation.ReplaceSyntaxTree(tree, instrumented)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(regexes.CacheClassSource(), ProgramExtractor.ParseOptions))
            .WithReferences(ProgramReferences.Emit);

        using var image = new MemoryStream();
        var emitted = emitting.Emit(image, cancellationToken: cancellationToken);
        if (!emitted.Success) return Reject(Errors(emitted.Diagnostics, instrumented));
        image.Position = 0;

        var context = new ProgramLoadContext(source.Name);
        try
        {
            var label = Entry(context.LoadFromStream(image), method, binding, extracted.ReturnKind, labels, options.Limits);
            return new ProgramCompilation(source, new CompiledProgram(source.Name, method.Name, extracted.ReturnKind, options.Limits, label, context), [])
            {
                Extracted = extracted,
            };
        }
        catch (Exception e) when (e is TargetInvocationException or MissingMethodException or ProgramBudgetExceededException)
        {
            context.Unload();
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return Reject([new ProgramDiagnostic($"creating {method.ContainingType.Name} failed: {cause.GetType().Name}: {cause.Message}",
                extracted.MethodLine, method.ContainingType.Name)]);
        }
    }

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
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            if (type.IsGenericType)
                return new ProgramDiagnostic($"{method.Name} is declared in generic type {type.Name}; declare it in a plain class.", extracted.MethodLine, type.Name);
        if (!method.IsStatic && (method.ContainingType.IsAbstract || !method.ContainingType.InstanceConstructors.Any(c => c.Parameters.Length == 0)))
            return new ProgramDiagnostic($"{method.Name} is an instance method, but {method.ContainingType.Name} cannot be created without arguments; make the method static.",
                extracted.MethodLine, method.Name);
        return null;
    }

    /// <summary>
    /// A delegate from the row text through the loaded assembly's labeling method to a class id, per
    /// <see cref="ProgramReturnKind"/> (a feature program's row is parsed and its columns passed by <paramref name="binding"/>).
    /// </summary>
    private static Func<string, int> Entry(Assembly assembly, IMethodSymbol symbol, FeatureBinding binding, ProgramReturnKind kind, LabelSet labels, ProgramLimits limits)
    {
        var type = assembly.GetType(ProgramAllowList.MetadataName(symbol.ContainingType), throwOnError: true)!;
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        Type[] parameters = binding.Columns is { } bound ? Enumerable.Repeat(typeof(double), bound.Count).ToArray() : [typeof(string)];
        var method = type.GetMethod(symbol.Name, flags, parameters)
            ?? throw new MissingMethodException(type.FullName, symbol.Name);
        object? target = null;
        if (!method.IsStatic)
        {
            // The one instance serves every row (its fields were checked read-only); its constructor runs under a budget.
            ProgramBudget.Reset(limits);
            target = Activator.CreateInstance(type, nonPublic: true);
        }
        switch (kind)
        {
            case ProgramReturnKind.Int:
                return binding.Invoker<int>(method, target);
            case ProgramReturnKind.NullableInt:
                var nullableInt = binding.Invoker<int?>(method, target);
                return text => nullableInt(text) ?? LabelSet.Abstain;
            case ProgramReturnKind.Bool:
                var predicate = binding.Invoker<bool>(method, target);
                return text => predicate(text) ? 1 : 0;
            case ProgramReturnKind.NullableBool:
                var nullablePredicate = binding.Invoker<bool?>(method, target);
                return text => nullablePredicate(text) switch { true => 1, false => 0, null => LabelSet.Abstain };
            default:
                var named = binding.Invoker<string?>(method, target);
                return text => ClassIdOf(named(text), labels);
        }
    }

    /// <summary>A returned class name as an id: case-insensitive; null or "abstain" abstains; a number is taken as an id.</summary>
    private static int ClassIdOf(string? name, LabelSet labels)
    {
        if (name is null) return LabelSet.Abstain;
        if (labels.TryGetId(name, out var id)) return id;
        if (name.Trim().Equals("abstain", StringComparison.OrdinalIgnoreCase)) return LabelSet.Abstain;
        if (int.TryParse(name, out id)) return id;
        throw new ProgramOutputException($"returned \"{name}\", which is not a class name (classes: {string.Join(", ", labels.Names)}).");
    }
}
