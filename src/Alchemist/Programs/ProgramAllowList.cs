using Microsoft.CodeAnalysis;

namespace Alchemist.Programs;

/// <summary>
/// What a labeling program may touch: pure, deterministic computation on strings, numbers, collections and regexes.
/// Anything else (files, network, processes, the environment, reflection, threads, the GC, interop, clocks, random
/// numbers, console) is outside the list and rejected by <see cref="SafetyChecker"/>.
/// </summary>
internal static class ProgramAllowList
{
    /// <summary>Namespaces whose every type is allowed (nothing in them reaches outside the process's data).</summary>
    private static readonly HashSet<string> Namespaces = ["System.Collections.Generic"];

    /// <summary>Allowed types by metadata name; their nested types are allowed too.</summary>
    private static readonly HashSet<string> Types =
    [
        // primitives, strings, math
        "System.Object", "System.ValueType", "System.Void", "System.Boolean", "System.Char", "System.SByte", "System.Byte",
        "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Single",
        "System.Double", "System.Decimal", "System.String", "System.CharEnumerator", "System.Math", "System.MathF", "System.MidpointRounding",
        "System.Convert", "System.Index", "System.Range", "System.Nullable`1", "System.Enum", "System.StringComparison",
        "System.StringComparer", "System.StringSplitOptions", "System.IComparable", "System.IComparable`1",
        "System.IEquatable`1", "System.IDisposable", "System.IFormatProvider", "System.Text.StringBuilder",
        "System.Text.NormalizationForm", "System.Text.Rune",
        // tuples, arrays, spans, delegates
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8", "System.Tuple",
        "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4", "System.Tuple`5", "System.Tuple`6",
        "System.Tuple`7", "System.Tuple`8", "System.Array", "System.Span`1", "System.ReadOnlySpan`1", "System.MemoryExtensions",
        "System.Predicate`1", "System.Comparison`1", "System.Converter`2", "System.Action",
        .. Enumerable.Range(1, 16).Select(n => $"System.Action`{n}"),
        .. Enumerable.Range(1, 17).Select(n => $"System.Func`{n}"),
        // LINQ and non-generic enumeration
        "System.Linq.Enumerable", "System.Linq.IOrderedEnumerable`1", "System.Linq.IGrouping`2", "System.Linq.ILookup`2",
        "System.Linq.Lookup`2", "System.Collections.IEnumerable", "System.Collections.IEnumerator",
        // regexes
        "System.Text.RegularExpressions.Regex", "System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group",
        "System.Text.RegularExpressions.Capture", "System.Text.RegularExpressions.MatchCollection",
        "System.Text.RegularExpressions.GroupCollection", "System.Text.RegularExpressions.CaptureCollection",
        "System.Text.RegularExpressions.RegexOptions", "System.Text.RegularExpressions.MatchEvaluator",
        "System.Text.RegularExpressions.ValueMatch", "System.Text.RegularExpressions.RegexMatchTimeoutException",
        // culture-invariant text helpers
        "System.Globalization.CultureInfo", "System.Globalization.CharUnicodeInfo", "System.Globalization.UnicodeCategory",
        "System.Globalization.NumberStyles", "System.Globalization.CompareOptions",
        // exceptions a program may throw or catch (budget faults still pass every catch: see ProgramBudget.IsFault)
        "System.Exception", "System.ArgumentException", "System.ArgumentNullException", "System.ArgumentOutOfRangeException",
        "System.InvalidOperationException", "System.FormatException", "System.NotSupportedException",
        "System.NotImplementedException", "System.OverflowException", "System.IndexOutOfRangeException",
        "System.NullReferenceException", "System.DivideByZeroException",
    ];

    /// <summary>Members of allowed types that are still refused, with the reason.</summary>
    private static readonly Dictionary<string, string> DeniedMembers = new()
    {
        ["System.Object.GetType"] = "reflection",
        ["System.Array.CreateInstance"] = "reflection",
        ["System.Array.CreateInstanceFromArrayType"] = "reflection",
        ["System.Text.RegularExpressions.Regex.CacheSize"] = "process-wide mutable state",
        ["System.Text.RegularExpressions.Regex.CompileToAssembly"] = "writes an assembly",
        ["System.Text.RegularExpressions.Regex.InfiniteMatchTimeout"] = "every regex must run with a match timeout",
        ["System.Exception.TargetSite"] = "reflection",
        ["System.String.Intern"] = "the intern pool is process-wide state (a channel between rows)",
        ["System.String.IsInterned"] = "the intern pool is process-wide state (a channel between rows)",
    };

    /// <summary>The only <see cref="System.Globalization.CultureInfo"/> member: culture-dependent results are not deterministic.</summary>
    private const string InvariantCulture = "InvariantCulture";

    /// <summary>Why <paramref name="symbol"/> is refused, or null when the program may use it.</summary>
    public static string? Refusal(ISymbol symbol, IAssemblySymbol programAssembly)
    {
        switch (symbol)
        {
            case INamespaceSymbol or ILabelSymbol or IDiscardSymbol or IPreprocessingSymbol or IAliasSymbol:
                return null;
            case ILocalSymbol local:
                return TypeRefusal(local.Type, programAssembly);
            case IParameterSymbol parameter:
                return TypeRefusal(parameter.Type, programAssembly);
            case IRangeVariableSymbol:
                return null;
            case ITypeSymbol type:
                return TypeRefusal(type, programAssembly);
        }
        if (SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, programAssembly)) return null;
        if (symbol is IMethodSymbol { ReducedFrom: { } extension }) symbol = extension;
        symbol = symbol.OriginalDefinition;
        if (symbol is IEventSymbol) return "events are not allowed";
        var owner = symbol.ContainingType;
        if (owner is null) return "not allowed";
        if (TypeRefusal(owner, programAssembly) is { } ownerRefusal) return ownerRefusal;
        var memberName = $"{MetadataName(owner)}.{symbol.Name}";
        if (DeniedMembers.TryGetValue(memberName, out var reason)) return reason;
        if (symbol.Name == nameof(GetHashCode)) return "string and object hash codes are randomised per process, so results would not be deterministic";
        if (MetadataName(owner) == "System.Globalization.CultureInfo" && symbol.Name != InvariantCulture && symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor })
            return "only CultureInfo.InvariantCulture is allowed (other cultures make results machine-dependent)";
        return symbol switch
        {
            IMethodSymbol method => method.Parameters.Select(p => TypeRefusal(p.Type, programAssembly))
                .Append(method.ReturnsVoid ? null : TypeRefusal(method.ReturnType, programAssembly))
                .FirstOrDefault(r => r is not null),
            IPropertySymbol property => TypeRefusal(property.Type, programAssembly),
            IFieldSymbol field => TypeRefusal(field.Type, programAssembly),
            _ => null,
        };
    }

    /// <summary>Why a type is refused (for a generic type, its definition or any type argument), or null.</summary>
    public static string? TypeRefusal(ITypeSymbol type, IAssemblySymbol programAssembly) => type switch
    {
        IArrayTypeSymbol array => TypeRefusal(array.ElementType, programAssembly),
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => "pointers are not allowed",
        IDynamicTypeSymbol => "dynamic is not allowed",
        ITypeParameterSymbol or IErrorTypeSymbol => null,
        INamedTypeSymbol { IsAnonymousType: true } => null,
        INamedTypeSymbol named when SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, programAssembly) =>
            named.TypeArguments.Select(a => TypeRefusal(a, programAssembly)).FirstOrDefault(r => r is not null),
        INamedTypeSymbol named => IsAllowedDefinition(named.OriginalDefinition)
            ? named.TypeArguments.Select(a => TypeRefusal(a, programAssembly)).FirstOrDefault(r => r is not null)
            : $"{named.OriginalDefinition.ToDisplayString()} is outside the allow-list",
        _ => "not allowed",
    };

    private static bool IsAllowedDefinition(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
            if (Types.Contains(MetadataName(t)) || t.ContainingType is null && Namespaces.Contains(NamespaceOf(t))) return true;
        return false;
    }

    private static string NamespaceOf(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "";

    /// <summary>Namespace-qualified metadata name, nested types joined with '+' (as in <c>Type.FullName</c>).</summary>
    internal static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? $"{MetadataName(outer)}+{type.MetadataName}"
        : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? $"{ns.ToDisplayString()}.{type.MetadataName}"
        : type.MetadataName;
}
