using System.CommandLine;
using System.Globalization;
using Alchemist.Aggregation;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Alchemist.Labeling;
using Alchemist.Pipeline;
using Alchemist.Synthesis;
using Alchemist.Tasks;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist run</c>: the whole method for one project, skipping stages whose inputs did not change; and
/// <c>alchemist refine</c>, the same run with refinement rounds on (the task's <c>refine:</c> settings, or the defaults,
/// overridden by its options), which can export a round's requests as a Batch API file.
/// </summary>
internal static class RunCommand
{
    public static Command Create() => Create(refine: false);

    public static Command CreateRefine() => Create(refine: true);

    private static Command Create(bool refine)
    {
        var project = new ProjectArgument();
        var name = new Option<string?>("--name") { Description = "The run folder's name under PROJECT_DIR/runs/ (default: the task's name, so re-runs reuse it)." };
        var offline = new Option<bool>("--offline") { Description = "Make no LLM call: use cached and batch answers only (pending programs stay pending)." };
        var budget = BudgetOption.Create("Dollars this run may spend on LLM calls; a call that could exceed it is not made.");
        var baseUrl = new Option<string?>("--base-url") { Description = "The provider endpoint (OpenAI-compatible servers such as Ollama or vLLM, or Anthropic)." };
        var refresh = new Option<bool>("--refresh") { Description = "Ask the LLM again instead of using cached answers." };
        var labelModel = ChoiceOption.Create("--label-model", LabelModels.Names, LabelModelKind.Auto, $"Label model: {LabelModels.Names.List}.");
        var classBalance = LabelModelOptions.ClassBalanceOption();
        var features = ChoiceOption.CreateOptional("--features", FeatureKinds.Names, "none", FeatureKind.Auto,
            "End-model features: auto (a feature task's own columns; for English text minilm, tfidf and minilm+tfidf are all trained and the best on the dev gold " +
            "or the LLM-labeled sample kept, tfidf above 20,000 rows; tfidf with char n-grams for other languages), minilm (all-MiniLM-L6-v2, the paper's choice, " +
            "English-only), tfidf (faster), minilm+tfidf (both side by side), numeric (a feature task's own columns, standardised), or none (no end model).");
        var endModel = ChoiceOption.Create("--end-model", EndModelKinds.Names, EndModelKind.Mlp, "End-model head: mlp or logreg.");
        var inProcess = new Option<bool>("--in-process") { Description = "Run programs inside this process (trusted code only)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the label model and the end model.", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of the summary table." };
        var rounds = new Option<int?>("--rounds") { Description = "Refinement rounds at most (default: refine.rounds in alchemist.yaml, else 3)." };
        var perRound = new Option<int?>("--programs-per-round") { Description = "Programs asked for per round (default: refine.programs_per_round, else 5)." };
        var sampleRows = new Option<int?>("--sample-rows") { Description = "Unlabeled missed rows shown in each request (default: refine.sample_rows, else 12)." };
        var dropHarmful = new Option<bool>("--drop-harmful") { Description = "After the rounds, retire programs below the gate's floor whose removal does not lower the label model's accuracy on the LLM-labeled sample (default: refine.drop_harmful, else off)." };
        var export = new Option<string?>("--export-batch") { Description = "Make no call: write the requests the next LLM stage waits for (the LLM-labeled sample, a refinement round, the fallback's rows) as an OpenAI Batch API input file; put the answers in PROJECT_DIR/batch/ and run again." };
        var fallback = ChoiceOption.CreateOptional("--llm-fallback", FallbackSettings.Names, "none", null,
            "Send the training rows the programs cannot decide to the LLM one at a time (uncovered: rows no program votes on; uncertain: those, then the rows the label model is least sure of); " +
            "the end model trains on the union, and the summary shows label accuracy against the share of rows sent. Default: fallback.rows in alchemist.yaml, else none.");
        var fallbackShare = new Option<double?>("--fallback-share") { Description = "The largest share of the training rows the fallback sends, 0 to 1 (default: fallback.share, else 0.1); --budget can stop it earlier." };
        var command = refine
            ? new Command("refine", "Run the project with refinement rounds: ask for programs aimed at the rows and classes the current programs miss, keep those a gold-free gate accepts, and re-run what follows.")
            : new Command("run", "Run a project end to end: synthesize, apply, analyze, aggregate, (refine,) distill, evaluate (stages whose inputs did not change are skipped).");
        project.AddTo(command);
        if (refine) Examples.Add(command, "alchemist refine my-task --budget 0.50", "alchemist refine my-task --export-batch my-task/batch/refine-round1-input.jsonl", "alchemist refine . --rounds 2 --offline");
        else Examples.Add(command, "alchemist run my-task --budget 0.50", "alchemist run . --offline --features tfidf", "alchemist run my-task --label-model snorkel --json");
        foreach (var option in new Option[] { name, offline, budget, baseUrl, refresh, labelModel, classBalance, features, endModel, inProcess, seed, fallback, fallbackShare, export, json })
            command.Options.Add(option);
        if (refine) foreach (var option in new Option[] { rounds, perRound, sampleRows, dropHarmful }) command.Options.Add(option);
        command.SetAction(async (r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var asJson = r.GetValue(json);
            Action<string>? log = asJson ? null : line => io.Error.MarkupLineInterpolated($"[grey]{line}[/]");
            var exportFile = r.GetValue(export) is { } e ? Path.GetFullPath(e) : null;
            var settings = new RunSettings(
                project.Value(r),
                r.GetValue(name),
                new SynthesisSettings(BaseUrl: r.GetValue(baseUrl), Budget: r.GetValue(budget), Refresh: r.GetValue(refresh), Offline: r.GetValue(offline) || exportFile is not null, Log: log,
                    ExportBatch: exportFile),
                r.GetValue(labelModel),
                r.GetValue(classBalance),
                r.GetValue(features).Value is { } featureKind ? new DistillationOptions(r.GetValue(endModel), featureKind, r.GetValue(seed)) : null,
                new ApplyOptions { Isolation = r.GetValue(inProcess) ? ProgramIsolation.InProcess : ProgramIsolation.Worker },
                r.GetValue(seed),
                Refine: refine ? RefineSettingsOf(project.Value(r), r.GetValue(rounds), r.GetValue(perRound), r.GetValue(sampleRows), r.GetValue(dropHarmful)) : null,
                Fallback: FallbackSettingsOf(project.Value(r), r.GetValue(fallback), r.GetResult(fallback) is { Implicit: false }, r.GetValue(fallbackShare)));
            RunSummary summary;
            if (asJson) summary = await ProjectRunner.RunAsync(settings, null, ct);
            else
            {
                RunSummary? result = null;
                await RateProgress.Create(io.Error).StartAsync(async context =>
                {
                    var report = RateProgress.Reporter(context);
                    result = await ProjectRunner.RunAsync(settings with { Progress = RateProgress.Of<StageProgress>(p => report(p.Task, p.Done, p.Total)) },
                        stage => log?.Invoke($"{stage}…"), ct);
                });
                summary = result!;
            }
            if (asJson) io.Json(summary);
            else Render(io.Error, summary);
            return 0;
        });
        return command;
    }

    /// <summary>The task's refinement settings (or the defaults) with the command line's overrides.</summary>
    private static RefineSettings RefineSettingsOf(string project, int? rounds, int? perRound, int? sampleRows, bool dropHarmful)
    {
        var settings = TaskSpecLoader.Load(project).Refine ?? new RefineSettings();
        if (rounds is < 0 or > 100) throw new AlchemistException($"--rounds {rounds}: give 0 to 100 rounds.");
        if (perRound is < 1 or > 100) throw new AlchemistException($"--programs-per-round {perRound}: give 1 to 100 programs.");
        if (sampleRows is < 1 or > 200) throw new AlchemistException($"--sample-rows {sampleRows}: give 1 to 200 rows.");
        return settings with
        {
            Rounds = rounds ?? settings.Rounds,
            ProgramsPerRound = perRound ?? settings.ProgramsPerRound,
            SampleRows = sampleRows ?? settings.SampleRows,
            DropHarmful = dropHarmful || settings.DropHarmful,
        };
    }

    /// <summary>The task's fallback settings with the command line's overrides; null leaves the task's (or none).</summary>
    private static FallbackSettings? FallbackSettingsOf(string project, ChoiceOption.Optional<FallbackRows> rows, bool given, double? share)
    {
        if (share is < 0 or > 1) throw new AlchemistException($"--fallback-share {share}: give a share of the training rows from 0 to 1, e.g. 0.05.");
        if (given && rows.Value is null) return null;
        var task = TaskSpecLoader.Load(project).Fallback;
        if (rows.Value is null && share is null) return task;
        var settings = task ?? new FallbackSettings();
        return settings with { Rows = rows.Value ?? settings.Rows, Share = share ?? settings.Share };
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";


    /// <summary>
    /// What synthesis did, in words that fit hand-written programs too: programs applied that synthesis did not write are
    /// said to be applied as they are (not "answers without usage"), and each request is counted once.
    /// </summary>
    internal static IEnumerable<string> SynthesisLines(SynthesisSummary syn, int applied)
    {
        var c = syn.Calls;
        var requests = c.Live + c.Cached + c.Batch;
        yield return $"Synthesis ({syn.Provider}/{syn.Model}): {syn.Accepted} accepted, {syn.Rejected} rejected" +
            (syn.Pending > 0 ? $", {syn.Pending} still waiting for an answer" : "") +
            $"; {requests} request(s) answered: {c.Live} by live calls, {c.Cached} from the cache, {c.Batch} from batch files; spent {Dollars.Format(syn.LiveCost)} this run.";
        if (applied > syn.Accepted)
            yield return $"Applied {applied} program(s) from the programs folder, {applied - syn.Accepted} of them not written by this synthesis (hand-written or checked in), as they are.";
        var tokens = syn.Total.InputTokens + syn.Total.OutputTokens;
        var cost = syn.Accepted == 0 ? "Programs' tokens: none (no program was synthesized here)"
            : tokens == 0 ? $"Programs' tokens: not reported ({(syn.BatchFiles.Count > 0 ? "the batch files' answers carry no usage" : "the provider reported no usage")})"
            : $"Programs' tokens: {syn.Total.InputTokens:N0} in + {syn.Total.OutputTokens:N0} out, {Dollars.Format(syn.Total.Cost)}";
        yield return $"{cost}; per-row zero-shot baseline on {syn.BaselineRows:N0} rows: about {Dollars.Format(syn.BaselineCost)} (prices as of {syn.PricesAsOf}).";
        if (syn.KeptEdited.Count > 0)
            yield return $"Kept your edits to {string.Join(", ", syn.KeptEdited)} (synthesis did not overwrite them).";
    }

    private static void Render(IAnsiConsole console, RunSummary s)
    {
        var stages = new Table().Title(Markup.Escape($"{s.Task}: {s.Run}")).AddColumns("Stage", "Status", "Seconds", "Note");
        foreach (var stage in s.Stages)
            stages.AddRow(stage.Stage, stage.Skipped ? "[grey]skipped[/]" : "[green]ran[/]", stage.Skipped ? "-" : stage.Seconds.ToString("0.0", CultureInfo.InvariantCulture),
                Markup.Escape(stage.Skipped ? "inputs unchanged" : stage.Note ?? ""));
        stages.AddRow("total", "", s.Seconds.ToString("0.0", CultureInfo.InvariantCulture), "");
        ConsoleTables.Write(console, stages);
        if (s.Loads is { } loads) DataLoadOutput.Render(console, loads.Values);

        ScoreSummaryOutput.Render(console, s);
        var e = s.Evaluation;
        if (s.Baseline is { } b)
            ZeroShotComparison.Render(console, b, e.LabelModel, e.LabelModelScores.GetValueOrDefault(b.Split), e.EndModelScores.GetValueOrDefault(b.Split), s.Synthesis);
        if (s.Synthesis is { } syn)
            foreach (var line in SynthesisLines(syn, s.Programs.Count)) console.MarkupLine(Markup.Escape(line));
        if (s.PseudoGold is { } pg)
            console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                $"LLM-labeled sample: {pg.Sample.Answered} of {pg.Sample.Rows.Count} rows of '{pg.Sample.Split}' ({pg.Sample.InputTokens:N0} + {pg.Sample.OutputTokens:N0} tokens, {Dollars.Format(pg.Sample.Cost)}); ") +
                $"label model agrees with it on {pg.LabelModel} (an estimate of its accuracy from the LLM's answers, not gold)."));
        if (s.Refinement is { } refinement) RefinementOutput.Render(console, refinement);
        if (s.Fallback is { } fallback) FallbackOutput.Render(console, fallback);
        console.MarkupLine(Markup.Escape($"Review it: alchemist report {s.Run}"));
    }
}
