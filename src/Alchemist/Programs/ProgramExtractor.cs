using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alchemist.Programs;

/// <summary>
/// Finds the labeling program in an LLM answer the way LLMs actually write them: in the first fenced code block that
/// holds a labeling method (or the whole answer, stripped of prose, when nothing is fenced), with the method renamed,
/// bare without a class, followed by demo code, or without usings (the compiler supplies the common ones).
/// </summary>
internal static partial class ProgramExtractor
{
    /// <summary>The class a bare method is wrapped in.</summary>
    public const string WrapperClassName = "LabelingProgram";

    /// <summary>Namespaces every program may use without writing <c>using</c> (supplied as global usings).</summary>
    public static IReadOnlyList<string> ImplicitUsings { get; } =
    [
        "System", "System.Linq", "System.Collections.Generic", "System.Text", "System.Text.RegularExpressions", "System.Globalization",
    ];

    internal static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    private static readonly string[] PreferredNames = ["label", "classify", "predict", "lf", "labelfunction", "labelingfunction", "labelingfn", "apply"];
    private static readonly string[] PreferredParts = ["label", "classif", "predict", "lf_", "categor"];

    /// <summary>Extracts the program from <paramref name="text"/>, or says why there is none.</summary>
    public static bool TryExtract(string text, [NotNullWhen(true)] out ExtractedProgram? program, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        program = null;
        string? firstBlock = null;
        foreach (var block in CandidateBlocks(text))
        {
            firstBlock ??= block;
            if (FindLabelingMethod(Parse(block)) is null) continue;
            var code = MakeCompilable(block);
            var method = FindLabelingMethod(Parse(code))!;
            program = new ExtractedProgram(code, method.Name, method.Line, method.Kind, method.FeatureParameters);
            problem = null;
            return true;
        }
        problem = firstBlock is null || string.IsNullOrWhiteSpace(firstBlock)
            ? "The text holds no code."
            : "No labeling method found: expected a C# method taking one string (or only double features) and returning int, int?, bool, bool? or string.";
        return false;
    }

    internal static SyntaxTree Parse(string code) => CSharpSyntaxTree.ParseText(code, ParseOptions);

    /// <summary>The fenced blocks in order; the whole text without its prose when nothing is fenced.</summary>
    private static IEnumerable<string> CandidateBlocks(string text)
    {
        var any = false;
        foreach (Match fence in Fence().Matches(text))
        {
            any = true;
            yield return fence.Groups["code"].Value;
        }
        if (!any) yield return WithoutProse(text);
    }

    /// <summary>Drops prose before the first line that starts like C# and after the last closing brace.</summary>
    private static string WithoutProse(string text)
    {
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => CodeStart().IsMatch(l));
        var last = Array.FindLastIndex(lines, l => l.TrimEnd().EndsWith('}'));
        return first < 0 || last < first ? text : string.Join('\n', lines[first..(last + 1)]);
    }

    /// <summary>
    /// Blanks demo code (top-level statements other than local functions and field-like declarations, <c>Main</c>)
    /// and wraps bare methods in a static class; every edit keeps the line count, so line numbers stay the block's.
    /// </summary>
    private static string MakeCompilable(string block)
    {
        var root = (CompilationUnitSyntax)Parse(block).GetRoot();
        var edits = new List<(TextSpanEdit Edit, int Order)>();
        void Edit(int start, int length, string replacement) => edits.Add((new TextSpanEdit(start, length, replacement), edits.Count));

        foreach (var main in root.DescendantNodes().Where(n => n is MethodDeclarationSyntax { Identifier.Text: "Main" } or LocalFunctionStatementSyntax { Identifier.Text: "Main" }))
            Edit(main.Span.Start, main.Span.Length, Blank(main.ToString()));

        var globals = root.Members.OfType<GlobalStatementSyntax>().ToList();
        if (globals.Any(g => g.Statement is LocalFunctionStatementSyntax { Identifier.Text: not "Main" }))
        {
            foreach (var global in globals)
            {
                switch (global.Statement)
                {
                    case LocalFunctionStatementSyntax { Identifier.Text: "Main" }:
                        break;
                    case LocalFunctionStatementSyntax function when !function.Modifiers.Any(SyntaxKind.StaticKeyword):
                        Edit(function.SpanStart, 0, "static ");
                        break;
                    case LocalDeclarationStatementSyntax declaration when !declaration.IsConst && !declaration.Modifiers.Any(SyntaxKind.StaticKeyword):
                        Edit(declaration.SpanStart, 0, "static readonly ");
                        break;
                    case LocalFunctionStatementSyntax or LocalDeclarationStatementSyntax:
                        break;
                    default:
                        Edit(global.Span.Start, global.Span.Length, Blank(global.ToString()));
                        break;
                }
            }
            Edit(globals[0].SpanStart, 0, $"public static class {WrapperClassName} {{ ");
            Edit(block.Length, 0, "\n}");
        }
        else
        {
            foreach (var global in globals.Where(g => g.Statement is not LocalFunctionStatementSyntax { Identifier.Text: "Main" }))
                Edit(global.Span.Start, global.Span.Length, Blank(global.ToString()));
        }

        // Right to left so earlier offsets stay valid; at one offset the later insertion (the class header) goes first.
        var code = new StringBuilder(block);
        foreach (var (edit, _) in edits.OrderByDescending(e => e.Edit.Start).ThenBy(e => e.Order))
            code.Remove(edit.Start, edit.Length).Insert(edit.Start, edit.Replacement);
        return code.ToString();
    }

    private readonly record struct TextSpanEdit(int Start, int Length, string Replacement);

    /// <summary>The same number of lines, empty.</summary>
    private static string Blank(string text) => new('\n', text.Count(c => c == '\n'));

    internal sealed record LabelingMethod(string Name, int Line, ProgramReturnKind Kind, SyntaxNode Declaration, IReadOnlyList<string> FeatureParameters);

    /// <summary>
    /// The best method taking one string, or only <c>double</c> features (a feature program, whose parameters are
    /// bound to the task's feature columns by name): a conventional name first, then an int-like return, then the first.
    /// </summary>
    internal static LabelingMethod? FindLabelingMethod(SyntaxTree tree)
    {
        LabelingMethod? best = null;
        var bestScore = -1;
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            var (name, parameters, returnType) = node switch
            {
                MethodDeclarationSyntax m => (m.Identifier, m.ParameterList, m.ReturnType),
                LocalFunctionStatementSyntax f when f.Parent is GlobalStatementSyntax => (f.Identifier, f.ParameterList, f.ReturnType),
                _ => default,
            };
            if (parameters is null || name.Text == "Main") continue;
            var isText = parameters.Parameters is [{ Type: { } parameterType }] && IsString(parameterType);
            var isFeatures = parameters.Parameters.Count > 0 && parameters.Parameters.All(p => p.Type is { } t && IsDouble(t) && p.Modifiers.Count == 0 && p.Default is null);
            if (!isText && !isFeatures) continue;
            if (ReturnKindOf(returnType) is not { } kind) continue;
            var score = NameScore(name.Text) * 10 + kind switch
            {
                ProgramReturnKind.ClassId or ProgramReturnKind.NullableClassId => 3,
                ProgramReturnKind.ClassName => 2,
                _ => 1,
            };
            if (score <= bestScore) continue;
            bestScore = score;
            best = new LabelingMethod(name.Text, name.GetLocation().GetLineSpan().StartLinePosition.Line + 1, kind, node,
                isText ? [] : parameters.Parameters.Select(p => p.Identifier.ValueText).ToArray());
        }
        return best;
    }

    private static int NameScore(string name)
    {
        var lower = name.ToLowerInvariant().Replace("_", "", StringComparison.Ordinal);
        if (PreferredNames.Contains(lower)) return 2;
        var spaced = name.ToLowerInvariant();
        return PreferredParts.Any(spaced.Contains) || spaced.StartsWith("lf", StringComparison.Ordinal) ? 1 : 0;
    }

    private static bool IsString(TypeSyntax type) => Unwrap(type, out _) is "string" or "String" or "System.String";

    private static bool IsDouble(TypeSyntax type) => Unwrap(type, out var nullable) is "double" or "Double" or "System.Double" && !nullable;

    private static ProgramReturnKind? ReturnKindOf(TypeSyntax type) => (Unwrap(type, out var nullable), nullable) switch
    {
        ("int" or "Int32" or "System.Int32", false) => ProgramReturnKind.ClassId,
        ("int" or "Int32" or "System.Int32", true) => ProgramReturnKind.NullableClassId,
        ("bool" or "Boolean" or "System.Boolean", false) => ProgramReturnKind.Bool,
        ("bool" or "Boolean" or "System.Boolean", true) => ProgramReturnKind.NullableBool,
        ("string" or "String" or "System.String", _) => ProgramReturnKind.ClassName,
        _ => null,
    };

    private static string Unwrap(TypeSyntax type, out bool nullable)
    {
        nullable = type is NullableTypeSyntax;
        return (type is NullableTypeSyntax n ? n.ElementType : type).ToString().Replace("global::", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[ \t]*(?<fence>```|~~~)[^\n]*\n(?<code>.*?)(?:^[ \t]*\k<fence>[ \t]*\r?$|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*(using\s|namespace\s|public\s|private\s|internal\s|static\s|sealed\s|class\s|record\s|(int|bool|string)\??\s+\w+\s*\(|//|/\*|\[)")]
    private static partial Regex CodeStart();
}
