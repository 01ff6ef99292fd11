namespace Alchemist.Aggregation;

/// <summary>
/// <c>--label-model auto</c>: picks a model without gold labels by <b>held-out program agreement</b>, then fits it on
/// all programs.
/// </summary>
/// <remarks>
/// <para>The programs are split at random into two halves; each candidate is fitted on one half and its answers are
/// compared with the votes of the other half's programs (on rows the fitting half covers), then the halves swap;
/// this repeats for <see cref="Splits"/> seeded splits. The score is the <b>class-balanced</b> agreement: for each
/// class, the share of held-out votes for that class that the answers match, averaged over the classes — pooling
/// all votes instead rewards answering the most-voted class everywhere, which many one-class programs make look
/// good (it picked FlyingSquid's near-constant answers on SemEval). Why agreement tracks accuracy: if
/// programs are conditionally independent given Y and a held-out program is right with probability a &gt; 1/k and
/// spreads its errors evenly, it agrees with an answer of accuracy q with probability a·q + (1 − a)(1 − q)/(k − 1),
/// which grows with q — so the candidate whose answers agree most with programs it never saw is the one expected to
/// be most accurate, and no gold label is read. The highest score wins; a tie goes to the simpler model
/// (the candidates' order, <see cref="LabelModels.Concrete"/> for <see cref="LabelModels.Create(LabelModelKind, SnorkelOptions, DawidSkeneOptions)"/>).</para>
/// <para>With fewer than 4 programs the halves are too small to measure anything and the first candidate (majority vote) is chosen. On
/// matrices with more than <see cref="MaxSelectionRows"/> rows the selection runs on a seeded sample of rows. Rows are rebuilt
/// from the vote-pattern histogram, so auto also picks from summed shard statistics (<c>alchemist reduce</c>).</para>
/// </remarks>
internal sealed class AutoLabelModel : LabelModelTrainer
{
    /// <summary>Random program splits whose agreements are pooled.</summary>
    public const int Splits = 5;

    /// <summary>Rows used for the selection at most (the chosen model is then fitted on all rows).</summary>
    public const int MaxSelectionRows = 200_000;

    private readonly IReadOnlyList<LabelModelTrainer> _candidates;
    private readonly ReferenceVotes? _reference;

    /// <summary>Creates the selector.</summary>
    /// <param name="candidates">The concrete models to choose from, simplest first (a tie goes to the earlier one); the first
    /// is chosen outright when there are too few programs to measure anything.</param>
    /// <param name="reference">Trusted labels of some rows (an LLM-labeled sample): with at least <see cref="ReferenceLabels.MinRows"/>
    /// of them, the candidate whose answers match them most often wins instead.</param>
    /// <exception cref="ArgumentException">No candidate, or <c>auto</c> among them.</exception>
    public AutoLabelModel(IReadOnlyList<LabelModelTrainer> candidates, ReferenceVotes? reference = null)
    {
        _reference = reference is { Labels.Count: >= ReferenceLabels.MinRows } ? reference : null;
        if (candidates.Count == 0 || candidates.Any(c => c is AutoLabelModel))
            throw new ArgumentException("auto needs at least one concrete candidate.", nameof(candidates));
        _candidates = candidates;
    }

    /// <inheritdoc />
    public override LabelModelKind Kind => LabelModelKind.Auto;

    /// <summary>The pick, fitted on all programs and marked with every candidate's score (<see cref="FittedLabelModel.SelectedBy"/>).</summary>
    private protected override FittedLabelModel FitCore(VoteStatistics statistics, ClassBalance balance, int seed, CancellationToken cancellationToken)
    {
        var scores = _reference is { } reference ? ScoreOn(reference, statistics, balance, seed, cancellationToken)
            : statistics.Programs.Count < 4 ? new Dictionary<string, double>() : Score(statistics, balance, seed, cancellationToken);
        var best = scores.Count == 0 ? _candidates[0] : _candidates.OrderByDescending(candidate => scores[candidate.Name]).First();
        return best.Fit(statistics, balance, seed, cancellationToken).SelectedWith(scores);
    }

    /// <summary>Each candidate, fitted on all programs, scored by its accuracy on the reference rows (ties to the simpler model).</summary>
    private Dictionary<string, double> ScoreOn(ReferenceVotes reference, VoteStatistics statistics, ClassBalance balance, int seed, CancellationToken cancellationToken)
    {
        var scores = new Dictionary<string, double>();
        foreach (var candidate in _candidates)
        {
            var model = candidate.Fit(statistics, balance, seed, cancellationToken);
            var answers = new TieBreakPolicy(TieBreakKind.Prior).Decide(model.PredictProba(reference.Votes, cancellationToken), model.ClassBalance.Prior);
            scores[candidate.Name] = (double)answers.Where((a, i) => a == reference.Labels[i]).Count() / reference.Labels.Count;
        }
        return scores;
    }

    private Dictionary<string, double> Score(VoteStatistics statistics, ClassBalance balance, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var classes = statistics.Classes;
        // Rows rebuilt from the histogram (row order plays no part in the score), sampled above MaxSelectionRows.
        var votes = statistics.Patterns.Expand(MaxSelectionRows, random);
        var halves = new List<(int[] Fit, int[] HeldOut)>();
        for (var s = 0; s < Splits; s++)
        {
            var order = Enumerable.Range(0, votes.Columns).OrderBy(_ => random.Next()).ToArray();
            var a = order[..(order.Length / 2)].Order().ToArray();
            var b = order[(order.Length / 2)..].Order().ToArray();
            halves.Add((a, b));
            halves.Add((b, a));
        }
        var scores = new Dictionary<string, double>();
        foreach (var candidate in _candidates)
        {
            // Per class of the held-out vote: how many such votes there were and how many the answers matched.
            var agree = new long[classes];
            var total = new long[classes];
            foreach (var (fit, heldOut) in halves)
            {
                var part = votes.SelectColumns(fit);
                var model = candidate.Fit(part, classes, balance, seed, cancellationToken);
                var probabilities = model.PredictProba(part, cancellationToken);
                var answers = new TieBreakPolicy(TieBreakKind.Prior).Decide(probabilities, model.ClassBalance.Prior);
                for (var r = 0; r < votes.Rows; r++)
                {
                    if (!probabilities.Covered[r]) continue;
                    foreach (var j in heldOut)
                    {
                        var vote = votes[r, j];
                        if (vote < 0) continue;
                        total[vote]++;
                        if (vote == answers[r]) agree[vote]++;
                    }
                }
            }
            var voted = Enumerable.Range(0, classes).Where(y => total[y] > 0).ToArray();
            scores[candidate.Name] = voted.Length == 0 ? 0 : voted.Average(y => (double)agree[y] / total[y]);
        }
        return scores;
    }
}
