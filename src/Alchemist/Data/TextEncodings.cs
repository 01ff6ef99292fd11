using System.Text;

namespace Alchemist.Data;

/// <summary>
/// The text encodings a data file may be read or written in, by the names users type. UTF-8/16 and Latin-1 are
/// built into .NET; Windows-1252 (the usual "ANSI" of Western spreadsheets, a superset of Latin-1's printable
/// characters) comes from the code-page provider in the shared framework, which works with invariant globalization.
/// </summary>
internal static class TextEncodings
{
    // Strict: a file that is not UTF-8 (a Latin-1 export, say) fails with a hint instead of loading as mojibake.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The names <see cref="Get"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "latin1 (iso-8859-1)", "cp1252 (windows-1252)", "utf-16", "utf-16be"];

    /// <summary>
    /// The encoding called <paramref name="name"/> (case and dashes ignored); null means UTF-8, which rejects invalid
    /// bytes (see <see cref="NotDecodable"/>) rather than replacing them.
    /// </summary>
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

    /// <summary>The error for a file whose bytes are not valid in the encoding it is read with.</summary>
    /// <param name="file">The file.</param>
    /// <param name="encodingName">The encoding name from the spec (null: UTF-8).</param>
    /// <param name="row">The line holding the bad bytes, when known (a reader that decodes ahead does not know it).</param>
    /// <param name="bad">The first bytes that do not decode.</param>
    /// <param name="inner">The decoder's error, if any.</param>
    public static DataFormatException NotDecodable(string file, string? encodingName, long? row, ReadOnlySpan<byte> bad, Exception? inner)
    {
        var shown = new string[Math.Min(bad.Length, 4)];
        for (var i = 0; i < shown.Length; i++) shown[i] = $"0x{bad[i]:X2}";
        var bytes = shown.Length > 0 ? $" (byte {string.Join(" ", shown)})" : "";
        return new DataFormatException(file, row, null,
            $"the text is not valid {encodingName ?? "UTF-8"}{bytes}; set the file's encoding (e.g. latin1 or cp1252)", inner);
    }

    /// <summary>The bytes from the first one that is not valid UTF-8 (empty when all are valid); for error messages.</summary>
    internal static ReadOnlySpan<byte> FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
        return bytes[valid..];
    }
}
