using System.Globalization;
using System.Text;
using Alchemist.Aggregation;
using Alchemist.Labeling;
using Alchemist.Llm;
using Alchemist.Programs;
using Alchemist.Synthesis;
using Alchemist.Tasks;
using Microsoft.Extensions.AI;

namespace Alchemist.Refinement;

/// <summary>What one refinement needs: the task, its training rows and votes, and how to fit and apply.</summary>
/// <param name="Spec">The task.</param>
/// <param name="Settings">Rounds, programs per round, sample size and the gate's thresholds.</param>
/// <param name="Split">The training split's name.</param>
/// <param name="Texts">The split's rows as programs read them (feature rows on a feature task).</param>
/// <param name="Votes">The split's votes of the programs refinement starts from (the synthesized and hand-written ones).</param>
/// <param name="Aggregation">The label model refit after each round (the run's choice, on the LLM-labeled sample when there is one).</param>
/// <param name="Balance">The class balance the label model is fitted with.</param>
/// <param name="Seed">Seed of the fits and samples.</param>
/// <param name="PseudoGold">The LLM-labeled sample, when there is one.</param>
/// <param name="Apply">How candidates run (worker isolation by default).</param>
internal sealed record RefineInput(TaskSpec Spec, RefineSettings Settings, string Split, IReadOnlyList<string> Texts, LabelMatrix Votes,
    AggregateOptions Aggregation, ClassBalance Balance, int Seed, PseudoGold? PseudoGold, ApplyOptions? Apply)
{
    /// <summary>How candidates run: <see cref="Apply"/>, bound to the task's feature columns on a feature task.</summary>
    public ApplyOptions ApplyOptions => Spec.FeatureFields is null ? Apply ?? new ApplyOptions() : (Apply ?? new ApplyOptions()) with { FeatureNames = Spec.FeatureFields };
}

/// <summary>
/// Refinement rounds: each round fits the label model on the current programs, finds what they miss
/// (<see cref="RefineTargets"/>), asks the LLM for programs aimed at the weakest classes with a sample of the missed rows,
/// checks each answer like synthesis does (jailed compile and smoke run, one repair), applies it to the training rows in
/// the jail, and keeps it only when <see cref="CandidateGate"/> says so. Kept programs are written to the programs folder,
/// the others to <c>rejected/</c>, each with its numbers in its header. Every request is a pure function of the
/// programs it starts from and the answers of earlier rounds, so a re-run replays from the cache to the same decisions,
/// and an offline run stops at the first round whose answers are not in yet (to export them as a batch).
/// </summary>
internal sealed class Refiner(RefineInput input, PromptBuilder prompts, PriceTable prices, IChatClient chat)
{
    private readonly ModelPrice? _price = prices.Find(input.Spec.Model.Name);

    /// <summary>Makes the rounds and writes the program files; returns the record (not yet saved).</summary>
    /// <exception cref="LlmCallException">A live call failed for good; answers received before are cached.</exception>
    public async Task<RefinementRecord> RunAsync(CancellationToken cancellationToken)
    {
        var spec = input.Spec;
        var settings = input.Settings;
        var labels = spec.Labels;
        var current = input.Votes;
        var rounds = new List<RefineRound>();
        var kept = new List<string>();
        var written = new List<(string Name, bool Accepted, string Header, string Code)>();
        RefineStop? stop = null;
        using var validator = new ProgramValidator(labels, SmokeRows(), spec.Validation.MaxFaultRate, spec.FeatureFields, input.Apply);
        using var applier = new ProgramApplier(input.ApplyOptions);
        for (var round = 1; round <= settings.Rounds && stop is null; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = State.Of(current, input, cancellationToken);
            var targets = RefineTargets.Find(current, state.Posterior, input.Balance.Prior);
            if (targets.All.Length == 0) { stop = RefineStop.NoTargets; break; }
            var isTarget = new bool[current.Rows];
            foreach (var r in targets.All) isTarget[r] = true;
            var existing = Describe(current);

            var slots = Enumerable.Range(0, settings.ProgramsPerRound).Select(s =>
            {
                var focus = targets.Classes[s % targets.Classes.Length];
                var rows = targets.SampleFor(focus, current, state.Posterior, input.Texts, settings.SampleRows, unchecked(input.Seed * 7919 + round * 1000 + s));
                var name = $"r{round}-{s + 1:00}-{FileStem(labels.Names[focus])}";
                var request = new LlmRequest(spec.Model.Provider, spec.Model.Name, prompts.Refine(existing, rows.Select(r => input.Texts[r]), focus),
                    spec.Model.Temperatures[s % spec.Model.Temperatures.Count], spec.Model.MaxTokens, round * 1000 + s, "refine:" + name);
                return (Name: name, Focus: focus, Request: request);
            }).ToArray();
            var outcomes = await Task.WhenAll(slots.Select(slot => ProduceAsync(slot.Name, slot.Request, validator, cancellationToken))).ConfigureAwait(false);

            var candidates = new RefineCandidate?[slots.Length];
            var accepted = new List<(int Slot, ProgramSource Source)>();
            for (var s = 0; s < slots.Length; s++)
            {
                var (status, code, problems, usage, request) = outcomes[s];
                var focusName = labels.Names[slots[s].Focus];
                if (status == ProgramStatus.Accepted) accepted.Add((s, new ProgramSource(slots[s].Name, code!)));
                else
                {
                    candidates[s] = Candidate(slots[s].Name, focusName, status == ProgramStatus.Pending ? CandidateStatus.Pending : CandidateStatus.Rejected,
                        string.Join("; ", problems), null, usage);
                    if (status == ProgramStatus.Rejected) written.Add((slots[s].Name, false, Header(slots[s].Name, round, focusName, targets, "REJECTED: " + string.Join("; ", problems), usage, request!), code!));
                }
            }
            if (outcomes.Any(o => o.Status == ProgramStatus.Pending))
            {
                var summary = CallSummary.Of(chat);
                stop = summary.BudgetStopped ? RefineStop.Budget : RefineStop.Pending;
                for (var s = 0; s < slots.Length; s++)
                    candidates[s] ??= Candidate(slots[s].Name, labels.Names[slots[s].Focus], CandidateStatus.Pending, "waiting for the other answers of the round", null, outcomes[s].Usage);
                rounds.Add(Round(round, targets, slots.Select(s => labels.Names[s.Focus]).ToArray(), candidates!, current, current, state, state));
                break;
            }

            var before = current;
            var roundKept = new List<(int Slot, string Header, string Code)>();
            if (accepted.Count > 0)
            {
                var applied = await applier.ApplyAsync(accepted.Select(a => a.Source).ToArray(), labels, input.Texts, null, cancellationToken).ConfigureAwait(false);
                var gate = new CandidateGate(settings);
                // Computed once per round and widened by each kept program, not rescanned per candidate.
                var covered = Covered(current);
                for (var a = 0; a < accepted.Count; a++)
                {
                    var s = accepted[a].Slot;
                    var column = Column(applied.Matrix, a);
                    var decision = gate.Judge(column, current, isTarget, state.Answers, covered, input.PseudoGold);
                    var focusName = labels.Names[slots[s].Focus];
                    candidates[s] = Candidate(slots[s].Name, focusName, decision.Keep ? CandidateStatus.Kept : CandidateStatus.Dropped, decision.Reason, decision, outcomes[s].Usage);
                    var header = Header(slots[s].Name, round, focusName, targets, (decision.Keep ? "kept by the gate: " : "DROPPED by the gate: ") + decision.Reason,
                        outcomes[s].Usage, outcomes[s].Request!);
                    if (decision.Keep)
                    {
                        current = Append(current, column, slots[s].Name);
                        for (var r = 0; r < column.Length; r++) covered[r] |= column[r] >= 0;
                        roundKept.Add((s, header, accepted[a].Source.Code));
                    }
                    else written.Add((slots[s].Name, false, header, accepted[a].Source.Code));
                }
            }
            var after = roundKept.Count == 0 ? state : State.Of(current, input, cancellationToken);
            if (roundKept.Count > 0 && state.PseudoGold is { } pgBefore && after.PseudoGold is { } pgAfter && pgAfter.Accuracy < pgBefore.Accuracy)
            {
                // The gate judges each program alone; the round is judged on what it does to the combined answer.
                var why = FormattableString.Invariant($"the round lowered the label model's pseudo-gold accuracy from {pgBefore.Accuracy:0.000} to {pgAfter.Accuracy:0.000}");
                foreach (var (s, header, code) in roundKept)
                {
                    candidates[s] = candidates[s]! with { Status = CandidateStatus.Dropped, Reason = why + "; gate: " + candidates[s]!.Reason };
                    written.Add((slots[s].Name, false, header.Replace("// Status: kept by the gate: ", "// Status: DROPPED (" + why + "); gate: ", StringComparison.Ordinal), code));
                }
                current = before;
                after = state;
                roundKept.Clear();
                stop = RefineStop.NoImprovement;
            }
            foreach (var (s, header, code) in roundKept)
            {
                kept.Add(slots[s].Name);
                written.Add((slots[s].Name, true, header, code));
            }
            rounds.Add(Round(round, targets, slots.Select(s => labels.Names[s.Focus]).ToArray(), candidates!, before, current, state, after));
            if (stop is not null) break;
            if (roundKept.Count == 0) stop = RefineStop.NothingKept;
            else if (state.PseudoGold is { } b && after.PseudoGold is { } f && f.Accuracy <= b.Accuracy) stop = RefineStop.NoImprovement;
        }

        // The review reads the votes the rounds ended with; a run still waiting for answers has not ended its rounds.
        var retirements = settings.DropHarmful && stop is not (RefineStop.Pending or RefineStop.Budget)
            ? HarmfulPrograms.Review(current, settings, votes =>
            {
                var fitted = State.Of(votes, input, cancellationToken);
                return (fitted.Answers, fitted.PseudoGold?.Accuracy);
            }, input.PseudoGold, cancellationToken)
            : null;
        foreach (var (name, accepted, header, code) in written) ProgramFileWriter.Write(spec, name, accepted, header, code);
        RemoveStale(spec, kept, written.Select(w => w.Name).ToHashSet(StringComparer.Ordinal), stop == RefineStop.Pending || stop == RefineStop.Budget);
        var calls = CallSummary.Of(chat);
        var all = rounds.SelectMany(r => r.Candidates).ToArray();
        long prompt = all.Sum(c => c.InputTokens), answer = all.Sum(c => c.OutputTokens);
        return new RefinementRecord(settings, input.Split, rounds, stop ?? RefineStop.RoundLimit, kept, calls.Counts, prompt, answer, _price?.Cost(prompt, answer), retirements);
    }

    /// <summary>The label model's fit on a set of votes: posterior, answers and pseudo-gold accuracy.</summary>
    private sealed record State(Pseudolabels Posterior, int[] Answers, Evaluation.AccuracyEstimate? PseudoGold)
    {
        public static State Of(LabelMatrix votes, RefineInput input, CancellationToken ct)
        {
            var model = input.Aggregation.CreateTrainer(votes).Fit(votes, input.Spec.Labels.Count, input.Balance, input.Seed, ct);
            var posterior = model.PredictProba(votes, ct);
            var answers = new TieBreakPolicy(TieBreakKind.Prior).Decide(posterior, model.ClassBalance.Prior);
            return new State(posterior, answers, input.PseudoGold?.Score(answers));
        }
    }

    private static RefineRound Round(int round, RefineTargets targets, IReadOnlyList<string> focus, IReadOnlyList<RefineCandidate> candidates, LabelMatrix before,
        LabelMatrix after, State stateBefore, State stateAfter) =>
        new(round, targets.Uncovered.Length, targets.Conflicting.Length, targets.Unsure.Length, focus, candidates, Coverage(before), Coverage(after),
            stateBefore.PseudoGold?.Accuracy, stateAfter.PseudoGold?.Accuracy);

    private static RefineCandidate Candidate(string name, string focus, CandidateStatus status, string reason, GateDecision? gate, Usage usage) =>
        new(name, focus, status, reason, gate, (long)usage.InputTokens, (long)usage.OutputTokens, usage.Cost);

    /// <summary>Asks for one program and checks it: jailed compile and smoke run, and one repair round when enabled.</summary>
    private async Task<(ProgramStatus Status, string? Code, IReadOnlyList<string> Problems, Usage Usage, LlmRequest? Request)> ProduceAsync(
        string name, LlmRequest request, ProgramValidator validator, CancellationToken ct)
    {
        var answer = await chat.AskAsync(request, ct).ConfigureAwait(false);
        if (answer is null) return (ProgramStatus.Pending, null, ["waiting for the answer"], Usage.Zero, null);
        var usage = UsageOf(answer);
        var verdict = await validator.ValidateAsync(name, answer.Text, ct).ConfigureAwait(false);
        if (verdict.Accepted || !input.Spec.Validation.Repair)
            return (verdict.Accepted ? ProgramStatus.Accepted : ProgramStatus.Rejected, verdict.Code, verdict.Problems, usage, request);
        var repair = request with { Messages = prompts.Repair(request.Messages, answer.Text, verdict.Problems), Purpose = "repair:" + name };
        var repaired = await chat.AskAsync(repair, ct).ConfigureAwait(false);
        if (repaired is null) return (ProgramStatus.Pending, null, ["waiting for the repair answer", .. verdict.Problems], usage, null);
        usage += UsageOf(repaired);
        var second = await validator.ValidateAsync(name, repaired.Text, ct).ConfigureAwait(false);
        var problems = second.Accepted ? [] : verdict.Problems.Select(p => "first answer: " + p).Concat(second.Problems.Select(p => "after repair: " + p)).ToArray();
        return (second.Accepted ? ProgramStatus.Accepted : ProgramStatus.Rejected, second.Code, problems, usage, repair);
    }

    private Usage UsageOf(LlmResponse response) => new(response.InputTokens, response.OutputTokens, _price?.Cost(response.InputTokens, response.OutputTokens));

    /// <summary>What each current program decides, for the prompt: its classes and the share of rows it votes each on.</summary>
    private IReadOnlyList<string> Describe(LabelMatrix votes)
    {
        var k = input.Spec.Labels.Count;
        var lines = new List<string>();
        for (var j = 0; j < votes.Columns; j++)
        {
            var counts = new int[k];
            for (var r = 0; r < votes.Rows; r++) if (votes[r, j] is var v && v >= 0 && v < k) counts[v]++;
            var parts = Enumerable.Range(0, k).Where(y => counts[y] > 0)
                .Select(y => string.Create(CultureInfo.InvariantCulture, $"{input.Spec.Labels.Names[y]} on {100.0 * counts[y] / Math.Max(1, votes.Rows):0.0}% of rows"));
            lines.Add($"{votes.ProgramNames[j]}: " + (counts.Sum() == 0 ? "never votes" : "returns " + string.Join(", ", parts)));
        }
        return lines;
    }

    private string Header(string name, int round, string focus, RefineTargets targets, string status, Usage usage, LlmRequest request)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append("// ").Append(line.ReplaceLineEndings(" ")).Append('\n');
        Line($"Alchemist labeling program {name} for task '{input.Spec.Name}', written by refinement round {round}.");
        Line("Status: " + status);
        Line($"Aimed at {focus}; the round's targets: {targets.Uncovered.Length} uncovered, {targets.Conflicting.Length} conflicting, {targets.Unsure.Length} unsure rows of '{input.Split}'.");
        Line($"Model: {request.Provider}/{request.Model}, temperature {request.Temperature.ToString(CultureInfo.InvariantCulture)}, sample {request.SampleIndex}.");
        Line(FormattableString.Invariant($"Tokens: {usage.InputTokens:0} prompt + {usage.OutputTokens:0} answer; cost {Dollars.Format(usage.Cost)} at list prices as of {prices.AsOf}."));
        Line("Prompt (system message omitted; see the system template):");
        foreach (var line in request.Messages.Where(m => m.Role == "user").Select(m => m.Text).Take(1).SelectMany(t => t.Split('\n'))) Line("  " + line);
        text.Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// Removes refined program files an earlier refinement wrote that this one did not write (its inputs changed, so its
    /// rounds asked for other programs): a stale program must not keep voting. Hand-edited files stay. When the run
    /// stopped waiting for answers, later rounds' files are left for the run that receives them.
    /// </summary>
    private static void RemoveStale(TaskSpec spec, IReadOnlyList<string> kept, HashSet<string> written, bool waiting)
    {
        foreach (var folder in new[] { spec.OutputDirectory, spec.RejectedDirectory })
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs"))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (!RefinementRecord.IsRefinedName(name) || written.Contains(name) || kept.Contains(name) || waiting) continue;
                var text = File.ReadAllText(file);
                var newline = text.IndexOf('\n', StringComparison.Ordinal);
                if (newline > 0 && !ProgramFileWriter.EditedByHand(text, text[(newline + 1)..])) File.Delete(file);
            }
        }
    }

    private string[] SmokeRows()
    {
        return SeededOrder.Sample(input.Texts.Count, input.Spec.Validation.SmokeRows, input.Spec.Validation.Seed).Select(i => input.Texts[i]).ToArray();
    }

    /// <summary>Column <paramref name="j"/> of <paramref name="matrix"/>: one vote or -1 per row.</summary>
    internal static sbyte[] Column(LabelMatrix matrix, int j)
    {
        var column = new sbyte[matrix.Rows];
        for (var r = 0; r < matrix.Rows; r++) column[r] = (sbyte)matrix[r, j];
        return column;
    }

    /// <summary>Per row, whether any program of <paramref name="votes"/> votes on it.</summary>
    internal static bool[] Covered(LabelMatrix votes)
    {
        var covered = new bool[votes.Rows];
        for (var r = 0; r < votes.Rows; r++)
            foreach (var v in votes.Row(r)) if (v >= 0) { covered[r] = true; break; }
        return covered;
    }

    private static double Coverage(LabelMatrix votes) => votes.Rows == 0 ? 0 : (double)Covered(votes).Count(c => c) / votes.Rows;

    private static LabelMatrix Append(LabelMatrix votes, sbyte[] column, string name)
    {
        var m = votes.Columns + 1;
        var cells = new sbyte[(long)votes.Rows * m];
        for (var r = 0; r < votes.Rows; r++)
        {
            votes.Row(r).CopyTo(cells.AsSpan((int)((long)r * m), votes.Columns));
            cells[(long)r * m + votes.Columns] = column[r];
        }
        return new LabelMatrix(votes.Rows, m, cells, [.. votes.ProgramNames, name]);
    }

    /// <summary>A class name as a file-name part: lower case letters and digits, other runs as one dash.</summary>
    internal static string FileStem(string label)
    {
        var stem = System.Text.RegularExpressions.Regex.Replace(label.ToLowerInvariant(), "[^a-z0-9]+", "-", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Trim('-');
        return stem.Length == 0 ? "class" : stem.Length > 24 ? stem[..24] : stem;
    }
}
