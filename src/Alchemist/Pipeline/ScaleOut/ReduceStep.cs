using System.Diagnostics;
using Alchemist.Aggregation;
using Alchemist.Data;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>What <see cref="ReduceStep"/> did.</summary>
/// <param name="Model">The fitted model, saved as the run folder's <c>label_model.json</c>, as <c>alchemist aggregate</c> saves it.</param>
/// <param name="FitSplit">The split whose summed statistics the model was fitted on.</param>
/// <param name="Rows">Rows per split, summed over its shards.</param>
/// <param name="Shards">Shards summed.</param>
/// <param name="Quarantined">Programs that did not run on some shard, with the shards' reasons (their votes there are abstains).</param>
/// <param name="Seconds">Wall time.</param>
internal sealed record ReduceResult(FittedLabelModel Model, string FitSplit, IReadOnlyDictionary<string, long> Rows, int Shards,
    IReadOnlyDictionary<string, string> Quarantined, double Seconds);

/// <summary>
/// <c>alchemist reduce</c>: sums the statistics of every finished shard per split (exact integer sums), writes each
/// split's summed statistics to <c>RUN/SPLIT/statistics.json</c>, and fits the label model from the fit split's sums
/// alone, in time independent of the row count, writing <c>RUN/label_model.json</c>. The model equals the one
/// <c>alchemist aggregate</c> fits on the whole label matrix (<see cref="VoteStatistics"/>).
/// </summary>
internal static class ReduceStep
{
    /// <summary>The summed statistics of a split in the run folder.</summary>
    public static string StatisticsPath(RunFolder run, string split) => Path.Combine(run.SplitDirectory(split), ShardOutput.StatisticsName);

    /// <summary>Sums and fits.</summary>
    /// <param name="project">The project folder or its alchemist.yaml.</param>
    /// <param name="runName">The run's name under <c>PROJECT/runs/</c>; null: the task's name.</param>
    /// <param name="options">Label model, class balance, fit split and seed: the options <c>alchemist aggregate</c> takes.</param>
    /// <param name="cancellationToken">Stops the sums or the fit; the previous label model stays.</param>
    /// <exception cref="AlchemistException">No plan, unfinished shards (listed), damaged statistics, or a fit that fails.</exception>
    public static ReduceResult Run(string project, string? runName, AggregateOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var sharded = ShardedProject.Load(project, runName);
        var run = sharded.Run;
        var plan = ShardPlan.Load(run);
        var unfinished = plan.Shards.Where(s => ShardOutput.TryLoad(run, s.Index) is null).Select(s => s.Index).ToArray();
        if (unfinished.Length > 0)
            throw new AlchemistException($"{unfinished.Length} of {plan.Shards.Count} shards have not finished (no {ShardOutput.MarkerName} marker): " +
                $"{string.Join(", ", unfinished.Take(10))}{(unfinished.Length > 10 ? ", …" : "")}; run `alchemist apply PROJECT --shard K` for each, then reduce.");

        var quarantined = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var parts = new Dictionary<string, List<VoteStatistics>>();
        foreach (var shard in plan.Shards)
        {
            var marker = ShardOutput.TryLoad(run, shard.Index)!;
            if (marker.Rows != shard.Rows || marker.Split != shard.Split || marker.FirstRow != shard.FirstRow)
                throw new AlchemistException($"{ShardOutput.MarkerPath(run, shard.Index)} describes rows {marker.FirstRow}+{marker.Rows} of '{marker.Split}' but the plan's shard {shard.Index} " +
                    $"is rows {shard.FirstRow}+{shard.Rows} of '{shard.Split}': the shard belongs to another plan; delete its folder and re-run it.");
            foreach (var (program, reason) in marker.Quarantined) quarantined.TryAdd(program, $"shard {shard.Index}: {reason}");
            var statistics = VoteStatisticsFile.Load(ShardOutput.StatisticsPath(run, shard.Index), $"re-run `alchemist apply PROJECT --shard {shard.Index}` after deleting its {ShardOutput.MarkerName}", cancellationToken);
            if (statistics.Rows != shard.Rows)
                throw new AlchemistException($"{ShardOutput.StatisticsPath(run, shard.Index)}: {statistics.Rows} rows, but shard {shard.Index} has {shard.Rows}; delete the shard's folder and re-run it.");
            if (!statistics.Programs.SequenceEqual(plan.Programs))
                throw new AlchemistException($"{ShardOutput.StatisticsPath(run, shard.Index)}: programs differ from the plan's; delete the shard's folder and re-run it.");
            if (!parts.TryGetValue(shard.Split, out var list)) parts[shard.Split] = list = [];
            list.Add(statistics);
        }
        var sums = parts.ToDictionary(p => p.Key, p => VoteStatistics.Sum(p.Value, cancellationToken));
        var fitSplit = options.FitSplit ?? (sums.ContainsKey("train") ? "train" : plan.Shards.Count > 0 ? plan.Shards[0].Split : "train");
        if (!sums.TryGetValue(fitSplit, out var fit))
            throw new AlchemistException($"There are no shards of split '{fitSplit}' to fit on; the plan's splits with rows are {string.Join(", ", sums.Keys)}.");

        var balance = (options.ClassBalance ?? ClassBalanceChoice.Auto).Resolve(sharded.Spec.Labels.Count,
            options.ReadsGold ? DevelopmentGold(sharded, cancellationToken) : null, () => fit.Patterns);
        var model = options.CreateTrainer().Fit(fit, balance, options.Seed, cancellationToken);
        // The sums first, the model last: a reduce that fails leaves the previous model in place.
        foreach (var (split, statistics) in sums) VoteStatisticsFile.Save(StatisticsPath(run, split), statistics);
        LabelModelFile.Save(run.LabelModelPath, model);
        return new ReduceResult(model, fitSplit, sums.ToDictionary(s => s.Key, s => s.Value.Rows), plan.Shards.Count, quarantined, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The development split's gold labels (streamed; only the labels are kept), or null without such a split or gold.</summary>
    private static DevelopmentGold? DevelopmentGold(ShardedProject sharded, CancellationToken cancellationToken)
    {
        if (SplitRoles.DevelopmentOf(sharded.Splits.Keys) is not { } dev || sharded.Splits[dev].LabelField is null && DatasetLoader.FormatOf(sharded.Splits[dev]) != "wrench")
            return null;
        var gold = new List<int>();
        foreach (var chunk in DatasetLoader.ReadChunks(sharded.Splits[dev], sharded.Spec.Labels, PlanStep.CountChunkRows, cancellationToken))
            if (chunk.Gold is { } labels) gold.AddRange(labels);
        return gold.Any(g => g >= 0) ? new DevelopmentGold(dev, gold) : null;
    }
}
