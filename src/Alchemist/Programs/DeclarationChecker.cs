using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alchemist.Programs;

/// <summary>
/// Refusals that need only the syntax tree, checked before anything is bound:
/// <list type="bullet">
/// <item>preprocessor directives other than <c>#nullable</c> and <c>#region</c>: with <c>#if</c>/<c>#define</c> the
/// same text has more than one tree, and the tool checks and emits exactly one;</item>
/// <item>declarations in namespaces the runtime and framework own (<c>Alchemist*</c>, <c>System*</c>,
/// <c>Microsoft*</c>), so a program cannot plant look-alikes of the types it is checked against, and
/// <c>extern alias</c>;</item>
/// <item>generic declarations (types, methods, local functions, delegates): generic code can instantiate
/// unboundedly many types at run time (native memory no heap limit covers), and no labeling heuristic needs one.</item>
/// </list>
/// </summary>
internal static class DeclarationChecker
{
    private static readonly string[] ReservedNamespaces = ["Alchemist", "System", "Microsoft"];

    /// <summary>The refusals in <paramref name="root"/>; empty when there are none.</summary>
    public static IReadOnlyList<ProgramDiagnostic> Check(SyntaxNode root)
    {
        var diagnostics = new List<ProgramDiagnostic>();
        void Report(SyntaxNodeOrToken at, string message) =>
            diagnostics.Add(new ProgramDiagnostic(message, at.GetLocation()!.GetLineSpan().StartLinePosition.Line + 1));

        foreach (var directive in root.DescendantTrivia(descendIntoTrivia: true).Select(t => t.GetStructure()).OfType<DirectiveTriviaSyntax>())
            if (!directive.IsKind(SyntaxKind.NullableDirectiveTrivia) && !directive.IsKind(SyntaxKind.RegionDirectiveTrivia) && !directive.IsKind(SyntaxKind.EndRegionDirectiveTrivia))
                Report(directive, $"the preprocessor directive '{directive.HashToken.Text}{directive.DirectiveNameToken.Text}' is not allowed (only #nullable and #region are).");

        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax ns when Reserved(ns.Name.ToString()) is { } reserved:
                    Report(ns, $"namespace '{ns.Name}' is not allowed: names under {reserved} belong to the framework or the tool; use your own name or none.");
                    break;
                case ExternAliasDirectiveSyntax alias:
                    Report(alias, "extern alias is not allowed.");
                    break;
                case TypeParameterListSyntax parameters:
                    Report(parameters, "generic declarations (type parameters) are not allowed in a labeling program; use concrete types.");
                    break;
            }
            if (diagnostics.Count >= 20) break;
        }
        return diagnostics;
    }

    private static string? Reserved(string name)
    {
        name = name.Replace("global::", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return ReservedNamespaces.FirstOrDefault(r => name.Equals(r, StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(r + ".", StringComparison.OrdinalIgnoreCase));
    }
}
