using Alchemist.Labeling;
using Alchemist.Llm;
using Alchemist.Refinement;
using Alchemist.Synthesis;
using Alchemist.Tasks;
using Microsoft.Extensions.AI;

namespace Alchemist.Pipeline;

/// <summary>
/// The pseudo-gold stage: when <c>validation.llm_sample</c> asks for it, a seeded sample of the fit split's rows is
/// labeled by the LLM one row at a time (<see cref="PseudoGoldSampler"/>) and written to the run folder. Answers come
/// from the cache, the project's <c>batch/*output*.jsonl</c> files, or live calls; offline, the rows still unanswered
/// are left pending (and exported when the settings export a batch).
/// </summary>
public static class PseudoGoldStep
{
    /// <summary>Draws (or completes) the sample and writes <see cref="RunFolder.PseudoGoldPath"/>; removes it and returns null when the task asks for none.</summary>
    /// <exception cref="LlmCallException">A live call failed for good; answers received before are cached.</exception>
    public static async Task<PseudoGold?> RunAsync(string specPath, RunFolder run, SynthesisSettings llm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(llm);
        var spec = TaskSpecLoader.Load(specPath);
        if (spec.Validation.LlmSample <= 0)
        {
            File.Delete(run.PseudoGoldPath);
            return null;
        }
        var split = RunManifest.Load(run).TrainingSplit;
        var data = TrainingRows.Load(spec, split, cancellationToken);
        using var session = SynthesisSession.Open(specPath, WithProjectBatches(spec, llm), loadData: false, cancellationToken);
        using var chat = session.CreateChatClient();
        var sample = await PseudoGoldSampler.DrawAsync(session, chat, split, data, spec.Validation.LlmSample, cancellationToken).ConfigureAwait(false);
        ExportIfPending(chat);
        ArtifactJson.Save(run.PseudoGoldPath, sample);
        return sample;
    }

    /// <summary>
    /// The settings with every Batch API output file of the project imported (a stage that replays rounds needs them all),
    /// and offline when no live call could be made (no key and no local server): the stage then waits for answers, as an
    /// offline run does, instead of failing the run whose other stages need no call.
    /// </summary>
    internal static SynthesisSettings WithProjectBatches(TaskSpec spec, SynthesisSettings llm)
    {
        var reachable = llm.Offline || CanConnect(spec, llm);
        return llm with { ImportBatches = [.. llm.ImportBatches ?? [], .. SynthesisStep.BatchOutputs(spec)], Offline = !reachable || llm.Offline };
    }

    private static bool CanConnect(TaskSpec spec, SynthesisSettings llm)
    {
        try
        {
            LlmConnection.Resolve(spec.Model.Provider, llm.BaseUrl ?? spec.Model.BaseUrl, llm.Environment ?? Environment.GetEnvironmentVariable);
            return true;
        }
        catch (AlchemistException)
        {
            return false;
        }
    }

    /// <summary>Writes the exported batch file when this stage left requests in it (a stage with none leaves an earlier stage's file alone).</summary>
    internal static void ExportIfPending(IChatClient chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        if (chat.GetService<BatchExportChatClient>() is { Requests.Count: > 0 } export) export.WriteFile();
    }
}
