using Alchemist.Aggregation;
using Alchemist.Labeling;
using Alchemist.Llm;
using Alchemist.Refinement;
using Alchemist.Synthesis;
using Alchemist.Tasks;

namespace Alchemist.Pipeline;

/// <summary>
/// The refinement stage (<see cref="Refiner"/>) on a run folder after apply and aggregate: starts from the votes of the
/// programs that are not refinement's own, replays every round from the cache and the project's batch files, asks for
/// what is missing, writes the kept programs into the programs folder and the record into the run folder. The caller
/// re-applies and re-aggregates when the kept programs changed.
/// </summary>
public static class RefineStep
{
    /// <summary>Runs the rounds and writes <see cref="RunFolder.RefinementPath"/>.</summary>
    /// <param name="specPath">The project.</param>
    /// <param name="run">The run folder, after apply and aggregate.</param>
    /// <param name="settings">Rounds, programs per round and the gate.</param>
    /// <param name="llm">LLM access (offline, budget, export).</param>
    /// <param name="aggregation">The label model refit after each round (the run's).</param>
    /// <param name="apply">How candidates run.</param>
    /// <param name="cancellationToken">Cancels the calls and fits; answers received stay cached.</param>
    /// <exception cref="AlchemistException">The run folder has not been applied and aggregated, or its data changed.</exception>
    /// <exception cref="LlmCallException">A live call failed for good; answers received before are cached.</exception>
    public static async Task<RefinementRecord> RunAsync(string specPath, RunFolder run, RefineSettings settings, SynthesisSettings llm, AggregateOptions aggregation,
        ApplyOptions? apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(llm);
        ArgumentNullException.ThrowIfNull(aggregation);
        // Rounds start from every first program: what an earlier review retired is reviewed again, from the same votes.
        aggregation = aggregation with { IgnoredPrograms = null };
        var spec = TaskSpecLoader.Load(specPath);
        if (!File.Exists(run.ManifestPath) || !File.Exists(run.LabelModelPath))
            throw new AlchemistException($"{run.Root}: refinement starts from an applied and aggregated run; run 'alchemist run {spec.Directory}' first.");
        var splits = VoteSplits.FromRun(run, aggregation.ReadsGold, cancellationToken);
        var fit = splits.FitSplit(aggregation.FitSplit, RunManifest.Load(run).TrainingSplit);
        var split = fit.Name;
        var matrix = fit.Votes;
        var data = TrainingRows.Load(spec, split, cancellationToken);
        if (data.Count != matrix.Rows)
            throw new AlchemistException($"{run.LabelMatrixPath(split)} has {matrix.Rows} rows but '{split}' now has {data.Count}: the data changed; run 'alchemist run' again.");
        var baseColumns = Enumerable.Range(0, matrix.Columns).Where(j => !RefinementRecord.IsRefinedName(matrix.ProgramNames[j])).ToArray();
        if (baseColumns.Length == 0)
            throw new AlchemistException($"{spec.OutputDirectory}: refinement needs the first programs (synthesized or written by hand); there are none but refined ones.");
        // Everything refinement asks depends only on the programs it starts from, so a re-run replays the same requests:
        // the prior too is resolved on their votes, not on the run's last fit (which has the refined programs in it).
        var baseVotes = matrix.SelectColumns(baseColumns);
        var balance = (aggregation.ClassBalance ?? ClassBalanceChoice.Auto).Resolve(splits, fit with { Votes = baseVotes }, scoredSplit: null);

        RefinementRecord record;
        var pseudoGold = spec.Validation.LlmSample > 0 ? PseudoGold.Load(run) : null;
        if (spec.Validation.LlmSample > 0 && pseudoGold is not { Complete: true })
            record = new RefinementRecord(settings, split, [], RefineStop.WaitingForPseudoGold, [], new CallCounts(0, 0, 0, 0), 0, 0, 0m);
        else
        {
            using var session = SynthesisSession.Open(specPath, PseudoGoldStep.WithProjectBatches(spec, llm), loadData: false, cancellationToken);
            using var chat = session.CreateChatClient();
            var input = new RefineInput(spec, settings, split, TrainingRows.Texts(data), baseVotes, aggregation, balance,
                aggregation.Seed, pseudoGold, apply);
            record = await new Refiner(input, session.Prompts, session.Prices, chat).RunAsync(cancellationToken).ConfigureAwait(false);
            PseudoGoldStep.ExportIfPending(chat);
        }
        ArtifactJson.Save(run.RefinementPath, record);
        return record;
    }
}
