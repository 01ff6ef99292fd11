using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alchemist.Programs;

/// <summary>
/// The static half of the sandbox: walks every node of a program's original source on the semantic model and refuses
/// language features that escape the budget or the process (unsafe code, P/Invoke, async, locks, goto, attributes,
/// finalizers, static mutable state) and every symbol outside <see cref="ProgramAllowList"/> — whether it appears as an
/// invocation, member access, object creation, type name, conversion, <c>foreach</c> or query clause.
/// </summary>
internal static class SafetyChecker
{
    /// <summary>Diagnostics beyond this count add nothing a reader needs.</summary>
    private const int MaxDiagnostics = 20;

    /// <summary>
    /// Checks <paramref name="root"/>; empty when it is safe. <paramref name="sharedInstanceType"/> is the class whose
    /// single instance serves every row (when the labeling method is an instance method): its fields must be read-only.
    /// <paramref name="runtime"/> says whether the budget runtime's instrumentation members may appear (only in the
    /// final check of the instrumented tree).
    /// </summary>
    public static IReadOnlyList<ProgramDiagnostic> Check(SemanticModel model, SyntaxNode root, INamedTypeSymbol? sharedInstanceType, RuntimeAccess runtime)
    {
        var assembly = model.Compilation.Assembly;
        var diagnostics = new List<ProgramDiagnostic>();
        var reportedLines = new HashSet<int>();

        void Report(SyntaxNode node, string message, string? symbol = null)
        {
            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            if (diagnostics.Count < MaxDiagnostics && reportedLines.Add(line)) diagnostics.Add(new ProgramDiagnostic(message, line, symbol));
        }

        void CheckSymbol(SyntaxNode node, ISymbol? symbol)
        {
            if (symbol is not null && !RuntimeMembers.Allows(symbol, runtime) && ProgramAllowList.Refusal(symbol, assembly) is { } reason)
            {
                var name = symbol.ToDisplayString();
                Report(node, $"'{name}' is not allowed: {reason}.", name);
            }
        }

        void CheckType(SyntaxNode node, ITypeSymbol? type)
        {
            if (type is not null && !RuntimeMembers.Allows(type, runtime) && ProgramAllowList.TypeRefusal(type, assembly) is { } reason)
            {
                var name = type.ToDisplayString();
                Report(node, $"a value of type '{name}' is not allowed: {reason}.", name);
            }
        }

        foreach (var node in root.DescendantNodesAndSelf())
        {
            if (FeatureRefusal(node, model, sharedInstanceType) is { } feature)
            {
                Report(node, feature);
                continue;
            }
            switch (node)
            {
                case IdentifierNameSyntax { IsVar: true }:
                    break; // the initializer's own expressions say better what is wrong with an inferred type
                case ExpressionSyntax expression:
                    var info = model.GetSymbolInfo(expression);
                    CheckSymbol(node, info.Symbol ?? info.CandidateSymbols.FirstOrDefault());
                    var typeInfo = model.GetTypeInfo(expression);
                    CheckType(node, typeInfo.Type);
                    CheckType(node, typeInfo.ConvertedType);
                    break;
                case CommonForEachStatementSyntax forEach:
                    var forEachInfo = model.GetForEachStatementInfo(forEach);
                    CheckSymbol(node, forEachInfo.GetEnumeratorMethod);
                    CheckType(node, forEachInfo.ElementType);
                    break;
                case QueryClauseSyntax clause:
                    var clauseInfo = model.GetQueryClauseInfo(clause);
                    CheckSymbol(node, clauseInfo.CastInfo.Symbol);
                    CheckSymbol(node, clauseInfo.OperationInfo.Symbol);
                    break;
                case SelectOrGroupClauseSyntax selectOrGroup:
                    CheckSymbol(node, model.GetSymbolInfo(selectOrGroup).Symbol);
                    break;
                case OrderingSyntax ordering:
                    CheckSymbol(node, model.GetSymbolInfo(ordering).Symbol);
                    break;
            }
        }
        return diagnostics;
    }

    /// <summary>Language features refused regardless of the symbols involved, with the reason.</summary>
    private static string? FeatureRefusal(SyntaxNode node, SemanticModel model, INamedTypeSymbol? sharedInstanceType)
    {
        switch (node)
        {
            case UnsafeStatementSyntax or FixedStatementSyntax:
                return "unsafe code is not allowed.";
            case PointerTypeSyntax or FunctionPointerTypeSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression or (int)SyntaxKind.PointerIndirectionExpression }
                or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.PointerMemberAccessExpression }:
                return "pointers are not allowed.";
            case StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax:
                return "stackalloc is not allowed.";
            case AttributeListSyntax:
                return "attributes are not allowed (they reach interop, threading and module initialisers).";
            case GotoStatementSyntax:
                return "goto is not allowed.";
            case LockStatementSyntax:
                return "lock is not allowed (programs run single-threaded per row).";
            case AwaitExpressionSyntax:
                return "async code is not allowed.";
            case DestructorDeclarationSyntax:
                return "finalizers are not allowed (they run on the GC's thread, outside any budget).";
            case MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax or LiteralExpressionSyntax { RawKind: (int)SyntaxKind.ArgListExpression }:
                return "__makeref, __reftype, __refvalue and __arglist are not allowed.";
            case TypeOfExpressionSyntax:
                return "typeof is not allowed (reflection).";
            case EventFieldDeclarationSyntax or EventDeclarationSyntax:
                return "events are not allowed.";
        }
        var modifiers = node switch
        {
            MemberDeclarationSyntax member => member.Modifiers,
            LocalFunctionStatementSyntax function => function.Modifiers,
            AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers,
            _ => default,
        };
        if (modifiers.Any(SyntaxKind.UnsafeKeyword)) return "unsafe code is not allowed.";
        if (modifiers.Any(SyntaxKind.ExternKeyword)) return "extern methods (P/Invoke) are not allowed.";
        if (modifiers.Any(SyntaxKind.AsyncKeyword)) return "async code is not allowed.";

        switch (node)
        {
            case FieldDeclarationSyntax field when modifiers.Any(SyntaxKind.StaticKeyword) && !modifiers.Any(SyntaxKind.ReadOnlyKeyword) && !modifiers.Any(SyntaxKind.ConstKeyword):
                return $"static mutable field '{field.Declaration.Variables[0].Identifier.Text}' is not allowed (state would leak between rows); make it static readonly or const.";
            case PropertyDeclarationSyntax property when modifiers.Any(SyntaxKind.StaticKeyword)
                && property.AccessorList?.Accessors.Any(a => a.Kind() is SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration) == true:
                return $"static property '{property.Identifier.Text}' with a setter is not allowed (state would leak between rows).";
            case FieldDeclarationSyntax field when sharedInstanceType is not null && !modifiers.Any(SyntaxKind.ReadOnlyKeyword) && !modifiers.Any(SyntaxKind.ConstKeyword)
                && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(field.Declaration.Variables[0])?.ContainingType, sharedInstanceType):
                return $"mutable field '{field.Declaration.Variables[0].Identifier.Text}' is not allowed: one instance of {sharedInstanceType.Name} labels every row; make it readonly.";
        }
        return null;
    }
}
