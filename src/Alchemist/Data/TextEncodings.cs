using System.Text;

namespace Alchemist.Data;

/// <summary>
/// The text encodings a data file may be read or written in, by the names users type. UTF-8/16 and Latin-1 are
/// built into .NET; Windows-1252 (the usual "ANSI" of Western spreadsheets, a superset of Latin-1's printable
/// characters) comes from the code-page provider in the shared framework, which works with invariant globalization.
/// </summary>
public static class TextEncodings
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The names <see cref="Get"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "latin1 (iso-8859-1)", "cp1252 (windows-1252)", "utf-16", "utf-16be"];

    /// <summary>The encoding called <paramref name="name"/> (case and dashes ignored); null means UTF-8.</summary>
    /// <exception cref="AlchemistException">The name is not a supported encoding.</exception>
    public static Encoding Get(string? name)
    {
        if (name is null) return Utf8;
        return name.Trim().ToLowerInvariant().Replace("-", "").Replace("_", "") switch
        {
            "utf8" => Utf8,
            "latin1" or "iso88591" or "l1" => Encoding.Latin1,
            "cp1252" or "windows1252" or "ansi" => CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
            "utf16" or "utf16le" or "unicode" => Encoding.Unicode,
            "utf16be" => Encoding.BigEndianUnicode,
            _ => throw new AlchemistException($"Unknown text encoding '{name}'; use one of {string.Join(", ", Names)}."),
        };
    }
}
