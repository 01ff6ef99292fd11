namespace Alchemist.Evaluation;

/// <summary>Accuracy per group (e.g. class × background) and the robustness summary over them.</summary>
/// <param name="Average">Accuracy over every row with a gold label (abstains count as wrong).</param>
/// <param name="WorstGroup">The lowest accuracy of any group.</param>
/// <param name="WorstGroupName">The group with that accuracy.</param>
/// <param name="PerGroup">Group → (rows, accuracy), groups in ordinal order.</param>
internal sealed record GroupScores(double Average, double WorstGroup, string WorstGroupName, IReadOnlyDictionary<string, (int Rows, double Accuracy)> PerGroup)
{
    /// <summary>Average minus worst-group accuracy: how much a spurious feature costs the hardest group.</summary>
    public double Gap => Average - WorstGroup;

    /// <summary>Scores <paramref name="answers"/> against <paramref name="gold"/> per group; rows without gold (−1) are left out.</summary>
    /// <exception cref="ArgumentException">The lists differ in length, or no row has gold.</exception>
    public static GroupScores Compute(IReadOnlyList<int> gold, IReadOnlyList<int> answers, IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(groups);
        if (gold.Count != answers.Count || gold.Count != groups.Count)
            throw new ArgumentException($"Gold ({gold.Count}), answers ({answers.Count}) and groups ({groups.Count}) must have one entry per row.");
        var counts = new SortedDictionary<string, (int Rows, int Right)>(StringComparer.Ordinal);
        int rows = 0, right = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            if (gold[i] < 0) continue;
            var hit = answers[i] == gold[i] ? 1 : 0;
            rows++;
            right += hit;
            var (r, h) = counts.GetValueOrDefault(groups[i]);
            counts[groups[i]] = (r + 1, h + hit);
        }
        if (rows == 0) throw new ArgumentException("No row has a gold label.", nameof(gold));
        var perGroup = counts.ToDictionary(c => c.Key, c => (c.Value.Rows, (double)c.Value.Right / c.Value.Rows), StringComparer.Ordinal);
        var worst = perGroup.MinBy(g => g.Value.Item2);
        return new GroupScores((double)right / rows, worst.Value.Item2, worst.Key, perGroup);
    }
}
