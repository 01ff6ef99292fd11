using Alchemist.Evaluation;
using Alchemist.Labeling;
using Alchemist.Synthesis;

namespace Alchemist.Pipeline;

/// <summary>What <c>alchemist run</c> produced, read back from the run folder's artifacts (so skipped stages report too).</summary>
/// <param name="Task">The task's name.</param>
/// <param name="Run">The run folder.</param>
/// <param name="Stages">Each stage of this invocation: run or skipped, and its wall time.</param>
/// <param name="Synthesis">Programs, calls, tokens and dollars; null when the project has no synthesis stage.</param>
/// <param name="Coverage">Per split, the share of rows at least one program voted on.</param>
/// <param name="Programs">The train split's analysis (or the first split's) per program.</param>
/// <param name="Evaluation">Label-model and end-model scores per split with gold labels.</param>
/// <param name="Baseline">The zero-shot baseline recorded by <c>alchemist baseline</c> in this run folder, if any.</param>
/// <param name="Seconds">Wall time of the whole invocation.</param>
/// <param name="Roles">Per split, what its rows were used for (so a training-set score is never mistaken for a held-out one).</param>
/// <param name="Holdout">The held-out share of a single-file project, or null.</param>
/// <param name="Loads">Per split, how loading its rows went (skipped and dropped rows with examples).</param>
/// <param name="Refinement">The refinement rounds, when the run refines.</param>
/// <param name="PseudoGold">The LLM-labeled sample and the label model's accuracy on it, when the task asks for one.</param>
/// <param name="Fallback">The selective per-row fallback, when the run makes one.</param>
public sealed record RunSummary(
    string Task,
    string Run,
    IReadOnlyList<StageRecord> Stages,
    SynthesisSummary? Synthesis,
    IReadOnlyDictionary<string, double> Coverage,
    IReadOnlyList<ProgramSummary> Programs,
    EvaluationSummary Evaluation,
    BaselineResult? Baseline,
    double Seconds,
    IReadOnlyDictionary<string, SplitRole> Roles,
    Data.Holdout? Holdout,
    IReadOnlyDictionary<string, Data.DataLoadReport>? Loads,
    Refinement.RefinementRecord? Refinement = null,
    PseudoGoldEstimate? PseudoGold = null,
    Refinement.FallbackRecord? Fallback = null);

/// <summary>The LLM-labeled sample of a run and how the label model's answers score on it (an estimate where there is no gold).</summary>
/// <param name="Sample">The sample: rows, answers, calls and cost.</param>
/// <param name="LabelModel">The label model's accuracy on its answered rows, with a 95% interval.</param>
public sealed record PseudoGoldEstimate(Refinement.PseudoGold Sample, Evaluation.AccuracyEstimate LabelModel);
