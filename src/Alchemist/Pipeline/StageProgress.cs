namespace Alchemist.Pipeline;

/// <summary>Progress inside a stage of <c>alchemist run</c>: which piece of work, and how far it is (rows applied, texts featurized, epochs trained).</summary>
/// <param name="Task">What is being done, e.g. "apply train apply" or "distill embedding train".</param>
/// <param name="Done">Units finished.</param>
/// <param name="Total">Units in the task.</param>
public sealed record StageProgress(string Task, long Done, long Total);
