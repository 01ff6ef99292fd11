namespace Alchemist.Labeling;

/// <summary>One program's row of the analysis table (Snorkel's <c>LFAnalysis.lf_summary</c>).</summary>
/// <param name="Name">The program (column) name.</param>
/// <param name="Polarity">The distinct class ids it voted, ascending.</param>
/// <param name="Coverage">Fraction of rows it votes on.</param>
/// <param name="Overlaps">Fraction of rows it votes on where at least one other program votes too.</param>
/// <param name="Conflicts">Fraction of rows it votes on where another program votes a different class.</param>
/// <param name="Correct">With gold labels: votes equal to the gold label (rows without gold are not counted).</param>
/// <param name="Incorrect">With gold labels: votes different from the gold label.</param>
/// <param name="EmpiricalAccuracy">With gold labels: Correct / (Correct + Incorrect), 0 when it never votes on a gold row.</param>
public sealed record ProgramSummary(
    string Name,
    IReadOnlyList<int> Polarity,
    double Coverage,
    double Overlaps,
    double Conflicts,
    int? Correct = null,
    int? Incorrect = null,
    double? EmpiricalAccuracy = null);

/// <summary>The whole analysis: overall coverage/overlap/conflict and the per-program table.</summary>
/// <param name="Rows">Rows analysed.</param>
/// <param name="Coverage">Fraction of rows with at least one vote.</param>
/// <param name="Overlap">Fraction of rows with at least two votes.</param>
/// <param name="Conflict">Fraction of rows with at least two different votes.</param>
/// <param name="Programs">One summary per column, in column order.</param>
public sealed record LabelMatrixSummary(int Rows, double Coverage, double Overlap, double Conflict, IReadOnlyList<ProgramSummary> Programs);

/// <summary>
/// Program diagnostics with the definitions of Snorkel's <c>LFAnalysis</c> (snorkel/labeling/analysis.py):
/// all fractions are over all n rows, and a row "overlaps"/"conflicts" when it has ≥ 2 votes / ≥ 2 distinct votes.
/// One deliberate difference: Correct/Incorrect count the program's votes against gold directly (Snorkel slices a
/// confusion matrix, which drops class 0 when a column never abstains); rows whose gold is -1 are left out.
/// </summary>
internal static class ProgramAnalysis
{
    /// <summary>Analyses <paramref name="matrix"/>; with <paramref name="gold"/> (one id per row, -1 unknown) adds accuracy columns.</summary>
    /// <exception cref="ArgumentException">The gold labels do not have one entry per row.</exception>
    public static LabelMatrixSummary Summarize(LabelMatrix matrix, IReadOnlyList<int>? gold = null)
    {
        if (gold is not null && gold.Count != matrix.Rows)
            throw new ArgumentException($"Expected {matrix.Rows} gold labels, got {gold.Count}.", nameof(gold));
        int n = matrix.Rows, m = matrix.Columns;
        var votes = new int[m];
        var overlaps = new int[m];
        var conflicts = new int[m];
        var correct = new int[m];
        var incorrect = new int[m];
        var polarity = Enumerable.Range(0, m).Select(_ => new SortedSet<int>()).ToArray();
        int covered = 0, overlapped = 0, conflicted = 0;
        for (var i = 0; i < n; i++)
        {
            var row = matrix.Row(i);
            int count = 0, first = LabelSet.Abstain;
            var differs = false;
            foreach (var v in row)
            {
                if (v == LabelSet.Abstain) continue;
                if (count++ == 0) first = v;
                else if (v != first) differs = true;
            }
            if (count > 0) covered++;
            if (count > 1) overlapped++;
            if (differs) conflicted++;
            var truth = gold?[i] ?? LabelSet.Abstain;
            for (var j = 0; j < m; j++)
            {
                var v = row[j];
                if (v == LabelSet.Abstain) continue;
                votes[j]++;
                polarity[j].Add(v);
                if (count > 1) overlaps[j]++;
                if (differs) conflicts[j]++;
                if (truth == LabelSet.Abstain) continue;
                if (v == truth) correct[j]++;
                else incorrect[j]++;
            }
        }
        double Fraction(int count) => n == 0 ? 0 : (double)count / n;
        var programs = Enumerable.Range(0, m).Select(j => new ProgramSummary(
            matrix.ProgramNames[j], polarity[j].ToArray(), Fraction(votes[j]), Fraction(overlaps[j]), Fraction(conflicts[j]),
            gold is null ? null : correct[j],
            gold is null ? null : incorrect[j],
            gold is null ? null : correct[j] + incorrect[j] == 0 ? 0 : (double)correct[j] / (correct[j] + incorrect[j]))).ToArray();
        return new LabelMatrixSummary(n, Fraction(covered), Fraction(overlapped), Fraction(conflicted), programs);
    }
}
