using System.Security.Cryptography;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>
/// The success marker of a shard's predictions (<c>RUN/shards/NNNNN/_PREDICTED</c>), written after
/// <see cref="OutputName"/>: it names the models the predictions came from, so a shard whose marker names the models of
/// this run is skipped and one predicted with other models (re-distilled, re-reduced) is predicted again.
/// </summary>
/// <param name="Shard">The shard's index.</param>
/// <param name="Split">Its split.</param>
/// <param name="FirstRow">Id of its first row.</param>
/// <param name="Rows">Rows predicted (the plan's count).</param>
/// <param name="Models">The models the predictions came from.</param>
/// <param name="Columns">The columns of the predictions file, in order.</param>
internal sealed record ShardPrediction(int Shard, string Split, long FirstRow, long Rows, PredictionModels Models, IReadOnlyList<string> Columns)
{
    /// <summary>The marker's file name.</summary>
    public const string MarkerName = "_PREDICTED";

    /// <summary>The predictions file's name: Parquet, <c>row_id</c>, then what <c>alchemist predict</c> writes per row, then the
    /// label model's posteriors when the shard has votes.</summary>
    public const string OutputName = "predictions.parquet";

    /// <summary>The marker of shard <paramref name="index"/>.</summary>
    public static string MarkerPath(RunFolder run, int index) => Path.Combine(ShardPlan.ShardDirectory(run, index), MarkerName);

    /// <summary>The predictions of shard <paramref name="index"/>.</summary>
    public static string OutputPath(RunFolder run, int index) => Path.Combine(ShardPlan.ShardDirectory(run, index), OutputName);

    /// <summary>The marker of a shard predicted before (with whichever models), or null.</summary>
    public static ShardPrediction? TryLoad(RunFolder run, int index) =>
        File.Exists(MarkerPath(run, index)) ? ArtifactJson.Load<ShardPrediction>(MarkerPath(run, index)) : null;
}

/// <summary>The models a shard's predictions come from, each by its file's SHA-256 (null: not used).</summary>
/// <param name="EndModel">The end model's file (labels each row), or null.</param>
/// <param name="EndModelSha256">Its SHA-256, or null.</param>
/// <param name="LabelModelSha256">SHA-256 of the run's <c>label_model.json</c> when the shard's posteriors were written from its votes, or null.</param>
internal sealed record PredictionModels(string? EndModel, string? EndModelSha256, string? LabelModelSha256)
{
    /// <summary>The models a shard of <paramref name="run"/> is predicted with: the end model at <paramref name="endModel"/> (null: the run's
    /// <c>end_model.bin</c> when it exists), and the run's label model when the shard has votes (its apply marker) and the run a label model.</summary>
    /// <exception cref="AlchemistException">A named end model that does not exist, or neither model to predict with.</exception>
    public static PredictionModels Of(RunFolder run, string? endModel, bool shardHasVotes)
    {
        if (endModel is not null && !File.Exists(endModel)) throw new AlchemistException($"End model {endModel} does not exist; train one with `alchemist distill`.");
        var model = endModel is not null ? Path.GetFullPath(endModel) : File.Exists(run.EndModelPath) ? run.EndModelPath : null;
        var labelModel = shardHasVotes && File.Exists(run.LabelModelPath) ? run.LabelModelPath : null;
        if (model is null && labelModel is null)
            throw new AlchemistException($"Nothing to predict with: no end model ({run.EndModelPath}; `alchemist distill`, or name one with --model) " +
                $"and no label model with this shard's votes ({run.LabelModelPath} after `alchemist apply PROJECT --shard K` and `alchemist reduce`).");
        return new PredictionModels(model, model is null ? null : Sha256(model), labelModel is null ? null : Sha256(labelModel));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
