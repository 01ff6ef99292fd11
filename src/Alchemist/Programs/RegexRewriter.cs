using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Alchemist.Programs;

/// <summary>
/// Makes every regex of a program compiled and time-limited: static <c>Regex.IsMatch/Match/Matches/Replace/Split/
/// Count/EnumerateMatches(input, pattern[, options])</c> calls and <c>new Regex(pattern[, options])</c> become uses of
/// a static readonly compiled instance when the pattern and options are constants (generated in a class of their own),
/// or of <see cref="Runtime.ProgramRegex.Get"/>'s bounded cache otherwise. Constant patterns are parsed here, so a
/// bad pattern is a compile-time diagnostic rather than a fault on every row.
/// </summary>
internal sealed class RegexRewriter(SemanticModel model, TimeSpan timeout)
{
    /// <summary>The class holding the generated regex fields.</summary>
    public const string CacheClass = "__AlchemistRegexes";

    private const string RegexType = "System.Text.RegularExpressions.Regex";
    private readonly Dictionary<(string Pattern, RegexOptions Options), string> _fields = [];
    private readonly List<ProgramDiagnostic> _diagnostics = [];

    /// <summary>Invalid constant patterns found while rewriting.</summary>
    public IReadOnlyList<ProgramDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Rewrites a static Regex call taking a pattern; null when <paramref name="original"/> is not one.</summary>
    public ExpressionSyntax? RewriteStaticCall(InvocationExpressionSyntax original, InvocationExpressionSyntax rewritten)
    {
        if (model.GetSymbolInfo(original).Symbol is not IMethodSymbol { IsStatic: true } method || !IsRegex(method.ContainingType)
            || !method.Parameters.Any(p => p.Name == "pattern"))
            return null;
        var arguments = Bind(original.ArgumentList, rewritten.ArgumentList, method);
        if (arguments is null) return null;
        var receiver = Instance(original, arguments.Value.Pattern, arguments.Value.Options);
        var call = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, IdentifierName(method.Name)),
            ArgumentList(SeparatedList(arguments.Value.Rest)));
        return call.WithTriviaFrom(rewritten);
    }

    /// <summary>Rewrites <c>new Regex(pattern[, options])</c>; null when <paramref name="original"/> is not one.</summary>
    public ExpressionSyntax? RewriteConstruction(BaseObjectCreationExpressionSyntax original, ArgumentListSyntax? rewrittenArguments)
    {
        if (model.GetSymbolInfo(original).Symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            || !IsRegex(constructor.ContainingType) || original.ArgumentList is null || rewrittenArguments is null || original.Initializer is not null)
            return null;
        var arguments = Bind(original.ArgumentList, rewrittenArguments, constructor);
        return arguments is null ? null : Instance(original, arguments.Value.Pattern, arguments.Value.Options).WithTriviaFrom(original);
    }

    /// <summary>The generated class with one static readonly compiled regex per distinct constant pattern.</summary>
    public string CacheClassSource()
    {
        var fields = _fields.Select(f =>
            $"    internal static readonly global::{RegexType} {f.Value} = global::Alchemist.Programs.Runtime.ProgramRegex.Create(" +
            $"{SymbolDisplay.FormatLiteral(f.Key.Pattern, quote: true)}, (global::System.Text.RegularExpressions.RegexOptions){(int)f.Key.Options}, {timeout.Ticks}L);");
        return $"internal static class {CacheClass}\n{{\n{string.Join('\n', fields)}\n}}\n";
    }

    private static bool IsRegex(INamedTypeSymbol? type) => type is not null && ProgramAllowList.MetadataName(type) == RegexType;

    private readonly record struct BoundArguments(ArgumentSyntax Pattern, ArgumentSyntax? Options, List<ArgumentSyntax> Rest);

    /// <summary>Splits the arguments into the pattern, the options and the rest (input, replacement, evaluator) by parameter.</summary>
    private static BoundArguments? Bind(ArgumentListSyntax original, ArgumentListSyntax rewritten, IMethodSymbol method)
    {
        ArgumentSyntax? pattern = null, options = null;
        var rest = new List<ArgumentSyntax>();
        for (var i = 0; i < original.Arguments.Count; i++)
        {
            var argument = original.Arguments[i];
            var parameter = argument.NameColon is { } named
                ? method.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.Text)
                : i < method.Parameters.Length ? method.Parameters[i] : null;
            switch (parameter?.Name)
            {
                case null: return null;
                case "pattern": pattern = rewritten.Arguments[i]; break;
                case "options": options = rewritten.Arguments[i]; break;
                case "matchTimeout": return null;
                default: rest.Add(rewritten.Arguments[i]); break;
            }
        }
        return pattern is null ? null : new BoundArguments(pattern, options, rest);
    }

    /// <summary>A static field for constant arguments, else a cached lookup.</summary>
    private ExpressionSyntax Instance(SyntaxNode original, ArgumentSyntax pattern, ArgumentSyntax? options)
    {
        var originalArguments = original switch
        {
            InvocationExpressionSyntax call => call.ArgumentList.Arguments,
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList!.Arguments,
            _ => default,
        };
        var constantPattern = Constant(originalArguments, pattern);
        var constantOptions = options is null ? RegexOptions.None : Constant(originalArguments, options) is int o ? (RegexOptions)o : (RegexOptions?)null;
        if (constantPattern is string text && constantOptions is { } flags)
        {
            if (!_fields.TryGetValue((text, flags), out var field))
            {
                try
                {
                    _ = new Regex(text, flags & ~RegexOptions.Compiled);
                }
                catch (ArgumentException e)
                {
                    _diagnostics.Add(new ProgramDiagnostic($"invalid regular expression {SymbolDisplay.FormatLiteral(text, quote: true)}: {e.Message}",
                        original.GetLocation().GetLineSpan().StartLinePosition.Line + 1, RegexType));
                }
                field = $"R{_fields.Count}";
                _fields.Add((text, flags), field);
            }
            return ParseExpression($"global::{CacheClass}.{field}");
        }
        // The program's own pattern and options nodes are moved into the call as they are (never printed and parsed again).
        var optionsExpression = options?.Expression.WithoutTrivia() ?? ParseExpression("global::System.Text.RegularExpressions.RegexOptions.None");
        return InvocationExpression(ParseExpression("global::Alchemist.Programs.Runtime.ProgramRegex.Get"), ArgumentList(SeparatedList(
        [
            Argument(pattern.Expression.WithoutTrivia()),
            Argument(optionsExpression),
            Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(timeout.Ticks))),
        ])));
    }

    /// <summary>The constant value of the original argument corresponding to a rewritten one, if any.</summary>
    private object? Constant(SeparatedSyntaxList<ArgumentSyntax> originalArguments, ArgumentSyntax rewritten)
    {
        var index = rewritten.Parent is ArgumentListSyntax list ? list.Arguments.IndexOf(rewritten) : -1;
        if (index < 0 || index >= originalArguments.Count) return null;
        var value = model.GetConstantValue(originalArguments[index].Expression);
        return value.HasValue ? value.Value : null;
    }
}
