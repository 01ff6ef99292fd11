using System.CommandLine;
using Alchemist.Llm;
using Alchemist.Pipeline;
using Alchemist.Synthesis;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist baseline</c>: the paper's comparison, one zero-shot LLM call per row of a split, through the same cache,
/// budget, cost accounting and Batch API files as synthesis; the result goes into the project's run folder so
/// <c>alchemist run</c> and <c>alchemist report</c> show it beside the programs.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var command = new Command("baseline", "Label a split with one zero-shot LLM call per row (the per-row baseline), priced and cached like synthesis.");
        var split = new Option<string>("--split") { Description = "The split to label.", DefaultValueFactory = _ => "test" };
        var runName = new Option<string?>("--name") { Description = "The run folder under PROJECT/runs/ to record the result in (default: the task's name, as alchemist run)." };
        var llm = new LlmCallOptions();
        llm.AddTo(command);
        Examples.Add(command, "alchemist baseline my-task --split test --dry-run", "alchemist baseline my-task --budget 1");
        command.Options.Add(split);
        command.Options.Add(runName);
        command.SetAction(async (r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var (export, import) = llm.ValidatedBatchFiles(r);
            var asJson = r.GetValue(llm.Json);
            var settings = new SynthesisSettings(BaseUrl: r.GetValue(llm.BaseUrl), Budget: r.GetValue(llm.Budget), Refresh: r.GetValue(llm.Refresh), ImportBatch: import,
                Offline: export is not null || import is not null, Log: null, ExportBatch: export);
            using var session = SynthesisSession.Open(llm.ProjectOf(r), settings, cancellationToken: ct);
            var name = r.GetValue(split)!;
            if (r.GetValue(llm.DryRun))
            {
                var estimate = ZeroShotBaseline.Estimate(session, name, ct);
                if (asJson) io.Json(new BaselineEstimateJson(session.Spec.Name, session.Spec.Model.Name, estimate));
                else io.Error.MarkupLine(Markup.Escape(FormattableString.Invariant(
                    $"Zero-shot baseline on '{name}': {estimate.Calls:N0} call(s) to make of {estimate.Rows:N0} rows, {estimate.InputTokens:N0} prompt + {estimate.OutputTokens:N0} answer tokens, {Dollars.Format(estimate.Cost)} ({session.Spec.Model.Name}, prices as of {session.Prices.AsOf}).")));
                return 0;
            }
            // The library's baseline stage records the result in the run folder; this command only reports it.
            var (result, file, pending) = await BaselineStep.RunAsync(session, name, r.GetValue(runName), ct);
            if (asJson) io.Json(new BaselineOutput(result, file, export is null ? null : new ExportedRequests(export, pending.Count), session.BatchFailures));
            else
            {
                io.Error.MarkupLine(Markup.Escape(FormattableString.Invariant(
                    $"Zero-shot baseline on '{name}': {result.Answered:N0} of {result.Rows:N0} rows answered ({result.Calls.Live} live, {result.Calls.Cached} cached, {result.Calls.Batch} from the batch file), {result.Unparsed} unreadable; {result.InputTokens:N0} + {result.OutputTokens:N0} tokens, {Dollars.Format(result.Cost)}.")));
                if (result.Scores is { } s)
                    io.Error.MarkupLine(Markup.Escape(FormattableString.Invariant($"Accuracy {s.Accuracy:0.000}, F1 {s.F1Binary ?? s.F1Macro:0.000}.")));
                if (export is not null) io.Error.MarkupLine(Markup.Escape($"Wrote {pending.Count} request(s) to {export}; import the Batch API's output with --import-batch."));
                io.Error.MarkupLine(Markup.Escape($"Recorded in {file}; alchemist run and alchemist report show it beside the programs."));
            }
            return 0;
        });
        return command;
    }

    /// <summary>The <c>--json</c> object: the recorded result, where it went, what was exported and which batch lines failed.</summary>
    private sealed record BaselineOutput(BaselineResult Result, string File, ExportedRequests? Exported, IReadOnlyList<BatchFailure> BatchFailures);

    /// <summary>A Batch API input file written with the rows still unanswered.</summary>
    private sealed record ExportedRequests(string File, int Requests);

}
