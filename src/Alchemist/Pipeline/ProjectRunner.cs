using System.Diagnostics;
using Alchemist.Aggregation;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Alchemist.Labeling;
using Alchemist.Synthesis;
using Alchemist.Tasks;

namespace Alchemist.Pipeline;

/// <summary>
/// <c>alchemist run</c>: synthesize → apply → analyze → aggregate → distill → evaluate for one project, each stage
/// writing its artifact into the run folder and reusing the existing steps. A stage whose inputs and settings hash
/// the same as when it last ran (<see cref="StageLog"/>) is skipped, so editing one program re-runs apply and what
/// follows, and a re-run with nothing changed only reads the artifacts back.
/// </summary>
public static class ProjectRunner
{
    /// <summary>The folder runs go into, under the project.</summary>
    public const string RunsFolder = "runs";

    /// <summary>Where a project's run goes.</summary>
    public static RunFolder RunFolderOf(TaskSpec spec, string? runName) =>
        new(Path.Combine(spec.Directory, RunsFolder, runName ?? spec.Name));

    /// <summary>
    /// The end-model features <c>auto</c> means for the task: a feature task's (tabular columns, or image concept scores)
    /// own columns, standardised; for a text task, <see cref="FeatureKind.Auto"/> stays, and distillation picks sentence
    /// embeddings for English text and character n-grams otherwise.
    /// </summary>
    public static FeatureKind DefaultFeatures(TaskSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.FeatureFields is null ? FeatureKind.Auto : FeatureKind.Numeric;
    }

    /// <summary>The LLM-labeled sample and the label model's accuracy on it, when the run has a complete sample.</summary>
    private static PseudoGoldEstimate? SampleEstimate(RunFolder run, RunManifest manifest)
    {
        if (Refinement.PseudoGold.Load(run) is not { Answered: > 0 } sample || !manifest.Splits.ContainsKey(sample.Split) || !File.Exists(run.LabelModelPath)) return null;
        var model = LabelModelFile.Load(run.LabelModelPath);
        var answers = new TieBreakPolicy(TieBreakKind.Prior).Decide(PseudolabelsFile.Load(run.PseudolabelsPath(sample.Split)), model.ClassBalance.Prior);
        return new PseudoGoldEstimate(sample, sample.Score(answers));
    }

    /// <summary>The refine stage's line: rounds, kept programs and why it stopped.</summary>
    private static string RefineNote(Refinement.RefinementRecord record)
    {
        var candidates = record.Rounds.Sum(r => r.Candidates.Count);
        return $"{record.Rounds.Count} round(s): {record.Kept.Count} of {candidates} candidate(s) kept " +
            $"({record.CountOf(Refinement.CandidateStatus.Dropped)} dropped by the gate, {record.CountOf(Refinement.CandidateStatus.Rejected)} rejected, " +
            $"{record.CountOf(Refinement.CandidateStatus.Pending)} pending); stopped: {Refinement.RefineStops.Describe(record.Stop)}; " +
            (record.Retirements is { } review ? $"{record.RetiredPrograms().Count} of {review.Count} program(s) below the floor retired{(record.RetiredPrograms() is { Count: > 0 } r ? $" ({string.Join(", ", r)})" : "")}; " : "") +
            $"{record.Calls.Live} live, {record.Calls.Cached} cached, {record.Calls.Batch} batch call(s), {Dollars.Format(record.Cost)}";
    }

    /// <summary>The fallback stage's line: rows sent and answered, where the answers came from, what they cost.</summary>
    private static string FallbackNote(Refinement.FallbackRecord record) =>
        $"{record.Rows.Count:N0} of {record.SplitRows:N0} rows of '{record.Split}' sent ({Refinement.FallbackRecord.ModeName(record.Mode)}): {record.Answered:N0} answered, " +
        $"{record.Pending:N0} pending{(record.BudgetStopped ? " (budget reached)" : "")}; {record.Calls.Live} live, {record.Calls.Cached} cached, {record.Calls.Batch} batch call(s), {Dollars.Format(record.Cost)}";

    /// <summary>Refuses, before any work, an end model that cannot read the task's rows.</summary>
    private static void CheckFeatures(TaskSpec spec, DistillationOptions? distillation)
    {
        if (distillation is null) return;
        if (spec.FeatureFields is not null && distillation.Features != FeatureKind.Numeric)
            throw new AlchemistException($"{spec.Name} is a feature task (data.feature_fields): its end model reads the numeric columns; use --features numeric (the default for it) or none.");
        if (spec.FeatureFields is null && distillation.Features == FeatureKind.Numeric)
            throw new AlchemistException($"{spec.Name} is a text task: --features numeric needs data.feature_fields in {TaskSpec.FileName}; use minilm or tfidf.");
    }

    /// <summary>Runs (or skips) every stage and summarises.</summary>
    /// <param name="settings">What to run and how.</param>
    /// <param name="onStage">Hears each stage as it starts (progress for a console).</param>
    /// <param name="cancellationToken">Cancels the running stage; finished stages stay recorded.</param>
    /// <exception cref="AlchemistException">Bad spec, data or programs; or no program to apply.</exception>
    /// <exception cref="NoVotesException">Every program was rejected, or none voted on any row: nothing is aggregated or scored.</exception>
    /// <exception cref="RunLockedException">Another live process is running this project.</exception>
    public static async Task<RunSummary> RunAsync(RunSettings settings, Action<string>? onStage = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var spec = TaskSpecLoader.Load(settings.Project);
        if (settings.Distillation is { Features: FeatureKind.Auto } auto) settings = settings with { Distillation = auto with { Features = DefaultFeatures(spec) } };
        CheckFeatures(spec, settings.Distillation);
        // The whole project, not one run: every run of it synthesizes into the same programs folder and cache.
        using var projectLock = RunLock.Acquire(spec.Directory, "alchemist run");
        var run = RunFolderOf(spec, settings.RunName);
        var log = StageLog.Open(run);

        // rehash: the hash to record after the stage ran, for a stage whose own output is among its inputs (synthesis
        // writes the program files whose presence it hashes).
        async Task Stage(string name, string hash, string[] artifacts, Func<Task<string?>> body, Func<string>? rehash = null)
        {
            if (log.Unchanged(name, hash, artifacts))
            {
                log.Record(new StageRecord(name, hash, 0, Skipped: true, "inputs unchanged"));
                return;
            }
            onStage?.Invoke(name);
            var started = Stopwatch.StartNew();
            var note = await body().ConfigureAwait(false);
            log.Record(new StageRecord(name, rehash?.Invoke() ?? hash, started.Elapsed.TotalSeconds, Skipped: false, note));
        }

        // Synthesis exports nothing here (alchemist synthesize --export-batch does): the one export file of a run is the later stages'.
        var synthesis = settings.Synthesis with { ExportBatch = null };
        await Stage("synthesize", SynthesisStep.InputHash(settings.Project, synthesis), [SynthesisStep.SummaryPath(run)], async () =>
        {
            var s = await SynthesisStep.RunAsync(settings.Project, run, synthesis, cancellationToken).ConfigureAwait(false);
            return $"{s.Accepted} accepted, {s.Rejected} rejected; {s.Calls.Live} live, {s.Calls.Cached} cached, {s.Calls.Batch} batch call(s)";
        }, () => SynthesisStep.InputHash(settings.Project, synthesis)).ConfigureAwait(false);

        var data = spec.Data with { Split = null };
        var apply = settings.Apply ?? new ApplyOptions();
        var dataHash = new StageHash().AddFolder(Directory.Exists(data.Path) ? data.Path : Path.GetDirectoryName(Path.GetFullPath(data.Path))!)
            .Add("data", data).Add("labels", string.Join(",", spec.Labels.Names)).Finish();
        var dataStamp = Path.Combine(run.Root, "data.sha256");
        var classBalance = settings.ClassBalance ?? ClassBalanceChoice.Auto;
        // What the LLM stages (sample, refinement) can get answers from: a new batch file, going online, a larger budget or
        // an export request makes them run again; with none of these changed, a stage left waiting stays as it is.
        var llmHash = new StageHash().Add("offline", settings.Synthesis.Offline).Add("model", spec.Model.Name).Add("budget", settings.Synthesis.Budget)
            .Add("export", settings.Synthesis.ExportBatch);
        foreach (var batch in SynthesisStep.BatchOutputs(spec)) llmHash.AddFile(batch);
        var batchesHash = llmHash.Finish();
        string VotesHash(RunManifest m)
        {
            var matrices = new StageHash().Add("data", dataHash);
            foreach (var split in m.Splits.Keys) matrices.AddFile(run.LabelMatrixPath(split));
            return matrices.Finish();
        }
        // Refinement's effects last until it runs again: its kept programs are files, and its retirements stay in its record.
        var refine = settings.Refine ?? spec.Refine;
        AggregateOptions Aggregation() => RunAggregation.For(run, settings.Aggregation);
        string Retired() => string.Join(",", Aggregation().IgnoredPrograms ?? []);
        string ProgramFolderHash() => new StageHash().AddFolder(spec.OutputDirectory, "*.cs").Finish();

        // Apply → analyze → pseudo-gold → aggregate; run again after refinement when it changed the programs.
        async Task<(RunManifest Manifest, string AggregateHash)> LabelAsync()
        {
            var applyHash = new StageHash().Add("data", dataHash).AddFolder(spec.OutputDirectory, "*.cs").AddFolder(spec.OutputDirectory, "*.md")
                .Add("isolation", apply.Isolation).Add("deadline", apply.RowDeadline).Add("heap", apply.WorkerHeapLimitBytes)
                .Add("disabled", string.Join(",", spec.Disabled ?? [])).Add("features", string.Join(",", spec.FeatureFields ?? [])).Finish();
            await Stage("apply", applyHash, [run.ManifestPath], async () =>
            {
                // Columns of unchanged programs are reused only when the data (and how it is read) is what they were applied to.
                // The stamp is removed while applying, so an apply that fails half-way leaves nothing to reuse.
                var sameData = File.Exists(dataStamp) && File.ReadAllText(dataStamp) == dataHash + apply.Isolation + apply.RowDeadline + apply.WorkerHeapLimitBytes;
                File.Delete(dataStamp);
                var progress = settings.Progress is { } sp ? new ForwardingProgress<ApplyProgress>(p => sp.Report(new StageProgress($"apply {p.Stage}", p.RowsDone, p.Rows))) : null;
                var result = await ApplyStep.RunAsync(new ApplyRequest(data, spec.OutputDirectory, run, spec.Labels, apply, spec.FeatureFields, ReuseUnchangedColumns: sameData, Disabled: spec.Disabled), progress,
                    cancellationToken).ConfigureAwait(false);
                AtomicFile.WriteAllText(dataStamp, dataHash + apply.Isolation + apply.RowDeadline + apply.WorkerHeapLimitBytes);
                var applied = result.Manifest.Programs.Count - result.Reused.Count;
                var programs = result.Reused.Count == 0 ? $"{applied} programs applied" : $"{applied} of {result.Manifest.Programs.Count} programs applied ({result.Reused.Count} unchanged, reused)";
                var jail = result.Splits.Values.SelectMany(s => s.JailProblems).Distinct().ToArray();
                return $"{programs} on {string.Join(", ", result.Splits.Select(s => $"{s.Key} ({s.Value.Matrix.Rows})"))}" +
                    (jail.Length == 0 ? "" : $"; warning: the program jail is weaker here: {string.Join("; ", jail)}");
            }).ConfigureAwait(false);

            var manifest = RunManifest.Load(run);
            // Later stages depend on the votes and the data, not on the programs' text: an edit that changes no vote stops here.
            var votesHash = VotesHash(manifest);
            await Stage("analyze", votesHash, manifest.Splits.Keys.Select(s => AnalyzeStep.PathOf(run, s)).ToArray(), () =>
            {
                AnalyzeStep.Run(run, cancellationToken);
                return Task.FromResult<string?>(null);
            }).ConfigureAwait(false);

            // The sample depends on the data and the answers, not on the programs.
            var sampleHash = new StageHash().Add("data", dataHash).Add("sample", spec.Validation.LlmSample).Add("seed", spec.Validation.Seed).Add("llm", batchesHash).Finish();
            if (spec.Validation.LlmSample > 0)
            {
                await Stage("pseudo-gold", sampleHash, [run.PseudoGoldPath], async () =>
                {
                    var sample = (await PseudoGoldStep.RunAsync(settings.Project, run, settings.Synthesis, cancellationToken).ConfigureAwait(false))!;
                    return $"{sample.Answered} of {sample.Rows.Count} rows of '{sample.Split}' labeled by the LLM ({sample.Calls.Live} live, {sample.Calls.Cached} cached, " +
                        $"{sample.Calls.Batch} from batch files, {sample.Calls.Pending} pending); {Dollars.Format(sample.Cost)}";
                }).ConfigureAwait(false);
            }
            else File.Delete(run.PseudoGoldPath);

            var aggregateHash = new StageHash().Add("votes", votesHash).Add("model", LabelModels.Names.NameOf(settings.LabelModel)).Add("balance", classBalance.Name).Add("seed", settings.Seed)
                .AddFile(run.PseudoGoldPath).Add("retired", Retired()).Finish();
            await Stage("aggregate", aggregateHash, [run.LabelModelPath], () =>
            {
                var result = AggregateStep.Run(run, Aggregation(), cancellationToken);
                return Task.FromResult<string?>($"{result.Model.Name}, fitted on '{result.FitSplit}'");
            }).ConfigureAwait(false);
            return (manifest, aggregateHash);
        }

        var (manifest, aggregateHash) = await LabelAsync().ConfigureAwait(false);
        if (refine is not null)
        {
            string RefineHash() => new StageHash().Add("votes", VotesHash(RunManifest.Load(run))).AddFile(run.LabelModelPath).AddFile(run.PseudoGoldPath)
                .Add("settings", System.Text.Json.JsonSerializer.Serialize(refine, ArtifactJson.Options)).Add("llm", batchesHash).Finish();
            await Stage("refine", RefineHash(), [run.RefinementPath], async () =>
            {
                var (before, retiredBefore) = (ProgramFolderHash(), Retired());
                var record = await RefineStep.RunAsync(settings.Project, run, refine, settings.Synthesis, Aggregation(), apply, cancellationToken).ConfigureAwait(false);
                if (ProgramFolderHash() != before || Retired() != retiredBefore) (manifest, aggregateHash) = await LabelAsync().ConfigureAwait(false);
                return RefineNote(record);
            }, RefineHash).ConfigureAwait(false);
        }

        var pseudolabels = new StageHash().Add("aggregate", aggregateHash).AddFile(run.LabelModelPath);
        foreach (var split in manifest.Splits.Keys) pseudolabels.AddFile(run.PseudolabelsPath(split));
        var pseudolabelsHash = pseudolabels.Finish();

        var fallback = settings.Fallback ?? spec.Fallback;
        if (fallback is not null)
        {
            var fallbackHash = new StageHash().Add("pseudolabels", pseudolabelsHash).AddFile(run.PseudoGoldPath)
                .Add("settings", System.Text.Json.JsonSerializer.Serialize(fallback, ArtifactJson.Options)).Add("llm", batchesHash).Finish();
            await Stage("fallback", fallbackHash, [run.FallbackPath], async () =>
            {
                var record = await FallbackStep.RunAsync(settings.Project, run, fallback, settings.Synthesis, cancellationToken).ConfigureAwait(false);
                return FallbackNote(record);
            }).ConfigureAwait(false);
        }
        else File.Delete(run.FallbackPath);
        var fallbackRecord = fallback is null ? null : Refinement.FallbackRecord.Load(run);

        if (settings.Distillation is { } requested)
        {
            var distillation = DistillInputs.With(run, requested);
            var distillHash = new StageHash().Add("pseudolabels", pseudolabelsHash).Add("options", System.Text.Json.JsonSerializer.Serialize(distillation with { EmbeddingCacheDirectory = null }, ArtifactJson.Options)).Finish();
            await Stage("distill", distillHash, [run.EndModelPath], () =>
            {
                var progress = settings.Progress is { } sp ? new ForwardingProgress<DistillationProgress>(p => sp.Report(new StageProgress($"distill {p.Stage}", p.Done, p.Total))) : null;
                var result = DistillStep.Run(run, distillation, progress, cancellationToken);
                return Task.FromResult<string?>($"{EndModelKinds.Names.NameOf(result.EndModel)} on {FeatureKinds.Names.NameOf(result.Features)}, {result.CoveredRows} of {result.Rows} rows{(result.FeatureNote is { } note ? ". " + note : "")}{(result.CoveredAnswerNote is { } covered ? ". " + covered : "")}");
            }).ConfigureAwait(false);
        }

        var evaluateHash = new StageHash().Add("pseudolabels", pseudolabelsHash).Add("end model", settings.Distillation is not null)
            .AddFile(run.EndModelPath).Finish();
        await Stage("evaluate", evaluateHash, [EvaluateStep.PathOf(run)], () =>
        {
            EvaluateStep.Run(run, new EvaluateOptions(classBalance, settings.Seed, settings.Distillation is not null), cancellationToken);
            return Task.FromResult<string?>(null);
        }).ConfigureAwait(false);

        var synthesized = File.Exists(SynthesisStep.SummaryPath(run)) ? ArtifactJson.Load<SynthesisSummary>(SynthesisStep.SummaryPath(run)) : null;
        var coverage = manifest.Splits.Keys.ToDictionary(s => s, s => AnalyzeStep.Load(run, s).Coverage);
        var programsSplit = manifest.TrainingSplit;
        return new RunSummary(spec.Name, run.Root, log.Current, synthesized, coverage, AnalyzeStep.Load(run, programsSplit).Programs,
            EvaluateStep.Load(run), BaselineStep.Load(run),
            clock.Elapsed.TotalSeconds, manifest.Splits.Keys.ToDictionary(s => s, SplitRoles.Of), spec.Data.Holdout, manifest.Loads,
            refine is null ? null : Refinement.RefinementRecord.Load(run), SampleEstimate(run, manifest), fallbackRecord);
    }
}
