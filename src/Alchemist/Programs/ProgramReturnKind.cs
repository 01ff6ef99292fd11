namespace Alchemist.Programs;

/// <summary>
/// What a labeling method returns, and so how its answer becomes a class id:
/// <list type="bullet">
/// <item><see cref="ClassId"/> (<c>int</c>): the id itself (-1 abstains).</item>
/// <item><see cref="NullableClassId"/> (<c>int?</c>): the id, null abstains.</item>
/// <item><see cref="Bool"/>/<see cref="NullableBool"/>: only for two-class tasks, where <c>true</c> is class 1 and
/// <c>false</c> class 0 (an "is it the positive class?" predicate, as LLMs write them); null abstains.</item>
/// <item><see cref="ClassName"/> (<c>string</c>): a class name, matched case-insensitively (surrounding white space ignored); null or
/// "abstain" abstains; any other name is a fault.</item>
/// </list>
/// </summary>
internal enum ProgramReturnKind
{
    /// <summary><c>int</c>.</summary>
    ClassId,
    /// <summary><c>int?</c>.</summary>
    NullableClassId,
    /// <summary><c>bool</c>.</summary>
    Bool,
    /// <summary><c>bool?</c>.</summary>
    NullableBool,
    /// <summary><c>string</c> or <c>string?</c>.</summary>
    ClassName,
}
