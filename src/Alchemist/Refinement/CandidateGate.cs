using Alchemist.Tasks;

namespace Alchemist.Refinement;

/// <summary>The numbers a gate decision rests on, and the decision.</summary>
/// <param name="Keep">True when the candidate is kept.</param>
/// <param name="Reason">Why, with the numbers, in one line.</param>
/// <param name="Votes">Training rows it votes on.</param>
/// <param name="TargetVotes">Target rows it votes on.</param>
/// <param name="NewlyCovered">Rows no kept program voted on that it votes on.</param>
/// <param name="Accuracy">Its estimated accuracy; null when there was nothing to estimate it on.</param>
/// <param name="AccuracySupport">Rows the estimate rests on.</param>
/// <param name="AccuracySource">pseudo-gold (the LLM-labeled sample) or label model (agreement with the current answers).</param>
/// <param name="DuplicateOf">The kept program it duplicates, if any.</param>
/// <param name="DuplicateAgreement">Its agreement with its closest kept program where both vote.</param>
public sealed record GateDecision(bool Keep, string Reason, int Votes, int TargetVotes, int NewlyCovered, double? Accuracy, int AccuracySupport,
    string? AccuracySource, string? DuplicateOf, double? DuplicateAgreement);

/// <summary>
/// Refinement's deterministic keep/drop gate, which reads no gold label: a candidate is kept only when it votes on
/// enough target rows, is not a near duplicate of a kept program, and its estimated accuracy clears the floor. Accuracy
/// is measured on the pseudo-gold sample where the candidate votes on at least <see cref="MinSupport"/> of its rows,
/// else as agreement with the current label model's answers on rows the kept programs cover.
/// </summary>
/// <remarks>
/// A near duplicate agrees with a kept program on at least <see cref="RefineSettings.DuplicateAgreement"/> of the rows
/// both vote on <i>and</i> those rows are most (<see cref="DuplicateOverlap"/>) of the candidate's votes: two programs
/// that agree where they meet but cover different rows are not duplicates — the second one adds coverage.
/// </remarks>
internal sealed class CandidateGate(RefineSettings settings)
{
    /// <summary>Rows an accuracy estimate needs at least.</summary>
    public const int MinSupport = 5;

    /// <summary>The share of a candidate's votes that must fall on a kept program's votes for it to count as that program's duplicate.</summary>
    public const double DuplicateOverlap = 0.8;

    /// <summary>Judges the candidate column <paramref name="candidate"/> (one vote or -1 per row).</summary>
    /// <param name="candidate">Its votes.</param>
    /// <param name="kept">The kept programs' votes (rows × programs).</param>
    /// <param name="isTarget">Per row, whether it is a target row.</param>
    /// <param name="answers">The current label model's answer per row.</param>
    /// <param name="covered">Per row, whether any kept program votes on it.</param>
    /// <param name="pseudoGold">The pseudo-gold sample, when there is one.</param>
    public GateDecision Judge(ReadOnlySpan<sbyte> candidate, LabelMatrix kept, bool[] isTarget, int[] answers, bool[] covered, PseudoGold? pseudoGold)
    {
        ArgumentNullException.ThrowIfNull(kept);
        int votes = 0, targetVotes = 0, newly = 0;
        for (var r = 0; r < candidate.Length; r++)
        {
            if (candidate[r] < 0) continue;
            votes++;
            if (isTarget[r]) targetVotes++;
            if (!covered[r]) newly++;
        }
        var (duplicateOf, agreement) = Closest(candidate, kept, votes);
        var (accuracy, support, source) = Estimate(candidate, answers, covered, pseudoGold);
        GateDecision Decide(bool keep, string reason) => new(keep, reason, votes, targetVotes, newly, accuracy, support, source, keep ? null : duplicateOf, agreement);

        if (targetVotes < settings.MinTargetVotes)
            return Decide(false, $"votes on {targetVotes} target row(s); at least {settings.MinTargetVotes} needed");
        if (duplicateOf is not null)
            return Decide(false, FormattableString.Invariant($"near duplicate of {duplicateOf}: agrees on {agreement:P1} of the rows both vote on, which are most of its votes"));
        if (accuracy is null)
            return Decide(false, $"no estimate of its accuracy: it votes on {support} row(s) of the pseudo-gold sample and of the covered rows (at least {MinSupport} needed)");
        if (accuracy < settings.MinAccuracy)
            return Decide(false, FormattableString.Invariant($"estimated accuracy {accuracy:0.000} on {support} rows ({source}) is below the floor {settings.MinAccuracy:0.00}"));
        return Decide(true, FormattableString.Invariant($"votes on {targetVotes} target rows ({newly} newly covered); estimated accuracy {accuracy:0.000} on {support} rows ({source})"));
    }

    /// <summary>The kept program it duplicates (null when none) and its best agreement with any kept program.</summary>
    private (string? DuplicateOf, double? Agreement) Closest(ReadOnlySpan<sbyte> candidate, LabelMatrix kept, int votes)
    {
        string? duplicate = null;
        double? best = null;
        for (var j = 0; j < kept.Columns; j++)
        {
            int both = 0, agree = 0;
            for (var r = 0; r < candidate.Length; r++)
            {
                var v = candidate[r];
                var w = kept[r, j];
                if (v < 0 || w < 0) continue;
                both++;
                if (v == w) agree++;
            }
            if (both == 0) continue;
            var a = (double)agree / both;
            if (best is null || a > best) best = a;
            if (duplicate is null && a >= settings.DuplicateAgreement && both >= DuplicateOverlap * votes) duplicate = kept.ProgramNames[j];
        }
        return (duplicate, best);
    }

    /// <summary>
    /// A program's estimated accuracy: on the pseudo-gold sample where it votes on at least <see cref="MinSupport"/> of its
    /// rows, else its agreement with <paramref name="answers"/> on the <paramref name="covered"/> rows it votes on (at least
    /// as many); null with the support found when neither has enough rows.
    /// </summary>
    internal static (double? Accuracy, int Support, string? Source) Estimate(ReadOnlySpan<sbyte> candidate, int[] answers, bool[] covered, PseudoGold? pseudoGold)
    {
        if (pseudoGold is not null)
        {
            int support = 0, right = 0;
            for (var i = 0; i < pseudoGold.Rows.Count; i++)
            {
                var (row, label) = (pseudoGold.Rows[i], pseudoGold.Labels[i]);
                if (label < 0 || candidate[row] < 0) continue;
                support++;
                if (candidate[row] == label) right++;
            }
            if (support >= MinSupport) return ((double)right / support, support, "pseudo-gold");
        }
        int total = 0, agree = 0;
        for (var r = 0; r < candidate.Length; r++)
        {
            if (candidate[r] < 0 || !covered[r]) continue;
            total++;
            if (candidate[r] == answers[r]) agree++;
        }
        return total >= MinSupport ? ((double)agree / total, total, "label model") : (null, total, null);
    }
}
