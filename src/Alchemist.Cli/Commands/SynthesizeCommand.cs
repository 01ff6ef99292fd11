using System.CommandLine;
using System.Globalization;
using Alchemist.Llm;
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
        var spec = new Option<string>("--spec") { Description = "The task spec, or its folder.", DefaultValueFactory = _ => "." };
        var count = new Option<int?>("--count", "-n") { Description = "Programs to ask for (default: the spec's 'programs')." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Estimate tokens and dollars (and the per-row baseline) without calling anything." };
        var budget = new Option<decimal?>("--budget") { Description = "Dollars this run may spend; a call that could exceed it is not made." };
        var exportBatch = new Option<string?>("--export-batch") { Description = "Make no call: write the pending requests as an OpenAI Batch API input file." };
        var importBatch = new Option<string?>("--import-batch") { Description = "Make no call: take answers from an OpenAI Batch API output file." };
        var refresh = new Option<bool>("--refresh") { Description = "Ignore cached answers and ask again (the new answers replace them)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The provider endpoint (overrides the spec and OPENAI_BASE_URL / ANTHROPIC_BASE_URL)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout." };
        foreach (var option in new Option[] { spec, count, dryRun, budget, exportBatch, importBatch, refresh, baseUrl, json }) command.Options.Add(option);
        command.SetAction(async (r, ct) =>
        {
            var export = r.GetValue(exportBatch);
            var import = r.GetValue(importBatch);
            if (export is not null && import is not null)
                throw new AlchemistException("--export-batch and --import-batch exclude each other: export, submit the file to the Batch API, then import its output.");
            if (r.GetValue(budget) is < 0) throw new AlchemistException("--budget must not be negative.");
            var asJson = r.GetValue(json);
            var settings = new SynthesisSettings(
                BaseUrl: r.GetValue(baseUrl),
                Budget: r.GetValue(budget),
                Refresh: r.GetValue(refresh),
                ImportBatch: import,
                Offline: export is not null || import is not null,
                Log: asJson ? null : line => StandardError.Console.MarkupLineInterpolated($"[grey]{line}[/]"));
            using var session = SynthesisSession.Open(r.GetValue(spec)!, settings, ct);
            if (r.GetValue(dryRun))
            {
                var estimate = session.Estimate(r.GetValue(count), ct);
                if (asJson) JsonOutput.Write(new { task = session.Spec.Name, model = session.Spec.Model.Name, estimate, ratio = estimate.Ratio });
                else PrintEstimate(session, estimate);
                return 0;
            }
            var report = await session.SynthesizeAsync(r.GetValue(count), ct);
            if (export is not null) BatchFile.Export(report.PendingRequests, export);
            var baseline = session.Estimate(r.GetValue(count), ct);
            if (asJson) JsonOutput.Write(Json(report, session, baseline, export));
            else Print(report, session, baseline, export);
            return 0;
        });
        return command;
    }

    private static string Dollars(decimal? value) => value is { } v ? "$" + v.ToString(v < 0.01m ? "0.000000" : "0.0000", CultureInfo.InvariantCulture) : "unknown";

    private static void PrintEstimate(SynthesisSession session, CostEstimate e)
    {
        var table = new Table().AddColumns("", "calls", "prompt tokens", "answer tokens", "cost");
        table.AddRow($"synthesis ({e.Programs} programs, upper bound)", e.Calls.ToString(CultureInfo.InvariantCulture), $"{e.InputTokens:N0}", $"{e.OutputTokens:N0}", Dollars(e.Cost));
        table.AddRow($"per-row zero-shot baseline ({e.BaselineRows:N0} rows)", $"{e.BaselineRows:N0}", $"{e.BaselineInputTokens:N0}", $"{e.BaselineOutputTokens:N0}", Dollars(e.BaselineCost));
        StandardError.Console.Write(table);
        StandardError.Console.MarkupLineInterpolated($"Model {session.Spec.Model.Provider}/{session.Spec.Model.Name}; prices as of {e.PricesAsOf} ({session.Prices.Source}); {e.CachedCalls} call(s) already cached; tokens counted with o200k_base{(e.ExactTokenizer ? "" : " (an approximation for this model)")}.");
        StandardError.Console.MarkupLineInterpolated($"Baseline / synthesis: {(e.Ratio is { } ratio ? ratio.ToString("0.0", CultureInfo.InvariantCulture) + "x" : "n/a")}. Repair calls (at most one per rejected program) are not included.");
    }

    private static void Print(SynthesisReport report, SynthesisSession session, CostEstimate baseline, string? export)
    {
        var table = new Table().AddColumns("program", "status", "sample votes", "faults", "tokens in/out", "cost", "note");
        foreach (var p in report.Programs)
            table.AddRow(
                Markup.Escape(p.Name),
                p.Status switch { ProgramStatus.Accepted => "[green]accepted[/]", ProgramStatus.Rejected => "[red]rejected[/]", _ => "[yellow]pending[/]" },
                p.Smoke is { } s ? $"{s.Votes}/{s.Rows}" : "",
                p.Smoke?.Faults.ToString(CultureInfo.InvariantCulture) ?? "",
                FormattableString.Invariant($"{p.Usage.InputTokens:0}/{p.Usage.OutputTokens:0}"),
                Dollars(p.Usage.Cost),
                Markup.Escape(string.Join("; ", (p.DuplicateOf is { } d ? [$"duplicate of {d}"] : Array.Empty<string>())
                    .Concat(p.Repaired ? ["repaired"] : []).Concat(p.Problems.Take(1).Select(x => x.Length > 90 ? x[..90] + "…" : x)))));
        StandardError.Console.Write(table);
        var c = report.Calls;
        StandardError.Console.MarkupLineInterpolated($"{report.Accepted} accepted, {report.Rejected} rejected, {report.Pending} pending, {report.Duplicates} duplicate(s); programs in {session.Spec.OutputDirectory}.");
        StandardError.Console.MarkupLineInterpolated($"Calls: {c.Live} live, {c.Cached} cached, {c.Batch} from the batch file, {c.Pending} pending. Spent this run: {Dollars(report.LiveCost)}. Cost of these programs: {Dollars(report.Total.Cost)} (prices as of {report.PricesAsOf}).");
        if (baseline.BaselineCost is { } b && report.Total.Cost is { } t && t > 0)
            StandardError.Console.MarkupLineInterpolated($"Per-row zero-shot baseline on {baseline.BaselineRows:N0} rows: {Dollars(b)} ({(double)(b / t):0.0}x these programs).");
        if (report.BudgetStopped) StandardError.Console.MarkupLine("[yellow]Stopped at the budget: raise --budget and run again to continue (nothing is lost).[/]");
        if (export is not null)
            StandardError.Console.MarkupLineInterpolated($"Wrote {report.PendingRequests.Count} request(s) to {export}. Submit it to the Batch API, then run 'alchemist synthesize --import-batch OUTPUT.jsonl' (repeat for the next round when programs stay pending).");
        foreach (var failure in session.BatchFailures)
            StandardError.Console.MarkupLineInterpolated($"[red]batch line {failure.Line} ({failure.CustomId}): {failure.Problem}[/]");
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
