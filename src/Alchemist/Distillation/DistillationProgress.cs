namespace Alchemist.Distillation;

/// <summary>Where a distillation is: a stage and its done/total count (texts featurized, epochs trained).</summary>
/// <param name="Stage">A short description, e.g. "embedding train" or "training mlp".</param>
/// <param name="Done">Units finished.</param>
/// <param name="Total">Units in the stage.</param>
public sealed record DistillationProgress(string Stage, int Done, int Total);
