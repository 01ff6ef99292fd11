using System.CommandLine;
using System.Globalization;
using Alchemist.Synthesis;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist synthesize</c>: asks the LLM for labeling programs, validates them and writes them to the programs
/// folder; or estimates the cost first (<c>--dry-run</c>); or works offline through Batch API files.
/// </summary>
internal static class SynthesizeCommand
{
    public static Command Create()
    {
        var command = new Command("synthesize", "Ask the LLM for labeling programs, validate them and write them to the programs folder.");
        var count = new Option<int?>("--count", "-n") { Description = "Programs to ask for (default: the spec's 'programs')." };
        var llm = new LlmCallOptions();
        llm.AddTo(command);
        Examples.Add(command, "alchemist synthesize my-task --dry-run", "alchemist synthesize my-task --budget 0.20", "alchemist synthesize my-task --export-batch round1-input.jsonl");
        command.Options.Add(count);
        command.SetAction(async (r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var (export, import) = llm.ValidatedBatchFiles(r);
            var asJson = r.GetValue(llm.Json);
            var settings = new SynthesisSettings(
                BaseUrl: r.GetValue(llm.BaseUrl),
                Budget: r.GetValue(llm.Budget),
                Refresh: r.GetValue(llm.Refresh),
                ImportBatch: import,
                Offline: export is not null || import is not null,
                Log: asJson ? null : line => io.Error.MarkupLineInterpolated($"[grey]{line}[/]"),
                ExportBatch: export);
            using var session = SynthesisSession.Open(llm.ProjectOf(r), settings, cancellationToken: ct);
            if (r.GetValue(llm.DryRun))
            {
                var estimate = session.Estimate(r.GetValue(count), ct);
                if (asJson) io.Json(new CostEstimateJson(session.Spec.Name, session.Spec.Model.Name, estimate, estimate.Ratio));
                else PrintEstimate(io.Error, session, estimate);
                return 0;
            }
            var report = await session.SynthesizeAsync(r.GetValue(count), ct);
            var baseline = session.Estimate(r.GetValue(count), ct);
            if (asJson) io.Json(Json(report, session, baseline, export));
            else Print(io.Error, report, session, baseline, export);
            return 0;
        });
        return command;
    }


    private static void PrintEstimate(IAnsiConsole console, SynthesisSession session, CostEstimate e)
    {
        var table = new Table().AddColumns("", "calls", "prompt tokens", "answer tokens", "cost");
        table.AddRow($"synthesis ({e.Programs} programs, upper bound)", e.Calls.ToString(CultureInfo.InvariantCulture), $"{e.InputTokens:N0}", $"{e.OutputTokens:N0}", Dollars.Format(e.Cost));
        table.AddRow($"per-row zero-shot baseline ({e.BaselineRows:N0} rows)", $"{e.BaselineRows:N0}", $"{e.BaselineInputTokens:N0}", $"{e.BaselineOutputTokens:N0}", Dollars.Format(e.BaselineCost));
        ConsoleTables.Write(console, table);
        console.MarkupLineInterpolated($"Model {session.Spec.Model.Provider}/{session.Spec.Model.Name}; prices as of {e.PricesAsOf} ({session.Prices.Source}); {e.CachedCalls} call(s) already cached; tokens counted with o200k_base{(e.ExactTokenizer ? "" : " (an approximation for this model)")}.");
        console.MarkupLineInterpolated($"Baseline / synthesis: {(e.Ratio is { } ratio ? ratio.ToString("0.0", CultureInfo.InvariantCulture) + "x" : "n/a")}. Repair calls (at most one per rejected program) are not included.");
    }

    private static void Print(IAnsiConsole console, SynthesisReport report, SynthesisSession session, CostEstimate baseline, string? export)
    {
        var table = new Table().AddColumns("program", "status", "sample votes", "faults", "tokens in/out", "cost", "note");
        foreach (var p in report.Programs)
            table.AddRow(
                Markup.Escape(p.Name),
                p.Status switch { ProgramStatus.Accepted => "[green]accepted[/]", ProgramStatus.Rejected => "[red]rejected[/]", _ => "[yellow]pending[/]" },
                p.Smoke is { } s ? $"{s.Votes}/{s.Rows}" : "",
                p.Smoke?.Faults.ToString(CultureInfo.InvariantCulture) ?? "",
                FormattableString.Invariant($"{p.Usage.InputTokens:0}/{p.Usage.OutputTokens:0}"),
                Dollars.Format(p.Usage.Cost),
                Markup.Escape(string.Join("; ", (p.DuplicateOf is { } d ? [$"duplicate of {d}"] : Array.Empty<string>())
                    .Concat(p.Repaired ? ["repaired"] : []).Concat(p.Problems.Take(1).Select(x => x.Length > 90 ? x[..90] + "…" : x)))));
        ConsoleTables.Write(console, table, 0);
        var c = report.Calls;
        console.MarkupLineInterpolated($"{report.Accepted} accepted, {report.Rejected} rejected, {report.Pending} pending, {report.Duplicates} duplicate(s); programs in {session.Spec.OutputDirectory}.");
        console.MarkupLineInterpolated($"Calls: {c.Live} live, {c.Cached} cached, {c.Batch} from the batch file, {c.Pending} pending. Spent this run: {Dollars.Format(report.LiveCost)}. Cost of these programs: {Dollars.Format(report.Total.Cost)} (prices as of {report.PricesAsOf}).");
        if (baseline.BaselineCost is { } b && report.Total.Cost is { } t && t > 0)
            console.MarkupLineInterpolated($"Per-row zero-shot baseline on {baseline.BaselineRows:N0} rows: {Dollars.Format(b)} ({(double)(b / t):0.0}x these programs).");
        if (report.BudgetStopped) console.MarkupLine("[yellow]Stopped at the budget: raise --budget and run again to continue (nothing is lost).[/]");
        if (export is not null)
            console.MarkupLineInterpolated($"Wrote {report.PendingRequests.Count} request(s) to {export}. Submit it to the Batch API, then run 'alchemist synthesize --import-batch OUTPUT.jsonl' (repeat for the next round when programs stay pending).");
        foreach (var failure in session.BatchFailures)
            console.MarkupLineInterpolated($"[red]batch line {failure.Line} ({failure.CustomId}): {failure.Problem}[/]");
    }

    private static object Json(SynthesisReport report, SynthesisSession session, CostEstimate baseline, string? export) => new
    {
        task = report.Task,
        provider = report.Provider,
        model = report.Model,
        prices_as_of = report.PricesAsOf,
        accepted = report.Accepted,
        rejected = report.Rejected,
        pending = report.Pending,
        duplicates = report.Duplicates,
        calls = report.Calls,
        budget_stopped = report.BudgetStopped,
        live_cost = report.LiveCost,
        total = report.Total,
        baseline = new { rows = baseline.BaselineRows, input_tokens = baseline.BaselineInputTokens, output_tokens = baseline.BaselineOutputTokens, cost = baseline.BaselineCost },
        exported = export is null ? null : new { file = export, requests = report.PendingRequests.Count },
        pending_requests = report.PendingRequests.Select(p => p.Purpose),
        batch_failures = session.BatchFailures,
        programs = report.Programs.Select(p => new
        {
            name = p.Name,
            strategy = p.Strategy,
            temperature = p.Temperature,
            status = p.Status,
            problems = p.Problems,
            repaired = p.Repaired,
            duplicate_of = p.DuplicateOf,
            smoke = p.Smoke is { } s ? new { rows = s.Rows, votes = s.Votes, faults = s.Faults, first_fault = s.FirstFault } : null,
            usage = p.Usage,
            path = p.Path,
        }),
    };
}
