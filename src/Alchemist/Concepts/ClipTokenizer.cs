using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Alchemist.Concepts;

/// <summary>
/// CLIP's byte-level BPE tokenizer, read from a Hugging Face export's <c>vocab.json</c> and <c>merges.txt</c>:
/// NFC, whitespace runs collapsed to one space, lower-cased, split with CLIP's pattern, every piece's bytes mapped
/// to GPT-2's printable byte alphabet, <c>&lt;/w&gt;</c> appended to its last symbol, merged by rank, then wrapped
/// in <c>&lt;|startoftext|&gt;</c> … <c>&lt;|endoftext|&gt;</c> and padded with the pad token to the context length.
/// </summary>
internal sealed class ClipTokenizer
{
    private const string EndOfWord = "</w>";
    private const string StartToken = "<|startoftext|>";
    private const string EndToken = "<|endoftext|>";

    // CLIP's pre-tokenizer pattern (tokenizer.json, "Split"), with the whitespace clean-up done before it.
    private static readonly Regex Pieces = new(
        @"<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly string[] ByteSymbols = BuildByteSymbols();

    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<(string, string), int> _mergeRanks;
    private readonly Dictionary<string, int[]> _wordCache = new(StringComparer.Ordinal);
    private readonly Lock _cacheLock = new();

    /// <summary>Reads the vocabulary and merges.</summary>
    /// <param name="vocabularyPath">The <c>vocab.json</c> map from symbol to id.</param>
    /// <param name="mergesPath">The <c>merges.txt</c> list of merges, best first (a <c>#version</c> line is skipped).</param>
    /// <param name="contextLength">Tokens per text after padding or truncation (77 for CLIP).</param>
    /// <exception cref="AlchemistException">A file is malformed or lacks the start/end tokens.</exception>
    public ClipTokenizer(string vocabularyPath, string mergesPath, int contextLength)
    {
        if (contextLength < 2) throw new AlchemistException($"CLIP context length must be at least 2, got {contextLength}.");
        ContextLength = contextLength;
        try
        {
            using var stream = File.OpenRead(vocabularyPath);
            _vocabulary = JsonSerializer.Deserialize<Dictionary<string, int>>(stream)
                ?? throw new AlchemistException($"{vocabularyPath}: the vocabulary is empty.");
        }
        catch (JsonException e)
        {
            throw new AlchemistException($"{vocabularyPath}: not a JSON map from symbol to id ({e.Message}).");
        }
        StartId = Require(vocabularyPath, StartToken);
        EndId = Require(vocabularyPath, EndToken);
        _mergeRanks = new Dictionary<(string, string), int>();
        var line = 0;
        foreach (var text in File.ReadLines(mergesPath))
        {
            line++;
            if (text.Length == 0 || (line == 1 && text.StartsWith("#version", StringComparison.Ordinal))) continue;
            var parts = text.Split(' ');
            if (parts.Length != 2) throw new AlchemistException($"{mergesPath}, line {line}: a merge must be two symbols separated by one space.");
            _mergeRanks.TryAdd((parts[0], parts[1]), _mergeRanks.Count);
        }
    }

    /// <summary>Tokens per encoded text.</summary>
    public int ContextLength { get; }

    /// <summary>The id of <c>&lt;|startoftext|&gt;</c>.</summary>
    public int StartId { get; }

    /// <summary>The id of <c>&lt;|endoftext|&gt;</c>, which CLIP also pads with.</summary>
    public int EndId { get; }

    /// <summary>
    /// The ids of <paramref name="text"/>: start token, at most <see cref="ContextLength"/> − 2 word ids, end token,
    /// then padding; and the number of real tokens (start and end included), for the attention mask.
    /// </summary>
    public (long[] Ids, int Length) Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = new List<int> { StartId };
        var normal = Whitespace.Replace(text.Normalize(NormalizationForm.FormC), " ").ToLowerInvariant();
        foreach (Match piece in Pieces.Matches(normal))
        {
            if (piece.Value == StartToken) ids.Add(StartId);
            else if (piece.Value == EndToken) ids.Add(EndId);
            else ids.AddRange(EncodeWord(piece.Value));
        }
        if (ids.Count > ContextLength - 1) ids.RemoveRange(ContextLength - 1, ids.Count - (ContextLength - 1));
        ids.Add(EndId);
        var result = new long[ContextLength];
        Array.Fill(result, EndId);
        for (var i = 0; i < ids.Count; i++) result[i] = ids[i];
        return (result, ids.Count);
    }

    private int[] EncodeWord(string word)
    {
        lock (_cacheLock)
            if (_wordCache.TryGetValue(word, out var cached)) return cached;
        var bytes = Encoding.UTF8.GetBytes(word);
        var symbols = new List<string>(bytes.Length);
        foreach (var b in bytes) symbols.Add(ByteSymbols[b]);
        symbols[^1] += EndOfWord;
        Merge(symbols);
        var ids = new int[symbols.Count];
        for (var i = 0; i < ids.Length; i++)
            ids[i] = _vocabulary.TryGetValue(symbols[i], out var id) ? id : EndId; // the export's unk token is <|endoftext|>
        lock (_cacheLock) _wordCache[word] = ids;
        return ids;
    }

    /// <summary>Repeatedly merges the adjacent pair of lowest rank, as the reference BPE does.</summary>
    private void Merge(List<string> symbols)
    {
        while (symbols.Count > 1)
        {
            var best = -1;
            var bestRank = int.MaxValue;
            for (var i = 0; i + 1 < symbols.Count; i++)
                if (_mergeRanks.TryGetValue((symbols[i], symbols[i + 1]), out var rank) && rank < bestRank)
                {
                    bestRank = rank;
                    best = i;
                }
            if (best < 0) return;
            var (left, right) = (symbols[best], symbols[best + 1]);
            // Merge every occurrence of the chosen pair from left to right, like the reference implementation.
            for (var i = 0; i + 1 < symbols.Count; i++)
                if (symbols[i] == left && symbols[i + 1] == right)
                {
                    symbols[i] = left + right;
                    symbols.RemoveAt(i + 1);
                }
        }
    }

    private int Require(string path, string token) =>
        _vocabulary.TryGetValue(token, out var id) ? id : throw new AlchemistException($"{path}: the vocabulary lacks {token}.");

    /// <summary>GPT-2's reversible map from bytes to printable characters (bytes_to_unicode).</summary>
    private static string[] BuildByteSymbols()
    {
        var symbols = new string[256];
        var next = 256;
        for (var b = 0; b < 256; b++)
        {
            var printable = b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF;
            symbols[b] = char.ConvertFromUtf32(printable ? b : next++).ToString(CultureInfo.InvariantCulture);
        }
        return symbols;
    }
}
