using System.Diagnostics;
using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Distillation;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>What <see cref="ShardPredictStep"/> did.</summary>
/// <param name="Shard">The shard.</param>
/// <param name="Skipped">True when the shard had been predicted with the same models (its marker says so) and nothing ran.</param>
/// <param name="Output">The shard's marker.</param>
/// <param name="Seconds">Wall time.</param>
internal sealed record ShardPredictResult(Shard Shard, bool Skipped, ShardPrediction Output, double Seconds);

/// <summary>
/// <c>alchemist predict PROJECT --shard K</c>: labels shard K's rows with the end model (what <c>alchemist predict</c>
/// writes per row) and, when the shard has votes and the run a label model (<c>alchemist reduce</c>), adds the label
/// model's posteriors for those votes; writes <c>RUN/shards/K/predictions.parquet</c> (one row group per chunk) and,
/// last, the <see cref="ShardPrediction.MarkerName"/> marker. Memory is bounded by the chunk; the same shard and models
/// always give the same bytes; a shard already predicted with the same models is skipped.
/// </summary>
internal static class ShardPredictStep
{
    /// <summary>Rows read, predicted and written at a time.</summary>
    internal const int ChunkRows = 16384;

    /// <summary>The leading column of every predictions file: the row's stable id.</summary>
    public const string RowIdColumn = "row_id";

    /// <summary>Whether shard <paramref name="index"/> has predictions from <paramref name="models"/>.</summary>
    public static bool Finished(RunFolder run, int index, PredictionModels models) =>
        ShardPrediction.TryLoad(run, index) is { } done && done.Models.EndModelSha256 == models.EndModelSha256 && done.Models.LabelModelSha256 == models.LabelModelSha256;

    /// <summary>Predicts one shard (or skips it when predicted with the same models).</summary>
    /// <param name="project">The project folder or its alchemist.yaml.</param>
    /// <param name="runName">The run's name under <c>PROJECT/runs/</c>; null: the task's name.</param>
    /// <param name="index">The shard.</param>
    /// <param name="endModel">The end model file; null: the run's <c>end_model.bin</c> when it exists.</param>
    /// <param name="progress">Hears rows written so far, per chunk.</param>
    /// <param name="cancellationToken">Stops the shard; nothing half-written is left under an output's name.</param>
    /// <exception cref="AlchemistException">No plan, no such shard, nothing to predict with, a model that does not fit the project, or data that no longer matches the plan.</exception>
    public static ShardPredictResult Run(string project, string? runName, int index, string? endModel, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var sharded = ShardedProject.Load(project, runName);
        var run = sharded.Run;
        var plan = ShardPlan.Load(run);
        var shard = plan.Get(index);
        var votes = ShardOutput.TryLoad(run, index) is not null;
        var models = PredictionModels.Of(run, endModel, votes);
        if (Finished(run, index, models)) return new ShardPredictResult(shard, Skipped: true, ShardPrediction.TryLoad(run, index)!, clock.Elapsed.TotalSeconds);
        // A marker of other models goes first: a run killed below must not look finished.
        if (File.Exists(ShardPrediction.MarkerPath(run, index))) File.Delete(ShardPrediction.MarkerPath(run, index));
        var spec = ShardRows.SpecOf(sharded, shard);

        using var model = models.EndModel is { } path ? EndModelFile.Load(path) : null;
        // The project's text fields feed the model whatever they were called where it was trained, as `predict --data --text-field` does.
        if (model is not null && !model.Labels.Names.SequenceEqual(plan.Labels))
            throw new AlchemistException($"The end model {models.EndModel} has the classes {string.Join(", ", model.Labels.Names)}; the plan's are {string.Join(", ", plan.Labels)}.");
        var labelModel = models.LabelModelSha256 is null ? null : LabelModelFile.Load(run.LabelModelPath);
        if (labelModel is not null && labelModel.ColumnsOf(plan.Programs) is null)
            throw new AlchemistException($"{run.LabelModelPath} was fitted on other programs than the plan's; run `alchemist reduce` again.");
        var predictor = model is null ? null : new DistinctTextPredictor(model);
        using var shardVotes = labelModel is null ? null : new VoteReader(ShardOutput.VotesPath(run, index), plan.Programs, cancellationToken);

        IReadOnlyList<string>? columnNames = null;
        using (var writer = new TableStreamWriter(ShardPrediction.OutputPath(run, index)))
        {
            foreach (var (rows, firstRow) in ShardRows.Read(spec, sharded.Spec.Labels, shard, ChunkRows, cancellationToken))
            {
                var columns = new List<TableColumn> { new(RowIdColumn, RowIds(firstRow, rows.Count)) };
                (int Label, float Probability)[]? decided = null;
                if (model is not null)
                {
                    decided = model.Decide(predictor!.Predict(Distiller.Texts(rows), cancellationToken));
                    columns.AddRange(PredictStep.Columns(rows, model, decided));
                }
                else if (rows.Ids is { } ids) columns.Add(new TableColumn("id", ids));
                if (labelModel is not null)
                {
                    var posteriors = labelModel.PredictProba(shardVotes!.Next(firstRow, rows.Count), cancellationToken);
                    columns.AddRange(Posteriors(posteriors, plan.Labels));
                    if (decided is not null && model!.CoveredAnswer == CoveredRowsAnswer.LabelModel)
                        columns.Add(HandedOut(posteriors, labelModel.ClassBalance.Prior, decided, plan.Labels));
                }
                writer.Append(columns, cancellationToken);
                columnNames ??= columns.Select(c => c.Name).ToArray();
                progress?.Report(writer.Rows);
            }
            writer.Complete();
        }
        var output = new ShardPrediction(index, shard.Split, shard.FirstRow, shard.Rows, models, columnNames ?? []);
        ArtifactJson.Save(ShardPrediction.MarkerPath(run, index), output);
        return new ShardPredictResult(shard, Skipped: false, output, clock.Elapsed.TotalSeconds);
    }

    private static long[] RowIds(long first, int count)
    {
        var ids = new long[count];
        for (var i = 0; i < count; i++) ids[i] = first + i;
        return ids;
    }

    /// <summary>
    /// <c>handed_out_label</c>, when the end model file says covered rows take the label model's answer
    /// (<see cref="CoveredRowsAnswer.LabelModel"/>): that answer (prior tie-break, as the run's pseudolabels) where a program
    /// voted, the end model's elsewhere; the labels a local run scores as "handed out".
    /// </summary>
    private static TableColumn HandedOut(Pseudolabels posteriors, IReadOnlyList<double> prior, (int Label, float Probability)[] endModel, IReadOnlyList<string> labels)
    {
        var labelModel = new TieBreakPolicy(TieBreakKind.Prior).Decide(posteriors, prior);
        var answers = FinalAnswers.Answers(posteriors.Covered, labelModel, Array.ConvertAll(endModel, d => d.Label));
        return new TableColumn("handed_out_label", Array.ConvertAll(answers, a => labels[a]));
    }

    /// <summary>The label model's posteriors: <c>posterior_covered</c> (1 when a program voted) and P(class | votes) per class, as
    /// <c>pseudolabels.csv</c> holds them for a local run.</summary>
    private static IEnumerable<TableColumn> Posteriors(Pseudolabels posteriors, IReadOnlyList<string> labels)
    {
        yield return new TableColumn("posterior_covered", Array.ConvertAll(posteriors.Covered, c => c ? 1 : 0));
        for (var y = 0; y < labels.Count; y++)
        {
            var column = new float[posteriors.Rows];
            for (var r = 0; r < column.Length; r++) column[r] = posteriors.Probabilities[r * posteriors.Classes + y];
            yield return new TableColumn("posterior_" + labels[y], column);
        }
    }

    /// <summary>Reads a shard's votes file in step with its rows, whatever the row groups: the next rows' votes as a label matrix.</summary>
    private sealed class VoteReader : IDisposable
    {
        private readonly string _path;
        private readonly IReadOnlyList<string> _programs;
        private readonly IEnumerator<TableColumn[]> _groups;
        private TableColumn[]? _group;
        private int _at;

        public VoteReader(string path, IReadOnlyList<string> programs, CancellationToken cancellationToken)
        {
            _path = path;
            _programs = programs;
            _groups = ParquetTableReader.Read(path, cancellationToken).GetEnumerator();
        }

        /// <summary>The votes of rows <paramref name="firstRow"/> .. + <paramref name="count"/> - 1, checked against their ids.</summary>
        /// <exception cref="AlchemistException">The file ends early, names other programs, or holds other rows.</exception>
        public LabelMatrix Next(long firstRow, int count)
        {
            var cells = new sbyte[(long)count * _programs.Count];
            for (var done = 0; done < count;)
            {
                if (_group is null || _at == _group[0].Count)
                {
                    if (!_groups.MoveNext()) throw Stale($"it ends before row {firstRow + done}");
                    _group = _groups.Current;
                    _at = 0;
                    if (_group.Length != _programs.Count + 1 || _group[0].Name != RowIdColumn || !_group.Skip(1).Select(c => c.Name).SequenceEqual(_programs))
                        throw Stale("its columns are not row_id and the plan's programs");
                }
                var ids = (long[])_group[0].Values;
                var take = Math.Min(count - done, ids.Length - _at);
                for (var i = 0; i < take; i++)
                {
                    if (ids[_at + i] != firstRow + done + i) throw Stale($"it holds row {ids[_at + i]} where row {firstRow + done + i} belongs");
                    for (var p = 0; p < _programs.Count; p++) cells[(long)(done + i) * _programs.Count + p] = (sbyte)((int[])_group[p + 1].Values)[_at + i];
                }
                _at += take;
                done += take;
            }
            return new LabelMatrix(count, _programs.Count, cells, _programs);
        }

        private AlchemistException Stale(string problem) =>
            new($"{_path}: {problem}; the votes belong to another plan: delete the shard's folder and run `alchemist apply PROJECT --shard K` again.");

        public void Dispose() => _groups.Dispose();
    }
}
