using System.Globalization;
using Alchemist.Tasks;

namespace Alchemist.Refinement;

/// <summary>The review of one program whose estimated accuracy fell below the gate's floor after the rounds.</summary>
/// <param name="Program">Its name.</param>
/// <param name="Retired">True when the label model now ignores its votes.</param>
/// <param name="Reason">Why, with the numbers, in one line.</param>
/// <param name="Accuracy">Its estimated accuracy (as the gate estimates a candidate's).</param>
/// <param name="Support">Rows the estimate rests on.</param>
/// <param name="Source">pseudo-gold or label model.</param>
/// <param name="PseudoGoldWith">The label model's accuracy on the LLM-labeled sample with the program; null without a sample.</param>
/// <param name="PseudoGoldWithout">The same without it.</param>
public sealed record RetireDecision(string Program, bool Retired, string Reason, double Accuracy, int Support, string Source,
    double? PseudoGoldWith, double? PseudoGoldWithout);

/// <summary>
/// The gate's optional second look (<see cref="RefineSettings.DropHarmful"/>): after the rounds, every program — first
/// or refined — is estimated as the gate estimates a candidate, and those below the floor are reviewed worst first. One
/// is retired unless leaving it out lowers the label model's accuracy on the LLM-labeled sample (a program can be
/// inaccurate alone and still help the combined answer), or would leave fewer than <see cref="MinPrograms"/>. The label
/// model is refitted after each retirement, so the next estimate reads the answers without it. It runs after the
/// rounds, so it changes no request of theirs: a re-run replays the same rounds and reaches the same review.
/// </summary>
internal static class HarmfulPrograms
{
    /// <summary>Programs the label model keeps at least.</summary>
    public const int MinPrograms = 3;

    /// <summary>Reviews the programs of <paramref name="votes"/>; returns one decision per program reviewed, in review order.</summary>
    /// <param name="votes">Every program's votes on the training split.</param>
    /// <param name="settings">The gate's floor.</param>
    /// <param name="fit">The label model's answers and pseudo-gold accuracy on a set of votes.</param>
    /// <param name="pseudoGold">The LLM-labeled sample, when there is one.</param>
    /// <param name="cancellationToken">Cancels between fits.</param>
    public static IReadOnlyList<RetireDecision> Review(LabelMatrix votes, RefineSettings settings, Func<LabelMatrix, (int[] Answers, double? PseudoGold)> fit,
        PseudoGold? pseudoGold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(fit);
        var active = Enumerable.Range(0, votes.Columns).ToList();
        var reviewed = new HashSet<int>();
        var decisions = new List<RetireDecision>();
        // One fit per set of programs: a kept program leaves the state as it was, and the fit without a retired one,
        // made to check it, is the state the review goes on from.
        var state = Fit(active);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var worst = active.Select((column, position) => (Column: column, Estimate: state.Estimates[position]))
                .Where(c => !reviewed.Contains(c.Column) && c.Estimate.Accuracy < settings.MinAccuracy)
                .OrderBy(c => c.Estimate.Accuracy).ThenBy(c => c.Column).FirstOrDefault();
            if (worst.Estimate.Accuracy is not { } accuracy) break;
            reviewed.Add(worst.Column);
            var (_, support, source) = worst.Estimate;
            var name = votes.ProgramNames[worst.Column];
            var with = state.PseudoGold;
            var below = string.Create(CultureInfo.InvariantCulture, $"estimated accuracy {accuracy:0.000} on {support} rows ({source}) is below the floor {settings.MinAccuracy:0.00}");
            RetireDecision Decide(bool retire, string reason, double? without) => new(name, retire, below + "; " + reason, accuracy, support, source!, with, without);
            if (active.Count <= MinPrograms)
            {
                decisions.Add(Decide(false, $"kept: retiring it would leave fewer than {MinPrograms} programs", null));
                continue;
            }
            var rest = active.Where(c => c != worst.Column).ToList();
            var without = Fit(rest);
            if (with is { } a && without.PseudoGold is { } b && b < a)
            {
                decisions.Add(Decide(false, string.Create(CultureInfo.InvariantCulture, $"kept: leaving it out lowers the label model's pseudo-gold accuracy from {a:0.000} to {b:0.000}"), b));
                continue;
            }
            decisions.Add(Decide(true, with is { } x && without.PseudoGold is { } y
                ? string.Create(CultureInfo.InvariantCulture, $"retired: the label model's pseudo-gold accuracy without it is {y:0.000} (with it {x:0.000})")
                : "retired: there is no LLM-labeled sample to check the combined answer on", without.PseudoGold));
            (active, state) = (rest, without);
        }
        return decisions;

        // The label model on the columns kept, and each column's estimate against its answers (in the columns' order).
        (double? PseudoGold, (double? Accuracy, int Support, string? Source)[] Estimates) Fit(List<int> columns)
        {
            var current = votes.SelectColumns(columns);
            var (answers, pseudoGoldAccuracy) = fit(current);
            var covered = Refiner.Covered(current);
            return (pseudoGoldAccuracy, Enumerable.Range(0, columns.Count)
                .Select(position => CandidateGate.Estimate(Refiner.Column(current, position), answers, covered, pseudoGold)).ToArray());
        }
    }
}
