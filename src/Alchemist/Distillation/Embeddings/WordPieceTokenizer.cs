using System.Globalization;
using System.Text;

namespace Alchemist.Distillation.Embeddings;

/// <summary>
/// The uncased BERT tokenizer of Hugging Face (BasicTokenizer + WordpieceTokenizer) re-implemented exactly: drop
/// control and format characters, space out CJK ideographs, split on white space, lower-case, strip accents, split
/// off every punctuation character, then greedy longest-match word pieces. Written here because both off-the-shelf
/// .NET tokenizers diverge from the reference (Microsoft.ML.Tokenizers drops symbols such as '=', '+', '|' and
/// accented words under invariant globalization; the package's tokenizer turns a trailing U+FEFF into [UNK]).
/// </summary>
internal sealed class WordPieceTokenizer
{
    private const int MaxCharsPerWord = 100;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _starts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuations;
    private readonly int _unknownId;

    /// <summary>Reads a vocabulary with one token per line; the line number is the id.</summary>
    public WordPieceTokenizer(Stream vocabulary)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var continuations = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(vocabulary, Encoding.UTF8);
        var id = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine(), id++)
        {
            if (line.StartsWith("##", StringComparison.Ordinal)) continuations.TryAdd(line[2..], id);
            else starts.TryAdd(line, id);
        }
        _starts = starts.GetAlternateLookup<ReadOnlySpan<char>>();
        _continuations = continuations.GetAlternateLookup<ReadOnlySpan<char>>();
        _unknownId = starts.TryGetValue("[UNK]", out var unknown) ? unknown : throw new AlchemistException("The vocabulary has no [UNK] token.");
        ClassificationId = starts["[CLS]"];
        SeparatorId = starts["[SEP]"];
    }

    /// <summary>Id of [CLS].</summary>
    public int ClassificationId { get; }

    /// <summary>Id of [SEP].</summary>
    public int SeparatorId { get; }

    /// <summary>Appends the word-piece ids of <paramref name="text"/> to <paramref name="ids"/>, stopping at <paramref name="maxPieces"/>.</summary>
    public void Encode(string text, List<int> ids, int maxPieces)
    {
        var word = new StringBuilder();
        foreach (var rune in Normalize(text).EnumerateRunes())
        {
            if (ids.Count >= maxPieces) return;
            if (rune.Value == ' ')
            {
                Flush(word, ids, maxPieces);
            }
            else if (IsPunctuation(rune) || IsCjk(rune.Value))
            {
                Flush(word, ids, maxPieces);
                word.Append(rune.ToString());
                Flush(word, ids, maxPieces);
            }
            else
            {
                word.Append(rune.ToString());
            }
        }
        Flush(word, ids, maxPieces);
    }

    /// <summary>Clean, lower-case and strip accents (decomposed marks and precomposed letters); white space becomes a space.</summary>
    private static string Normalize(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0 or 0xFFFD) continue;
            if (IsWhiteSpace(rune)) cleaned.Append(' ');
            else if (!IsControl(rune)) cleaned.Append(rune.ToString());
        }
        var lowered = cleaned.ToString().ToLowerInvariant();
        var result = new StringBuilder(lowered.Length);
        foreach (var rune in lowered.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            if (rune.IsBmp) result.Append(AccentFolding.Fold((char)rune.Value));
            else result.Append(rune.ToString());
        }
        return result.ToString();
    }

    private void Flush(StringBuilder word, List<int> ids, int maxPieces)
    {
        if (word.Length == 0) return;
        var chars = word.ToString().AsSpan();
        word.Clear();
        if (chars.Length > MaxCharsPerWord)
        {
            ids.Add(_unknownId);
            return;
        }
        var pieces = new List<int>();
        for (var start = 0; start < chars.Length;)
        {
            var found = -1;
            var end = chars.Length;
            for (; end > start; end--)
            {
                var candidate = chars[start..end];
                if ((start == 0 ? _starts : _continuations).TryGetValue(candidate, out found)) break;
                found = -1;
            }
            if (found < 0)
            {
                // A word with any unmatchable remainder becomes a single [UNK], as in the reference.
                pieces.Clear();
                pieces.Add(_unknownId);
                break;
            }
            pieces.Add(found);
            start = end;
        }
        foreach (var piece in pieces)
        {
            if (ids.Count >= maxPieces) return;
            ids.Add(piece);
        }
    }

    private static bool IsWhiteSpace(Rune rune) =>
        rune.Value is ' ' or '\t' or '\n' or '\r' || Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpaceSeparator;

    private static bool IsControl(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    /// <summary>ASCII non-alphanumerics count as punctuation (BERT's rule), plus every Unicode P* category.</summary>
    private static bool IsPunctuation(Rune rune)
    {
        var c = rune.Value;
        if (c is >= 33 and <= 47 or >= 58 and <= 64 or >= 91 and <= 96 or >= 123 and <= 126) return true;
        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    /// <summary>The CJK Unified Ideograph blocks BERT spaces out (not Hangul or kana).</summary>
    private static bool IsCjk(int c) =>
        c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF or >= 0x2A700 and <= 0x2B73F
            or >= 0x2B740 and <= 0x2B81F or >= 0x2B820 and <= 0x2CEAF or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;
}
