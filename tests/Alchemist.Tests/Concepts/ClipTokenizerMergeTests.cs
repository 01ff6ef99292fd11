using Alchemist.Concepts;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Concepts;

public sealed class ClipTokenizerMergeTests
{
    [Fact]
    public void Merges_apply_by_rank_and_unknown_symbols_become_the_end_token()
    {
        using var folder = new TempFolder();
        // "bird</w>" merges b+i (rank 0), then bi+r (1), then bir+d</w> (2); "bid" stops at bi + d</w>, a vocabulary entry.
        var vocabulary = folder.Write("vocab.json", """
            {"b": 0, "i": 1, "r": 2, "d</w>": 3, "bi": 4, "bir": 5, "bird</w>": 6, "<|startoftext|>": 7, "<|endoftext|>": 8}
            """);
        var merges = folder.Write("merges.txt", "#version: 0.2\nb i\nbi r\nbir d</w>\n");
        var tokenizer = new ClipTokenizer(vocabulary, merges, 8);
        var (ids, length) = tokenizer.Encode("Bird bid zz");
        // bird → 6; bid → bi d</w> = 4 3; zz → z, z</w> (not in the vocabulary) → 8 8; then end and padding.
        Assert.Equal([7, 6, 4, 3, 8, 8, 8, 8], ids);
        Assert.Equal(7, length);
    }
}
