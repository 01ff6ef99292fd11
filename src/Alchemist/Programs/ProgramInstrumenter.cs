using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Alchemist.Programs;

/// <summary>
/// The dynamic half of the sandbox, applied to a program that passed <see cref="SafetyChecker"/>: charges the
/// per-row step budget at every loop iteration and every method/local function/lambda entry, tracks call depth
/// (decremented in a finally), charges a <c>foreach</c> over an array or string once up front, makes every catch
/// clause let budget and regex-timeout faults through, and hands regexes to <see cref="RegexRewriter"/>.
/// Inserted code never contains a line break, so diagnostics keep the program's line numbers.
/// </summary>
internal sealed class ProgramInstrumenter : CSharpSyntaxRewriter
{
    private const string Budget = "global::Alchemist.Programs.Runtime.ProgramBudget";

    private readonly SemanticModel _model;
    private readonly ProgramCompilerOptions _options;
    private readonly RegexRewriter _regexes;
    private int _catchCount;

    public ProgramInstrumenter(SemanticModel model, ProgramCompilerOptions options, RegexRewriter regexes)
    {
        _model = model;
        _options = options;
        _regexes = regexes;
    }

    private static StatementSyntax StepStatement() => ParseStatement($"{Budget}.Step(); ");

    // ---- loops -------------------------------------------------------------------------------------------------

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var rewritten = (ForStatementSyntax)base.VisitForStatement(node)!;
        return _options.Instrument ? rewritten.WithStatement(Prepend(StepStatement(), rewritten.Statement)) : rewritten;
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var rewritten = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return _options.Instrument ? rewritten.WithStatement(Prepend(StepStatement(), rewritten.Statement)) : rewritten;
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var rewritten = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return _options.Instrument ? rewritten.WithStatement(Prepend(StepStatement(), rewritten.Statement)) : rewritten;
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        ChargeForEach(node, (CommonForEachStatementSyntax)base.VisitForEachStatement(node)!);

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        ChargeForEach(node, (CommonForEachStatementSyntax)base.VisitForEachVariableStatement(node)!);

    /// <summary>An array or string is charged once with its length (cheap); any other enumerable per iteration.</summary>
    private SyntaxNode ChargeForEach(CommonForEachStatementSyntax original, CommonForEachStatementSyntax rewritten)
    {
        if (!_options.Instrument) return rewritten;
        var type = _model.GetTypeInfo(original.Expression).Type;
        if (_options.ChargeForEachUpFront && type is IArrayTypeSymbol { Rank: 1 } or { SpecialType: SpecialType.System_String })
        {
            var charge = InvocationExpression(ParseExpression($"{Budget}.Charge"),
                ArgumentList(SingletonSeparatedList(Argument(rewritten.Expression.WithoutTrivia()))));
            return rewritten.WithExpression(charge.WithTriviaFrom(rewritten.Expression));
        }
        return rewritten.WithStatement(Prepend(StepStatement(), rewritten.Statement));
    }

    private static BlockSyntax Prepend(StatementSyntax first, StatementSyntax body) => body is BlockSyntax block
        ? block.WithStatements(block.Statements.Insert(0, first))
        : Block(first, body.WithoutTrivia()).WithTriviaFrom(body);

    // ---- catch clauses ----------------------------------------------------------------------------------------

    /// <summary><c>catch (E e) when (F)</c> becomes <c>catch (E e) when (!IsFault(e) &amp;&amp; (F))</c>; bare catches get a variable.</summary>
    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var rewritten = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        var declaration = rewritten.Declaration;
        string name;
        if (declaration is null)
        {
            name = $"__alchemistFault{_catchCount++}";
            declaration = CatchDeclaration(ParseTypeName("global::System.Exception"), Identifier(TriviaList(Space), name, TriviaList()));
        }
        else if (declaration.Identifier.IsKind(SyntaxKind.None))
        {
            name = $"__alchemistFault{_catchCount++}";
            declaration = declaration.WithType(declaration.Type.WithoutTrailingTrivia())
                .WithIdentifier(Identifier(TriviaList(Space), name, declaration.Type.GetTrailingTrivia()));
        }
        else
        {
            name = declaration.Identifier.Text;
        }
        // Built from nodes, never by printing the program's filter and parsing it again: a second parse could read
        // the text differently from the tree that was checked.
        ExpressionSyntax guard = PrefixUnaryExpression(SyntaxKind.LogicalNotExpression,
            InvocationExpression(ParseExpression($"{Budget}.IsFault"), ArgumentList(SingletonSeparatedList(Argument(IdentifierName(name))))));
        var condition = rewritten.Filter is { } filter
            ? BinaryExpression(SyntaxKind.LogicalAndExpression, guard, ParenthesizedExpression(filter.FilterExpression.WithoutTrivia()))
            : guard;
        var when = CatchFilterClause(Token(TriviaList(Space), SyntaxKind.WhenKeyword, TriviaList(Space)),
            Token(SyntaxKind.OpenParenToken), condition, Token(TriviaList(), SyntaxKind.CloseParenToken, TriviaList(Space)));
        return rewritten.WithDeclaration(declaration).WithFilter(when);
    }

    // ---- method, local function and lambda entries ------------------------------------------------------------

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
        BoundMethod(node, (BaseMethodDeclarationSyntax)base.VisitMethodDeclaration(node)!);

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        BoundMethod(node, (BaseMethodDeclarationSyntax)base.VisitConstructorDeclaration(node)!);

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) =>
        BoundMethod(node, (BaseMethodDeclarationSyntax)base.VisitOperatorDeclaration(node)!);

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) =>
        BoundMethod(node, (BaseMethodDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!);

    private BaseMethodDeclarationSyntax BoundMethod(BaseMethodDeclarationSyntax original, BaseMethodDeclarationSyntax rewritten) =>
        MemberBody(ReturnsVoid(original), rewritten.Body, rewritten.ExpressionBody) is { } body
            ? rewritten.WithBody(body).WithExpressionBody(null).WithSemicolonToken(default).WithTrailingTrivia(rewritten.GetTrailingTrivia())
            : rewritten;

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var rewritten = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return MemberBody(ReturnsVoid(node), rewritten.Body, rewritten.ExpressionBody) is { } body
            ? rewritten.WithBody(body).WithExpressionBody(null).WithSemicolonToken(default).WithTrailingTrivia(rewritten.GetTrailingTrivia())
            : rewritten;
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var rewritten = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        return MemberBody(ReturnsVoid(node), rewritten.Body, rewritten.ExpressionBody) is { } body
            ? rewritten.WithBody(body).WithExpressionBody(null).WithSemicolonToken(default).WithTrailingTrivia(rewritten.GetTrailingTrivia())
            : rewritten;
    }

    /// <summary><c>int P =&gt; e;</c> becomes <c>int P { get { … } }</c> so the getter is bounded like any method.</summary>
    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var rewritten = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        return rewritten.ExpressionBody is { } arrow && Getter(arrow) is { } accessors
            ? rewritten.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors).WithTrailingTrivia(rewritten.GetTrailingTrivia())
            : rewritten;
    }

    /// <inheritdoc cref="VisitPropertyDeclaration"/>
    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var rewritten = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        return rewritten.ExpressionBody is { } arrow && Getter(arrow) is { } accessors
            ? rewritten.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors).WithTrailingTrivia(rewritten.GetTrailingTrivia())
            : rewritten;
    }

    private AccessorListSyntax? Getter(ArrowExpressionClauseSyntax arrow) =>
        Bounded(false, null, arrow.Expression) is { } body
            ? AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body))).WithLeadingTrivia(ArrowTrivia(arrow))
            : null;

    /// <summary>A member's bounded body; an arrow's trivia (maybe a line break) moves onto the new block so lines stay put.</summary>
    private BlockSyntax? MemberBody(bool returnsVoid, BlockSyntax? block, ArrowExpressionClauseSyntax? arrow)
    {
        var body = Bounded(returnsVoid, block, arrow?.Expression);
        return body is not null && arrow is not null ? body.WithLeadingTrivia(ArrowTrivia(arrow)) : body;
    }

    private static SyntaxTriviaList ArrowTrivia(ArrowExpressionClauseSyntax arrow) =>
        arrow.ArrowToken.LeadingTrivia.AddRange(arrow.ArrowToken.TrailingTrivia);

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        var rewritten = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return Bounded(ReturnsVoid(node), rewritten.Block, rewritten.ExpressionBody) is { } body
            ? rewritten.WithExpressionBody(null).WithBlock(body)
            : rewritten;
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        var rewritten = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return Bounded(ReturnsVoid(node), rewritten.Block, rewritten.ExpressionBody) is { } body
            ? rewritten.WithExpressionBody(null).WithBlock(body)
            : rewritten;
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var rewritten = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return Bounded(ReturnsVoid(node), rewritten.Block, null) is { } body ? rewritten.WithBlock(body) : rewritten;
    }

    private bool ReturnsVoid(SyntaxNode original) =>
        (original is AnonymousFunctionExpressionSyntax ? _model.GetSymbolInfo(original).Symbol : _model.GetDeclaredSymbol(original))
        is IMethodSymbol { ReturnsVoid: true };

    /// <summary>
    /// <c>{ Enter(); try { body } finally { Exit(); } }</c> for a block or expression body; null when there is no
    /// body (abstract, partial) or instrumentation is off.
    /// </summary>
    private BlockSyntax? Bounded(bool returnsVoid, BlockSyntax? block, ExpressionSyntax? expressionBody)
    {
        if (!_options.Instrument) return null;
        BlockSyntax inner;
        if (block is not null)
        {
            inner = block.WithoutTrivia();
        }
        else if (expressionBody is { } expression)
        {
            StatementSyntax statement = expression switch
            {
                ThrowExpressionSyntax thrown => ((ThrowStatementSyntax)ParseStatement("throw null; ")).WithExpression(thrown.Expression),
                _ when returnsVoid => ExpressionStatement(expression, ParseToken("; ")),
                _ => ((ReturnStatementSyntax)ParseStatement("return null; ")).WithExpression(expression),
            };
            inner = Block(statement);
        }
        else
        {
            return null;
        }
        var guarded = ((TryStatementSyntax)ParseStatement($"try {{ }} finally {{ {Budget}.Exit(); }}")).WithBlock(inner);
        var body = Block(ParseStatement($"{Budget}.Enter(); "), guarded);
        return block is null ? body : body.WithTriviaFrom(block);
    }

    // ---- regexes ----------------------------------------------------------------------------------------------

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        var rewritten = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
        return _regexes.RewriteStaticCall(node, rewritten) ?? rewritten;
    }

    public override SyntaxNode? VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        var rewritten = (ObjectCreationExpressionSyntax)base.VisitObjectCreationExpression(node)!;
        return _regexes.RewriteConstruction(node, rewritten.ArgumentList) ?? rewritten;
    }

    public override SyntaxNode? VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        var rewritten = (ImplicitObjectCreationExpressionSyntax)base.VisitImplicitObjectCreationExpression(node)!;
        return _regexes.RewriteConstruction(node, rewritten.ArgumentList) ?? rewritten;
    }
}
