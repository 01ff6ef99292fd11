using Alchemist.Data;
using Alchemist.Labeling;
using Alchemist.Programs;
using Alchemist.Tasks;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>
/// What plan, shard apply and reduce read from a project, read the way <c>alchemist run</c> reads it: the splits of its
/// data (a feature task's rows carry its feature columns), its enabled programs, and the run folder.
/// </summary>
internal sealed class ShardedProject
{
    private ShardedProject(TaskSpec spec, RunFolder run, IReadOnlyDictionary<string, DataSourceSpec> splits, IReadOnlyList<ProgramSource> programs)
    {
        Spec = spec;
        Run = run;
        Splits = splits;
        Programs = programs;
    }

    public TaskSpec Spec { get; }

    public RunFolder Run { get; }

    /// <summary>Each split's data, by name, in the order the data source lists them.</summary>
    public IReadOnlyDictionary<string, DataSourceSpec> Splits { get; }

    /// <summary>The enabled programs, in column order.</summary>
    public IReadOnlyList<ProgramSource> Programs { get; }

    /// <summary>The hash a plan records so that a shard refuses programs edited since (names, code, classes and features).</summary>
    public string ProgramsHash => Programs.Aggregate(new StageHash().Add("labels", string.Join(",", Spec.Labels.Names))
            .Add("features", string.Join(",", Spec.FeatureFields ?? [])), (hash, p) => hash.Add(p.Name, p.Code)).Finish();

    /// <summary>How programs run for this task (a feature task binds its columns by name).</summary>
    public ApplyOptions Options(ApplyOptions? options) =>
        Spec.FeatureFields is { } features ? (options ?? new ApplyOptions()) with { FeatureNames = features } : options ?? new ApplyOptions();

    /// <summary>Reads the project (its <c>alchemist.yaml</c> or folder) and its programs.</summary>
    /// <param name="project">The project folder or its alchemist.yaml.</param>
    /// <param name="runName">The run's name under <c>PROJECT/runs/</c>; null: the task's name, as <c>alchemist run</c> uses.</param>
    /// <exception cref="AlchemistException">Bad spec or programs folder, or data with a held-out split (read whole, it cannot be sharded).</exception>
    public static ShardedProject Load(string project, string? runName)
    {
        var spec = TaskSpecLoader.Load(project);
        var data = spec.Data with { Split = null };
        if (data.Holdout is not null)
            throw new AlchemistException($"{TaskSpec.FileName}: data.holdout draws its held-out rows from the whole file, so the data cannot be sharded; give the splits as separate files.");
        var splits = DataSplits.Of(spec.FeatureFields is { } features ? data with { TextFields = features } : data);
        var programs = ApplyStep.Enabled(ProgramFolder.Load(spec.OutputDirectory), spec.Disabled ?? [], spec.OutputDirectory);
        return new ShardedProject(spec, ProjectRunner.RunFolderOf(spec, runName), splits, programs);
    }
}
