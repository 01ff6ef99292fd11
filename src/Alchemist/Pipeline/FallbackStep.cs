using Alchemist.Aggregation;
using Alchemist.Labeling;
using Alchemist.Refinement;
using Alchemist.Synthesis;
using Alchemist.Tasks;

namespace Alchemist.Pipeline;

/// <summary>
/// The selective per-row fallback stage (<c>fallback:</c> in alchemist.yaml, <c>--llm-fallback</c>): ranks the fit
/// split's rows by how little the programs decide them (<see cref="FallbackRanking"/>), sends the first
/// <see cref="FallbackSettings.Share"/> of them to the LLM one at a time (<see cref="RowLabeler"/>: cache, budget,
/// batch files), and writes <see cref="RunFolder.FallbackPath"/> with the answers and the accuracy curve. The end model
/// then trains on the union (<see cref="Distillation.DistillationOptions.Answers"/>). Offline, unanswered rows stay
/// pending and are exported when the settings export a batch.
/// </summary>
public static class FallbackStep
{
    /// <summary>Runs the stage on the run's current label model and pseudolabels.</summary>
    /// <exception cref="AlchemistException">No label model or pseudolabels yet.</exception>
    /// <exception cref="Llm.LlmCallException">A live call failed for good; answers received before are cached.</exception>
    public static async Task<FallbackRecord> RunAsync(string specPath, RunFolder run, FallbackSettings settings, SynthesisSettings llm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(llm);
        var spec = TaskSpecLoader.Load(specPath);
        var split = RunManifest.Load(run).TrainingSplit;
        var pseudolabelsPath = run.PseudolabelsPath(split);
        if (!File.Exists(pseudolabelsPath) || !File.Exists(run.LabelModelPath))
            throw new AlchemistException($"{pseudolabelsPath} is missing: the fallback ranks rows by the label model's answers; aggregate first.");
        var pseudolabels = PseudolabelsFile.Load(pseudolabelsPath);
        var prior = LabelModelFile.Load(run.LabelModelPath).ClassBalance.Prior;
        var labelModel = new TieBreakPolicy(TieBreakKind.Prior).Decide(pseudolabels, prior);
        var data = TrainingRows.Load(spec, split, cancellationToken);

        var ranked = FallbackRanking.Rank(pseudolabels, settings.Rows, unchecked(spec.Validation.Seed * 53 + 11));
        var sent = ranked[..Math.Min(ranked.Length, (int)Math.Ceiling(settings.Share * data.Count))];
        using var session = SynthesisSession.Open(specPath, PseudoGoldStep.WithProjectBatches(spec, llm), loadData: false, cancellationToken);
        using var chat = session.CreateChatClient();
        var answers = await RowLabeler.AskAsync(session, chat, split, data, sent, cancellationToken).ConfigureAwait(false);
        PseudoGoldStep.ExportIfPending(chat);

        var answered = answers.Labels.Count(l => l >= 0);
        var costPerRow = answered > 0 && answers.Cost is { } cost ? cost / answered : (decimal?)null;
        var curve = FallbackCurves.Build(sent, answers.Labels, labelModel, Judge(data, split, PseudoGold.Load(run)), costPerRow);
        var record = new FallbackRecord(split, settings.Rows, settings.Share, data.Count, sent, answers.Labels, answers.Calls, answers.InputTokens,
            answers.OutputTokens, answers.Cost, answers.BudgetStopped, curve);
        ArtifactJson.Save(run.FallbackPath, record);
        return record;
    }

    /// <summary>
    /// What the delivered labels are scored against: the split's gold labels when it has them (scored, never trained
    /// on), else the LLM-labeled sample (agreement with the per-row LLM, the quality the fallback buys toward).
    /// </summary>
    private static (IReadOnlyList<int>, IReadOnlyList<int>, string)? Judge(Data.Dataset data, string split, PseudoGold? sample)
    {
        if (data.HasGold) return (Enumerable.Range(0, data.Count).ToArray(), data.Gold!, $"the gold labels of '{split}' ({data.Count:N0} rows)");
        if (sample is { Answered: > 0 } s && s.Split == split)
            return (s.Rows, s.Labels, $"agreement with the LLM-labeled sample ({s.Answered} rows of '{split}'), not gold");
        return null;
    }
}
