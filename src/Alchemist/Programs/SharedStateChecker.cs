using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alchemist.Programs;

/// <summary>
/// Makes a label a function of (row, program) only: state that outlives a row — static fields and properties, and
/// the fields of the one instance an instance-method program is created as — is frozen once its type's constructor
/// has run. A program may keep keyword arrays, sets, dictionaries and regexes there (the idiom every LLM writes) but
/// never change them afterwards, so no row can see what an earlier row did (the order, the worker a row ran in, and
/// whether the smoke sample came first make no difference).
/// <list type="number">
/// <item>A shared member must hold a deeply immutable value (numbers, strings, enums, regexes, tuples of them,
/// the program's own types whose fields are all readonly and immutable) or a collection of such values (arrays,
/// lists, sets, dictionaries and their interfaces). Delegates, builders and collections of collections are refused.</item>
/// <item>A shared collection may only be read: indexed as a value, enumerated, passed to LINQ or to framework methods
/// that read their argument, or queried with members that do not change it (Contains, TryGetValue, Count, ...). It may
/// be handed to the program's own methods and locals, whose parameters and variables are then held to the same rule.</item>
/// <item>No cast, <c>as</c> or type pattern turns an interface or object back into an array or collection class
/// (which would recover a writable view of a shared value).</item>
/// </list>
/// Constructors of the declaring type may fill the collections; everything else that might write is refused with a
/// message saying how to copy the collection instead.
/// </summary>
internal static class SharedStateChecker
{
    private const int MaxDiagnostics = 20;

    private static readonly HashSet<string> Collections =
    [
        "System.Collections.Generic.List`1", "System.Collections.Generic.HashSet`1", "System.Collections.Generic.SortedSet`1",
        "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.SortedDictionary`2", "System.Collections.Generic.SortedList`2",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IReadOnlyCollection`1",
        "System.Collections.Generic.IReadOnlySet`1", "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.ICollection`1",
        "System.Collections.Generic.IList`1", "System.Collections.Generic.ISet`1", "System.Collections.Generic.IDictionary`2",
    ];

    private static readonly HashSet<string> ImmutableTypes =
    [
        "System.Text.RegularExpressions.Regex", "System.StringComparer", "System.Globalization.CultureInfo", "System.Index", "System.Range",
        "System.Text.Rune", "System.Collections.Generic.KeyValuePair`2", "System.Nullable`1", "System.Tuple`1", "System.Tuple`2", "System.Tuple`3",
        "System.Tuple`4", "System.Tuple`5", "System.Tuple`6", "System.Tuple`7", "System.Tuple`8",
    ];

    /// <summary>Members of collections, arrays and spans that never change the value they are called on.</summary>
    private static readonly HashSet<string> ReadMembers =
    [
        "Contains", "ContainsKey", "ContainsValue", "TryGetValue", "IndexOf", "LastIndexOf", "BinarySearch", "Exists", "Find", "FindAll",
        "FindIndex", "FindLast", "FindLastIndex", "TrueForAll", "ConvertAll", "GetRange", "Slice", "ToArray", "CopyTo", "Overlaps",
        "IsSubsetOf", "IsSupersetOf", "IsProperSubsetOf", "IsProperSupersetOf", "SetEquals", "GetValueOrDefault", "GetEnumerator", "Equals",
        "ToString", "Clone", "AsReadOnly", "ForEach", "GetLength", "GetLowerBound", "GetUpperBound", "GetValue", "ContainsAny",
        "IndexOfAny", "LastIndexOfAny", "StartsWith", "EndsWith", "SequenceEqual", "SequenceCompareTo", "Count", "CommonPrefixLength",
        "IndexOfAnyExcept", "LastIndexOfAnyExcept", "ContainsAnyExcept",
    ];

    /// <summary>Framework methods that take an array and only read it (beyond those taking IEnumerable or ReadOnlySpan).</summary>
    private static readonly HashSet<string> ArrayReaders =
    [
        "System.String.Join", "System.String.Concat", "System.String.Split", "System.String.IndexOfAny", "System.String.LastIndexOfAny",
        "System.String.Trim", "System.String.TrimStart", "System.String.TrimEnd", "System.String.Format", "System.Array.IndexOf",
        "System.Array.LastIndexOf", "System.Array.Exists", "System.Array.Find", "System.Array.FindAll", "System.Array.FindIndex",
        "System.Array.FindLast", "System.Array.FindLastIndex", "System.Array.TrueForAll", "System.Array.BinarySearch", "System.Array.ConvertAll",
        "System.Array.AsReadOnly", "System.Text.StringBuilder.AppendJoin", "System.Text.StringBuilder.Append",
    ];

    /// <summary>The refusals in <paramref name="root"/>; empty when nothing can carry state between rows.</summary>
    public static IReadOnlyList<ProgramDiagnostic> Check(SemanticModel model, SyntaxNode root, INamedTypeSymbol? sharedInstanceType)
    {
        var assembly = model.Compilation.Assembly;
        var diagnostics = new List<ProgramDiagnostic>();
        var lines = new HashSet<int>();
        void Report(SyntaxNode node, string message)
        {
            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            if (diagnostics.Count < MaxDiagnostics && lines.Add(line)) diagnostics.Add(new ProgramDiagnostic(message, line));
        }

        // Rule 1: what shared members may hold; collections among them are tracked for rule 2.
        var tracked = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        foreach (var (symbol, type, declaration) in SharedMembers(model, root, sharedInstanceType))
        {
            if (symbol is IPropertySymbol { SetMethod: { IsInitOnly: false } })
            {
                Report(declaration, $"'{symbol.Name}' is shared by every row and has a setter, so it could carry state from row to row; remove the setter.");
                continue;
            }
            if (IsImmutable(type, assembly, [])) continue;
            if (IsReadableCollection(type, assembly)) tracked[symbol] = symbol.Name;
            else Report(declaration, $"'{symbol.Name}' is shared by every row, and a {type.ToDisplayString()} can change between rows; " +
                "shared members may hold only immutable values (numbers, strings, regexes) or arrays, lists, sets and dictionaries of them. " +
                "Create it inside the method instead.");
        }

        // Rule 2: every use of a tracked value reads it; values handed to locals and parameters join the tracked set.
        var identifiers = root.DescendantNodes().OfType<IdentifierNameSyntax>().ToArray();
        var examined = new HashSet<IdentifierNameSyntax>();
        for (var grew = true; grew && diagnostics.Count < MaxDiagnostics;)
        {
            grew = false;
            foreach (var identifier in identifiers)
            {
                if (examined.Contains(identifier) || model.GetSymbolInfo(identifier).Symbol is not { } symbol) continue;
                symbol = symbol.OriginalDefinition;
                if (!tracked.TryGetValue(symbol, out var origin)) continue;
                examined.Add(identifier);
                if (InOwnInitialization(identifier, symbol)) continue;
                switch (Use(model, identifier, assembly))
                {
                    case { Refusal: { } refusal }:
                        Report(identifier, $"'{identifier.Identifier.Text}' {(origin == identifier.Identifier.Text ? "is" : $"holds '{origin}', which is")} " +
                            $"shared by every row, so it may only be read, but here it {refusal}. Copy it first (for example new List<...>({identifier.Identifier.Text})) " +
                            "or build the value inside the method.");
                        break;
                    case { Alias: { } alias } when !tracked.ContainsKey(alias):
                        tracked[alias] = origin;
                        grew = true;
                        break;
                }
            }
        }

        // Rule 3: no way back from a read-only view to a writable collection.
        foreach (var node in root.DescendantNodes())
        {
            var (target, operand) = node switch
            {
                CastExpressionSyntax cast => (model.GetTypeInfo(cast.Type).Type, model.GetTypeInfo(cast.Expression).Type),
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression } asCast => (model.GetTypeInfo(asCast.Right).Type, model.GetTypeInfo(asCast.Left).Type),
                DeclarationPatternSyntax declaration => (model.GetTypeInfo(declaration.Type).Type, model.GetTypeInfo(declaration).Type),
                TypePatternSyntax typePattern => (model.GetTypeInfo(typePattern.Type).Type, model.GetTypeInfo(typePattern).Type),
                RecursivePatternSyntax { Type: { } recursiveType } recursive => (model.GetTypeInfo(recursiveType).Type, model.GetTypeInfo(recursive).Type),
                _ => default,
            };
            if (target is null || operand is null || SymbolEqualityComparer.Default.Equals(target, operand)) continue;
            if ((target is IArrayTypeSymbol || target is INamedTypeSymbol { TypeKind: TypeKind.Class } named && IsCollection(named))
                && operand.TypeKind is TypeKind.Interface or TypeKind.TypeParameter || operand.SpecialType == SpecialType.System_Object)
                Report(node, $"converting a {operand.ToDisplayString()} to {target.ToDisplayString()} is not allowed (it could recover a writable view of a shared value).");
        }
        return diagnostics;
    }

    /// <summary>How one use of a tracked value treats it: fine, fine but aliased into a new symbol, or refused.</summary>
    private readonly record struct UseKind(string? Refusal, ISymbol? Alias);

    private static UseKind Use(SemanticModel model, IdentifierNameSyntax identifier, IAssemblySymbol assembly)
    {
        SyntaxNode node = identifier.Parent is MemberAccessExpressionSyntax qualified && qualified.Name == identifier ? qualified : identifier;
        while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }
               || node.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != node
               || node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression })
            node = node.Parent;
        if (IsWritten(node)) return new UseKind("is written", null);
        var parent = node.Parent;
        switch (parent)
        {
            case MemberAccessExpressionSyntax access when access.Expression == node:
                if (IsWritten(access)) return new UseKind($"has its member {access.Name.Identifier.Text} set", null);
                return model.GetSymbolInfo(access).Symbol switch
                {
                    IMethodSymbol method when !ReadsReceiver(method) => new UseKind($"calls {method.Name}, which may change it", null),
                    _ => default,
                };
            case ConditionalAccessExpressionSyntax conditionalAccess when conditionalAccess.Expression == node:
                return conditionalAccess.WhenNotNull.DescendantNodesAndSelf().OfType<MemberBindingExpressionSyntax>().FirstOrDefault() is { } binding
                       && model.GetSymbolInfo(binding).Symbol is IMethodSymbol bound && !ReadsReceiver(bound)
                    ? new UseKind($"calls {bound.Name}, which may change it", null)
                    : default;
            case ElementAccessExpressionSyntax element when element.Expression == node:
                return IsWritten(element) ? new UseKind("has an element set", null) : default;
            case CommonForEachStatementSyntax forEach when forEach.Expression == node:
            case InterpolationSyntax:
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression }:
                return default;
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                when model.GetDeclaredSymbol(declarator) is ILocalSymbol { RefKind: RefKind.None } local:
                return new UseKind(null, local);
            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == node:
                return model.GetSymbolInfo(assignment.Left).Symbol is ILocalSymbol { RefKind: RefKind.None } target
                    ? new UseKind(null, target)
                    : new UseKind("is stored somewhere else", null);
            case ArgumentSyntax argument:
                return Argument(model, argument, assembly);
            default:
                return new UseKind(parent switch
                {
                    ReturnStatementSyntax or ArrowExpressionClauseSyntax or YieldStatementSyntax => "is returned",
                    _ => "is used in a way that is not a plain read",
                }, null);
        }
    }

    private static UseKind Argument(SemanticModel model, ArgumentSyntax argument, IAssemblySymbol assembly)
    {
        if (!argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword))
            return new UseKind("is passed by reference", null);
        var call = argument.Parent?.Parent;
        if (call is null || model.GetSymbolInfo(call).Symbol is not IMethodSymbol method) return new UseKind("is passed to something that is not a known method", null);
        var parameter = Parameter(method, argument);
        if (parameter is null) return new UseKind("is passed to an unknown parameter", null);
        if (SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, assembly) && method.MethodKind != MethodKind.DelegateInvoke)
            return new UseKind(null, parameter.OriginalDefinition);
        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        var owner = ProgramAllowList.MetadataName(original.ContainingType);
        if (owner == "System.Linq.Enumerable") return default;
        if (original.MethodKind == MethodKind.Constructor && original.ContainingType.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic") return default;
        if (parameter.Type is IArrayTypeSymbol)
            return ArrayReaders.Contains($"{owner}.{original.Name}") || owner == "System.Array" && original.Name is "Copy" or "ConstrainedCopy" && parameter.Name == "sourceArray"
                ? default
                : new UseKind($"is passed to {original.ContainingType.Name}.{original.Name}, which may change it", null);
        return ReadsParameter(parameter.Type) ? default : new UseKind($"is passed to {original.ContainingType.Name}.{original.Name}, which may change it", null);
    }

    /// <summary>The parameter an argument binds to (by name, else by position; a params array's last parameter).</summary>
    private static IParameterSymbol? Parameter(IMethodSymbol method, ArgumentSyntax argument)
    {
        if (argument.NameColon is { } named) return method.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.Text);
        var index = argument.Parent is BaseArgumentListSyntax list ? list.Arguments.IndexOf(argument) : -1;
        if (index < 0 || method.Parameters.Length == 0) return null;
        return index < method.Parameters.Length ? method.Parameters[index] : method.Parameters[^1].IsParams ? method.Parameters[^1] : null;
    }

    /// <summary>Parameter types through which a framework method can only read what it is given.</summary>
    private static bool ReadsParameter(ITypeSymbol type) => type.SpecialType is SpecialType.System_Object or SpecialType.System_String
        || type.SpecialType == SpecialType.System_Collections_IEnumerable
        || type is INamedTypeSymbol { IsGenericType: true } generic && ProgramAllowList.MetadataName(generic.OriginalDefinition) is
            "System.Collections.Generic.IEnumerable`1" or "System.Collections.Generic.IReadOnlyList`1" or "System.Collections.Generic.IReadOnlyCollection`1"
            or "System.Collections.Generic.IReadOnlySet`1" or "System.Collections.Generic.IReadOnlyDictionary`2" or "System.ReadOnlySpan`1" or "System.ReadOnlyMemory`1";

    /// <summary>True when calling <paramref name="method"/> on a shared value leaves it unchanged.</summary>
    private static bool ReadsReceiver(IMethodSymbol method)
    {
        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        var owner = ProgramAllowList.MetadataName(original.ContainingType);
        if (owner == "System.Linq.Enumerable") return true;
        if (owner == "System.MemoryExtensions") return ReadMembers.Contains(original.Name);
        return ReadMembers.Contains(original.Name) && original.ContainingType.ContainingNamespace?.ToDisplayString() is "System" or "System.Collections.Generic";
    }

    /// <summary>True when <paramref name="node"/> is assigned, incremented, or passed by ref/out (directly or in a deconstruction).</summary>
    private static bool IsWritten(SyntaxNode node)
    {
        var child = node;
        var parent = node.Parent;
        while (parent is ArgumentSyntax { Parent: TupleExpressionSyntax } or TupleExpressionSyntax)
        {
            child = parent;
            parent = parent.Parent;
        }
        return parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == child,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } => true,
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } => true,
            ArgumentSyntax argument => argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword),
            RefExpressionSyntax => true,
            _ => false,
        };
    }

    /// <summary>Inside the declaring type's constructors or the member's own initializer, a shared value may be filled.</summary>
    private static bool InOwnInitialization(SyntaxNode node, ISymbol symbol)
    {
        if (symbol is not (IFieldSymbol or IPropertySymbol)) return false;
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case ConstructorDeclarationSyntax constructor:
                    return constructor.Parent is TypeDeclarationSyntax type && type.Identifier.Text == symbol.ContainingType.Name;
                case VariableDeclaratorSyntax declarator when declarator.Identifier.Text == symbol.Name && declarator.Parent?.Parent is FieldDeclarationSyntax:
                case PropertyDeclarationSyntax property when property.Identifier.Text == symbol.Name:
                    return true;
                case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax:
                    return false;
            }
        }
        return false;
    }

    /// <summary>Static fields and stored static properties, and the stored instance members of the shared instance's type.</summary>
    private static IEnumerable<(ISymbol Symbol, ITypeSymbol Type, SyntaxNode Declaration)> SharedMembers(SemanticModel model, SyntaxNode root, INamedTypeSymbol? shared)
    {
        bool IsShared(ISymbol member) => member.IsStatic || SymbolEqualityComparer.Default.Equals(member.ContainingType, shared);
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } declarator
                    when model.GetDeclaredSymbol(declarator) is IFieldSymbol { IsConst: false } field && IsShared(field):
                    yield return (field, field.Type, declarator);
                    break;
                case PropertyDeclarationSyntax property when model.GetDeclaredSymbol(property) is IPropertySymbol symbol && IsShared(symbol)
                    && (property.Initializer is not null || property.AccessorList?.Accessors.All(a => a.Body is null && a.ExpressionBody is null) == true):
                    yield return (symbol, symbol.Type, property);
                    break;
            }
        }
    }

    private static bool IsCollection(INamedTypeSymbol type) => Collections.Contains(ProgramAllowList.MetadataName(type.OriginalDefinition));

    /// <summary>An array or collection (of the listed kinds) whose elements, keys and values are all immutable.</summary>
    private static bool IsReadableCollection(ITypeSymbol type, IAssemblySymbol assembly) => type switch
    {
        IArrayTypeSymbol array => IsImmutable(array.ElementType, assembly, []),
        INamedTypeSymbol named when IsCollection(named) => named.TypeArguments.All(a => IsImmutable(a, assembly, [])),
        _ => false,
    };

    /// <summary>True when no value of <paramref name="type"/> can change after it is made.</summary>
    private static bool IsImmutable(ITypeSymbol type, IAssemblySymbol assembly, HashSet<ITypeSymbol> seen)
    {
        if (type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String || type.TypeKind == TypeKind.Enum) return true;
        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Delegate) return false;
        if (!seen.Add(named)) return true;
        if (named.IsTupleType) return named.TupleElements.All(e => IsImmutable(e.Type, assembly, seen));
        if (ImmutableTypes.Contains(ProgramAllowList.MetadataName(named.OriginalDefinition)))
            return named.TypeArguments.All(a => IsImmutable(a, assembly, seen));
        if (!SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, assembly)) return false;
        // The program's own type: every instance field (auto-property backing fields included) readonly and immutable.
        for (INamedTypeSymbol? t = named; t is not null && SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, assembly); t = t.BaseType)
            foreach (var field in t.GetMembers().OfType<IFieldSymbol>())
                if (!field.IsStatic && !field.IsConst && (!field.IsReadOnly || !IsImmutable(field.Type, assembly, seen)))
                    return false;
        return true;
    }
}
