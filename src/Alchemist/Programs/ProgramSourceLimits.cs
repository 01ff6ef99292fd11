namespace Alchemist.Programs;

/// <summary>
/// Bounds checked on the raw text before Roslyn parses it: parsing, binding and emitting are recursive, so a huge
/// file or a deep nest of brackets (10,000 parentheses) would exhaust the compiler's stack or memory. The scan is a
/// flat count of bracket depth over the characters, strings and comments included (a false refusal needs dozens of
/// unbalanced brackets inside literals, which no labeling program has).
/// </summary>
internal static class ProgramSourceLimits
{
    /// <summary>Largest answer or program file accepted, in characters (LLM programs are a few thousand).</summary>
    public const int MaxChars = 128 * 1024;

    /// <summary>Deepest nesting of ( [ { accepted.</summary>
    public const int MaxNesting = 64;

    /// <summary>Why <paramref name="text"/> is refused before parsing, or null.</summary>
    public static string? Refusal(string text)
    {
        if (text.Length > MaxChars)
            return $"The program is {text.Length:N0} characters long; at most {MaxChars:N0} are accepted.";
        int depth = 0, line = 1;
        foreach (var c in text)
        {
            switch (c)
            {
                case '(' or '[' or '{' when ++depth > MaxNesting:
                    return $"line {line}: brackets nest deeper than {MaxNesting} levels; simplify the expression.";
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '\n':
                    line++;
                    break;
            }
        }
        return null;
    }
}
