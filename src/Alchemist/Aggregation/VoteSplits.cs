using Alchemist.Data;
using Alchemist.Labeling;

namespace Alchemist.Aggregation;

/// <summary>One split's votes and, when known, its gold labels.</summary>
/// <param name="Name">train, valid, test, or data.</param>
/// <param name="Votes">The label matrix.</param>
/// <param name="Gold">Gold class per row (-1 unknown), or null when the split has no labels.</param>
/// <param name="Source">Where the split's rows come from.</param>
public sealed record VoteSplit(string Name, LabelMatrix Votes, int[]? Gold, DataSourceSpec Source)
{
    /// <summary>True when at least one row has a gold label.</summary>
    public bool HasGold => Gold is not null && Gold.Any(g => g >= 0);
}

/// <summary>
/// The label matrices of a task's splits, from a WRENCH dataset's own weak labels or from a run folder made by
/// <c>alchemist apply</c> / <c>alchemist aggregate</c>.
/// </summary>
/// <param name="Labels">The classes.</param>
/// <param name="Splits">Splits by name.</param>
/// <param name="Origin">The WRENCH folder or run folder read, for messages and outputs.</param>
/// <param name="ExcludedIdsFile">The ids file whose rows were dropped from the train split, if any.</param>
public sealed record VoteSplits(LabelSet Labels, IReadOnlyDictionary<string, VoteSplit> Splits, string Origin, string? ExcludedIdsFile)
{
    /// <summary>The split called <paramref name="name"/>.</summary>
    /// <exception cref="AlchemistException">No such split (the message lists those present).</exception>
    public VoteSplit Get(string name) => Splits.TryGetValue(name, out var split)
        ? split
        : throw new AlchemistException($"{Origin} has no split '{name}'; it has {string.Join(", ", Splits.Keys)}.");

    /// <summary>
    /// Reads every split (train, valid, test) of a WRENCH folder with its shipped <c>weak_labels</c>.
    /// </summary>
    /// <param name="folder">The WRENCH dataset folder.</param>
    /// <param name="excludeIdsFile">Ids to drop from the train split (e.g. TREC's <c>labeled_ids.json</c>, appended by DyGen to
    /// WRENCH's split), or null. Never guessed: SMS ships a file of the same name whose ids belong to WRENCH's own split.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <exception cref="AlchemistException">Not a WRENCH folder, or a split without weak labels.</exception>
    public static VoteSplits FromWrench(string folder, string? excludeIdsFile, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(folder, WrenchLoader.LabelFile)))
            throw new AlchemistException($"{folder} is not a WRENCH dataset folder ({WrenchLoader.LabelFile} is missing).");
        var splits = new Dictionary<string, VoteSplit>();
        LabelSet? labels = null;
        foreach (var name in DataSplits.Wrench)
        {
            if (!File.Exists(Path.Combine(folder, name + ".json"))) continue;
            var spec = new DataSourceSpec(folder, "wrench", name, ExcludeIdsFile: name == "train" ? excludeIdsFile : null);
            var data = DatasetLoader.Load(spec, labels, cancellationToken);
            labels ??= data.Labels;
            var votes = data.WeakLabels ?? throw new AlchemistException($"{data.Source} has no weak_labels to aggregate.");
            splits[name] = new VoteSplit(name, votes, data.Gold, spec);
        }
        if (labels is null) throw new AlchemistException($"{folder} has none of the splits {string.Join(", ", DataSplits.Wrench)}.");
        return new VoteSplits(labels, splits, folder, excludeIdsFile);
    }

    /// <summary>
    /// Reads every split of a run folder that has a label matrix; gold labels are reloaded from each split's data
    /// source when <paramref name="loadGold"/> is set (and left null when the data has none).
    /// </summary>
    /// <exception cref="AlchemistException">Not a run folder, no label matrix, a matrix whose programs are not the manifest's,
    /// or data whose row count no longer matches.</exception>
    public static VoteSplits FromRun(RunFolder run, bool loadGold, CancellationToken cancellationToken)
    {
        var manifest = RunManifest.Load(run);
        var splits = new Dictionary<string, VoteSplit>();
        foreach (var (name, spec) in manifest.Splits)
        {
            var path = run.LabelMatrixPath(name);
            if (!File.Exists(path)) continue;
            var votes = manifest.LoadMatrix(run, name);
            int[]? gold = null;
            if (loadGold)
            {
                var data = DatasetLoader.Load(spec, manifest.LabelSet, cancellationToken);
                if (data.Count != votes.Rows)
                    throw new AlchemistException($"{path} has {votes.Rows} rows but its data {data.Source} now has {data.Count}: re-run apply.");
                gold = data.Gold;
            }
            splits[name] = new VoteSplit(name, votes, gold, spec);
        }
        if (splits.Count == 0) throw new AlchemistException($"Run folder {run.Root} has no label matrix: run alchemist apply first.");
        return new VoteSplits(manifest.LabelSet, splits, run.Root, null);
    }

    /// <summary>The split to fit on: the requested one, else train when present, else <paramref name="fallback"/>.</summary>
    public VoteSplit FitSplit(string? requested, string fallback) =>
        requested is not null ? Get(requested) : Splits.TryGetValue("train", out var train) ? train : Get(fallback);
}
