using Alchemist.Llm;
using Alchemist.Synthesis;

namespace Alchemist.Pipeline;

/// <summary>What <see cref="BaselineStep.RunAsync"/> did.</summary>
/// <param name="Result">The baseline's answers, cost and scores (the artifact).</param>
/// <param name="File">Where the artifact was written: <see cref="BaselineResult.PathOf"/> of the project's run.</param>
/// <param name="Pending">Rows' requests still without an answer (to export to a Batch API file).</param>
public sealed record BaselineStepResult(BaselineResult Result, string File, IReadOnlyList<LlmRequest> Pending);

/// <summary>
/// The zero-shot baseline stage: one LLM call per row of a split (<see cref="ZeroShotBaseline"/>), recorded in the
/// project's run folder, where <c>alchemist run</c>, <c>eval</c> and <c>report</c> read it beside the programs.
/// </summary>
public static class BaselineStep
{
    /// <summary>Labels <paramref name="split"/> and writes <c>RUNDIR/baseline.json</c>.</summary>
    /// <param name="session">The project's LLM session (cache, budget, batch files).</param>
    /// <param name="split">The split to label.</param>
    /// <param name="runName">The run folder under <c>PROJECT/runs/</c>; null: the task's name, as <c>alchemist run</c>.</param>
    /// <param name="cancellationToken">Cancels the calls; answers received stay cached.</param>
    public static async Task<BaselineStepResult> RunAsync(SynthesisSession session, string split, string? runName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var (result, pending) = await ZeroShotBaseline.RunAsync(session, split, cancellationToken).ConfigureAwait(false);
        var path = BaselineResult.PathOf(ProjectRunner.RunFolderOf(session.Spec, runName));
        ArtifactJson.Save(path, result);
        return new BaselineStepResult(result, path, pending);
    }

    /// <summary>The run's recorded baseline, or null when <c>alchemist baseline</c> has not run for it.</summary>
    public static BaselineResult? Load(RunFolder run) =>
        File.Exists(BaselineResult.PathOf(run)) ? ArtifactJson.Load<BaselineResult>(BaselineResult.PathOf(run)) : null;
}
