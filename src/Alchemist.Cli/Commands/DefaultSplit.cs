namespace Alchemist.Cli.Commands;

/// <summary>
/// The split a scoring command uses when <c>--split</c> is not given: the held-out <c>test</c> split when the run has one
/// (WRENCH, or a single file with its holdout), else <c>valid</c>, else the run's only split.
/// </summary>
internal static class DefaultSplit
{
    /// <summary>The split to score among <paramref name="splits"/>.</summary>
    /// <exception cref="AlchemistException">No given split and no obvious default among several.</exception>
    public static string Choose(string? given, IReadOnlyCollection<string> splits)
    {
        if (given is not null) return given;
        foreach (var name in new[] { "test", "valid" })
            if (splits.Contains(name)) return name;
        return splits.Count == 1 ? splits.First() : throw new AlchemistException($"Give --split: one of {string.Join(", ", splits)}.");
    }
}
