namespace Alchemist.Aggregation;

/// <summary>How a row whose highest probability is shared by several classes becomes one answer.</summary>
public enum TieBreakKind
{
    /// <summary>Answer -1 (abstain): the row counts as wrong in scores on all rows.</summary>
    Abstain,
    /// <summary>Pick among the tied classes by a hash of (seed, row): random-looking yet reproducible.</summary>
    DeterministicRandom,
    /// <summary>Pick the tied class with the largest prior (then the lowest id).</summary>
    Prior,
    /// <summary>Pick the lowest tied class id, as numpy's argmax does in WRENCH's evaluation.</summary>
    LowestId,
}

/// <summary>A tie-break policy with its seed (used by <see cref="TieBreakKind.DeterministicRandom"/>).</summary>
/// <param name="Kind">The rule.</param>
/// <param name="Seed">Seed of the deterministic hash.</param>
public sealed record TieBreakPolicy(TieBreakKind Kind, int Seed = 0)
{
    /// <summary>Probabilities closer than this are a tie (float rounding makes exact equality fragile).</summary>
    public const float Tolerance = 1e-6f;

    /// <summary>The rules' names on the command line and in JSON outputs: abstain, random, prior, lowest.</summary>
    public static ChoiceNames<TieBreakKind> Names { get; } = new("tie-break policy",
        ("abstain", TieBreakKind.Abstain), ("random", TieBreakKind.DeterministicRandom), ("prior", TieBreakKind.Prior), ("lowest", TieBreakKind.LowestId));

    /// <summary>The name used on the command line and in JSON outputs.</summary>
    public string Name => Names.NameOf(Kind);

    /// <summary>Turns probabilities into one class id per row (or -1 under <see cref="TieBreakKind.Abstain"/>).</summary>
    public int[] Decide(Pseudolabels probabilities, IReadOnlyList<double> prior)
    {
        var answers = new int[probabilities.Rows];
        Span<int> tied = stackalloc int[probabilities.Classes];
        for (var r = 0; r < answers.Length; r++)
        {
            var row = probabilities.Row(r);
            var best = row[0];
            for (var y = 1; y < row.Length; y++) best = Math.Max(best, row[y]);
            var count = 0;
            for (var y = 0; y < row.Length; y++)
                if (row[y] >= best - Tolerance) tied[count++] = y;
            answers[r] = count == 1 ? tied[0] : Break(tied[..count], r, prior);
        }
        return answers;
    }

    private int Break(ReadOnlySpan<int> tied, int row, IReadOnlyList<double> prior)
    {
        switch (Kind)
        {
            case TieBreakKind.Abstain: return -1;
            case TieBreakKind.LowestId: return tied[0];
            case TieBreakKind.DeterministicRandom:
                // SplitMix64 finaliser: HashCode.Combine is randomised per process, so it would not reproduce.
                var x = ((ulong)(uint)Seed << 32 | (uint)row) + 0x9E3779B97F4A7C15UL;
                x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
                x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
                x ^= x >> 31;
                return tied[(int)(x % (ulong)tied.Length)];
            default:
                var pick = tied[0];
                foreach (var y in tied)
                    if (prior[y] > prior[pick]) pick = y;
                return pick;
        }
    }
}
