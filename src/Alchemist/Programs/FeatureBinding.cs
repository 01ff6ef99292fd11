using System.Linq.Expressions;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Alchemist.Programs;

/// <summary>
/// Binds a feature program's parameters to the task's feature columns by name (<see cref="FeatureNames.Key"/>:
/// case-insensitive, snake_case and camelCase alike) and calls it from a row's text: the row is parsed with
/// <see cref="FeatureRow"/> in host code (outside the program's budget) and the bound values passed by
/// position. A text program's binding (<see cref="Columns"/> null) calls the method with the text itself.
/// </summary>
/// <param name="Columns">For each parameter, the index of its feature column; null for a text program.</param>
/// <param name="ColumnCount">The number of feature columns a row holds.</param>
/// <param name="Problem">Why the program cannot be bound, or null.</param>
internal sealed record FeatureBinding(IReadOnlyList<int>? Columns, int ColumnCount, ProgramDiagnostic? Problem)
{
    private static readonly MethodInfo ParseRow = typeof(FeatureRow).GetMethod(nameof(FeatureRow.Parse))!;

    /// <summary>The binding of <paramref name="method"/> to <paramref name="featureNames"/>, or the problem that prevents it.</summary>
    /// <param name="method">The labeling method.</param>
    /// <param name="extracted">The extracted program (its feature parameters, its line).</param>
    /// <param name="featureNames">The task's feature columns, or null for a text task.</param>
    /// <param name="program">The program's file or name, for messages.</param>
    public static FeatureBinding Bind(IMethodSymbol method, ExtractedProgram extracted, IReadOnlyList<string>? featureNames, string program)
    {
        if (!extracted.IsFeatureProgram)
            return featureNames is null ? new FeatureBinding(null, 0, null)
                : Fail($"{program}: {method.Name} takes a string, but this task's rows are numeric features ({Shown(featureNames)}); " +
                    "take the features you use as double parameters named after them.", extracted, method);
        if (featureNames is null)
            return Fail($"{program}: {method.Name} takes double features, but this task's rows are text; take one string.", extracted, method);
        if (!method.IsStatic) return Fail($"{program}: feature program {method.Name} must be static.", extracted, method);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < featureNames.Count; i++) columns.TryAdd(FeatureNames.Key(featureNames[i]), i);
        var indices = new int[extracted.FeatureParameters.Count];
        for (var p = 0; p < indices.Length; p++)
        {
            var parameter = extracted.FeatureParameters[p];
            if (!columns.TryGetValue(FeatureNames.Key(parameter), out indices[p]))
                return Fail($"{program}: parameter '{parameter}' of {method.Name} names no feature column (columns: {Shown(featureNames)}).", extracted, method);
        }
        return new FeatureBinding(indices, featureNames.Count, null);
    }

    /// <summary>A delegate from the row text to the method's answer.</summary>
    public Func<string, T> Invoker<T>(MethodInfo method, object? target)
    {
        if (Columns is null) return method.CreateDelegate<Func<string, T>>(target);
        // An expression tree, not generated C#: it may call a private method, and it is host code, not the program's.
        var row = Expression.Parameter(typeof(string), "row");
        var values = Expression.Variable(typeof(double[]), "values");
        var body = Expression.Block([values],
            Expression.Assign(values, Expression.Call(ParseRow, row, Expression.Constant(ColumnCount))),
            Expression.Call(method, Columns.Select(c => (Expression)Expression.ArrayIndex(values, Expression.Constant(c)))));
        return Expression.Lambda<Func<string, T>>(body, row).Compile();
    }

    private static FeatureBinding Fail(string message, ExtractedProgram extracted, IMethodSymbol method) =>
        new(null, 0, new ProgramDiagnostic(message, extracted.MethodLine, method.Name));

    private static string Shown(IReadOnlyList<string> names) =>
        names.Count <= 12 ? string.Join(", ", names) : string.Join(", ", names.Take(12)) + $", … ({names.Count} in all)";
}
