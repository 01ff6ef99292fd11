using Alchemist.Llm;
using Alchemist.Synthesis;
using Alchemist.Tasks;

namespace Alchemist.Pipeline;

/// <summary>
/// The synthesis stage of <c>alchemist run</c>, through <see cref="SynthesisSession"/>: first one offline pass with the
/// answers of every Batch API output file in <c>PROJECT/batch/*output*.jsonl</c> (round 1's answers make round 2's requests), then,
/// when programs are still pending and the run is not offline, one pass that may call the LLM. Answers already in the
/// cache are reused, so a re-run makes no call and needs no key. Programs already in the programs folder (checked in,
/// or written by hand) are applied as they are when synthesis leaves requests pending.
/// </summary>
public static class SynthesisStep
{
    /// <summary>The project's folder of Batch API files.</summary>
    public static string BatchDirectory(TaskSpec spec) => Path.Combine(spec.Directory, "batch");

    /// <summary>The Batch API output files a run imports, in the order it imports them.</summary>
    public static IReadOnlyList<string> BatchOutputs(TaskSpec spec) =>
        Directory.Exists(BatchDirectory(spec))
            ? Directory.EnumerateFiles(BatchDirectory(spec), "*output*.jsonl").Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>The synthesis artifact of a run.</summary>
    public static string SummaryPath(RunFolder run) => run.SynthesisSummaryPath;

    /// <summary>Runs the passes and writes <see cref="SummaryPath"/>.</summary>
    /// <exception cref="AlchemistException">Bad spec or data; or programs still pending with no way to ask (the message says what to do).</exception>
    public static async Task<SynthesisSummary> RunAsync(string specPath, RunFolder run, SynthesisSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var spec = TaskSpecLoader.Load(specPath);
        var batches = BatchOutputs(spec);
        SynthesisReport? report = null;
        var passes = new List<CallCounts>();
        decimal live = 0;
        var kept = new SortedSet<string>(StringComparer.Ordinal);
        async Task Pass(SynthesisSettings passSettings)
        {
            using var session = SynthesisSession.Open(specPath, passSettings, cancellationToken: cancellationToken);
            report = await session.SynthesizeAsync(null, cancellationToken).ConfigureAwait(false);
            passes.Add(report.Calls);
            live += report.LiveCost;
            foreach (var p in report.Programs.Where(p => p.KeptEdited)) kept.Add(p.Name);
        }
        // One offline pass over every batch file's answers at once: round 1's knowledge answers and round 2's program
        // answers (and refinement's, which synthesis never asks for) are looked up by request, whatever file holds them.
        if (batches.Count > 0) await Pass(settings with { ImportBatch = null, ImportBatches = batches, Offline = true }).ConfigureAwait(false);
        if (report is null || (report.Pending > 0 && !settings.Offline)) await Pass(settings with { ImportBatch = null }).ConfigureAwait(false);
        var counts = Distinct(passes);

        using var estimateSession = SynthesisSession.Open(specPath, settings with { Offline = true, ImportBatch = null }, cancellationToken: cancellationToken);
        var estimate = estimateSession.Estimate(null, cancellationToken);
        var r = report!;
        var onDisk = Directory.Exists(spec.OutputDirectory) && Directory.EnumerateFiles(spec.OutputDirectory, "*.cs").Any();
        if (r.Accepted == 0 && !onDisk)
            throw new AlchemistException($"{spec.Name}: no program was accepted ({r.Rejected} rejected, {r.Pending} pending); " + (r, settings) switch
            {
                ({ Pending: 0 }, _) => "see the rejected/ folder for why.",
                ({ BudgetStopped: true }, _) => $"the budget of {Dollars.Format(settings.Budget)} cannot pay for the next call (each call reserves its prompt and a full max_tokens " +
                    "answer); raise --budget ('alchemist synthesize --dry-run' shows what the calls cost).",
                (_, { Offline: true }) => "--offline makes no call; run without it, or import the batch answers into batch/.",
                _ => "give an API key (or --base-url), or import the batch answers into batch/.",
            });
        var summary = new SynthesisSummary(r.Provider, r.Model, r.PricesAsOf, r.Accepted, r.Rejected, r.Pending, counts, live, r.Total,
            r.Programs.Select(p => new ProgramCost(p.Name, p.Status, p.Usage.InputTokens, p.Usage.OutputTokens, p.Usage.Cost, p.DuplicateOf, p.Problems)).ToArray(),
            estimate.BaselineRows, estimate.BaselineCost, kept.ToArray(), batches.Select(b => Path.GetRelativePath(spec.Directory, b)).ToArray());
        ArtifactJson.Save(SummaryPath(run), summary);
        return summary;
    }

    /// <summary>
    /// Each request of the invocation counted once, by where its answer first came from: every pass asks for every
    /// request again, so an answer a batch file (or a live call) gave in an earlier pass comes from the cache in the later
    /// ones and must not count twice. The last pass sees every request.
    /// </summary>
    private static CallCounts Distinct(IReadOnlyList<CallCounts> passes)
    {
        var last = passes[^1];
        var earlierFresh = passes.Take(passes.Count - 1).Sum(p => p.Live + p.Batch);
        return new CallCounts(passes.Sum(p => p.Live), Math.Max(0, last.Cached - earlierFresh), passes.Sum(p => p.Batch), last.Pending);
    }

    /// <summary>The hash of everything synthesis reads (the spec, prompt overrides, price table, batch files) and of which programs exist.</summary>
    public static string InputHash(string specPath, SynthesisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var spec = TaskSpecLoader.Load(specPath);
        var hash = new StageHash().AddFile(TaskSpecLoader.Locate(specPath)).AddFolder(Path.Combine(spec.Directory, PromptTemplates.OverrideFolder))
            .AddFile(Path.Combine(spec.Directory, Llm.PriceTable.FileName)).Add("offline", settings.Offline).Add("refresh", settings.Refresh)
            // Which program files exist (not their content: edits are apply's business), so a deleted one is written again.
            .Add("programs", Directory.Exists(spec.OutputDirectory)
                ? string.Join(",", Directory.EnumerateFiles(spec.OutputDirectory, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal))
                : "");
        foreach (var batch in BatchOutputs(spec)) hash.AddFile(batch);
        return hash.Finish();
    }
}
