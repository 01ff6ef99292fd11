namespace Alchemist.Core;

/// <summary>
/// Shortens text that is quoted in a message (a data row, a server's answer, an exception's text) so a 5 MB line is
/// never echoed whole: one line, at most a bounded number of characters, with how much was cut.
/// </summary>
internal static class Excerpt
{
    /// <summary>The default bound: enough to recognise a row or an error, short enough for one terminal line or three.</summary>
    public const int DefaultMaxChars = 300;

    /// <summary>
    /// <paramref name="text"/> on one line (line breaks and tabs become spaces) and cut to <paramref name="maxChars"/>
    /// characters, followed by "… (N more characters)" when cut.
    /// </summary>
    public static string Of(string? text, int maxChars = DefaultMaxChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChars);
        if (string.IsNullOrEmpty(text)) return "";
        var cut = text.Length > maxChars;
        var head = cut ? text[..maxChars] : text;
        var oneLine = head.ReplaceLineEndings(" ").Replace('\t', ' ').Trim();
        return cut ? $"{oneLine}… ({text.Length - maxChars:N0} more characters)" : oneLine;
    }
}
