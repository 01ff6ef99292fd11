using System.Reflection;
using Alchemist.Programs.Runtime;

namespace Alchemist.Programs;

/// <summary>
/// Loads a <see cref="ProgramImage"/> into its own collectible load context and binds its labeling method to a
/// delegate from row text to class id. Loading may run the program's code (an instance program's constructor), so
/// this is only ever called where the program may run: a program worker, a test, or trusted in-process mode.
/// </summary>
internal static class ProgramLoader
{
    /// <summary>The loaded program, or null with <paramref name="problem"/> saying why (the constructor faulted, ...).</summary>
    public static CompiledProgram? Load(ProgramImage image, LabelSet labels, ProgramLimits limits, out string? problem)
    {
        var context = new ProgramLoadContext(image.Name);
        try
        {
            using var stream = new MemoryStream(image.Assembly, writable: false);
            var label = Entry(context.LoadFromStream(stream), image, labels, limits);
            problem = null;
            return new CompiledProgram(image.Name, image.MethodName, image.ReturnKind, limits, label, context);
        }
        catch (Exception e) when (e is TargetInvocationException or MissingMethodException or TypeLoadException or BadImageFormatException
                                    or ProgramBudgetExceededException or TypeInitializationException)
        {
            context.Unload();
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            problem = $"creating {image.TypeName} failed: {cause.GetType().Name}: {cause.Message}";
            return null;
        }
    }

    /// <summary>
    /// A delegate from the row text through the loaded assembly's labeling method to a class id, per
    /// <see cref="ProgramReturnKind"/> (a feature program's row is parsed and its columns passed by position).
    /// </summary>
    private static Func<string, int> Entry(Assembly assembly, ProgramImage image, LabelSet labels, ProgramLimits limits)
    {
        var type = assembly.GetType(image.TypeName, throwOnError: true)!;
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var binding = new FeatureBinding(image.FeatureColumns, image.FeatureCount, null);
        Type[] parameters = image.FeatureColumns is { } bound ? Enumerable.Repeat(typeof(double), bound.Count).ToArray() : [typeof(string)];
        var method = type.GetMethod(image.MethodName, flags, parameters);
        if (method is null || method.IsGenericMethodDefinition) throw new MissingMethodException(type.FullName, image.MethodName);
        object? target = null;
        if (!method.IsStatic)
        {
            // The one instance serves every row (its state was checked read-only); its constructor runs under a budget.
            ProgramBudget.Reset(limits.MaxSteps, limits.MaxCallDepth);
            target = Activator.CreateInstance(type, nonPublic: true);
        }
        switch (image.ReturnKind)
        {
            case ProgramReturnKind.ClassId:
                return binding.Invoker<int>(method, target);
            case ProgramReturnKind.NullableClassId:
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
