using Microsoft.CodeAnalysis;

namespace Alchemist.Programs;

/// <summary>Which members of the budget runtime a checked tree may reference.</summary>
internal enum RuntimeAccess
{
    /// <summary>None: the program as written (a program calling the runtime itself is refused).</summary>
    None,

    /// <summary>The members the instrumenter and regex rewriter emit, and nothing else (not <c>Reset</c>).</summary>
    Instrumentation,
}

/// <summary>The runtime members instrumented code calls.</summary>
internal static class RuntimeMembers
{
    private const string Namespace = "Alchemist.Programs.Runtime";

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["ProgramBudget"] = ["Step", "Charge", "Enter", "Exit", "IsFault"],
        ["ProgramRegex"] = ["Create", "Get"],
    };

    /// <summary>True when <paramref name="symbol"/> is one of the runtime types or members that <paramref name="access"/> allows.</summary>
    public static bool Allows(ISymbol symbol, RuntimeAccess access)
    {
        if (access == RuntimeAccess.None) return false;
        if (symbol is IMethodSymbol { IsGenericMethod: true } generic) symbol = generic.ConstructedFrom;
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null || type.ContainingType is not null || type.ContainingNamespace?.ToDisplayString() != Namespace
            || !Allowed.TryGetValue(type.Name, out var members))
            return false;
        return symbol is INamedTypeSymbol || members.Contains(symbol.Name);
    }
}
