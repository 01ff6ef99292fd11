using System.CommandLine;
using Alchemist.Data;
using Alchemist.Labeling;
using Alchemist.Pipeline;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist apply</c>: runs a folder of labeling programs over data into a run folder.</summary>
internal static class ApplyCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "A WRENCH folder (every split is labeled) or a data file (WRENCH split json, CSV, TSV).", Required = true };
        var programs = new Option<string>("--programs") { Description = "Folder of programs (*.cs, or *.md LLM answers), one per file.", Required = true };
        var output = new Option<string>("--out") { Description = "The run folder to write.", Required = true };
        var labels = new Option<string?>("--labels") { Description = "Class names in id order, comma-separated (default: from the data)." };
        var textFields = new Option<string[]>("--text-field") { Description = "Field holding the text; repeat for several fields (default: text).", AllowMultipleArgumentsPerToken = false };
        var featureFields = new Option<string[]>("--feature-field") { Description = "A numeric feature column (concept score, tabular measurement); repeat for each. Makes this a feature task: programs take named double parameters." };
        var labelField = new Option<string?>("--label-field") { Description = "Field holding the gold label, if any." };
        var format = new Option<string?>("--format") { Description = "Data format: wrench, csv, tsv (default: from the path)." };
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding of CSV/TSV data (utf-8, latin1, cp1252)." };
        var inProcess = new Option<bool>("--in-process") { Description = "Run programs inside this process (trusted code only: no deadline, no heap limit)." };
        var deadline = new Option<double>("--deadline") { Description = "Seconds one program may spend on one row before its worker is killed.", DefaultValueFactory = _ => 2 };
        var heap = new Option<int>("--worker-heap-mb") { Description = "GC heap limit of each worker process, in MB.", DefaultValueFactory = _ => 512 };
        var parallelism = new Option<int>("--parallelism") { Description = "Worker processes (or threads) running in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of tables." };
        var command = new Command("apply", "Apply labeling programs to data: writes the label matrix and per-program statistics into a run folder.");
        foreach (var option in new Option[] { data, programs, output, labels, textFields, featureFields, labelField, format, encoding, inProcess, deadline, heap, parallelism, json })
            command.Options.Add(option);
        command.SetAction(async (r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var fields = r.GetValue(textFields);
            var request = new ApplyRequest(
                new DataSourceSpec(r.GetValue(data)!, r.GetValue(format), null, fields is { Length: > 0 } ? fields : null, r.GetValue(labelField), r.GetValue(encoding)),
                r.GetValue(programs)!,
                new RunFolder(r.GetValue(output)!),
                r.GetValue(labels) is { } names ? new LabelSet(names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : null,
                new ApplyOptions
                {
                    Isolation = r.GetValue(inProcess) ? ProgramIsolation.InProcess : ProgramIsolation.Worker,
                    RowDeadline = TimeSpan.FromSeconds(r.GetValue(deadline)),
                    WorkerHeapLimitBytes = (long)r.GetValue(heap) << 20,
                    Parallelism = r.GetValue(parallelism),
                },
                r.GetValue(featureFields) is { Length: > 0 } features ? features : null);
            var asJson = r.GetValue(json);
            var result = asJson ? await ApplyStep.RunAsync(request, null, ct) : await WithProgressBar(io.Error, request, ct);
            if (asJson) io.Json(ApplyJson.Of(result));
            else Render(io.Error, result, request.Run);
            return 0;
        });
        return command;
    }

    private static async Task<ApplyStepResult> WithProgressBar(IAnsiConsole console, ApplyRequest request, CancellationToken ct)
    {
        ApplyStepResult? result = null;
        await RateProgress.Create(console).StartAsync(async context =>
        {
            var report = RateProgress.Reporter(context);
            result = await ApplyStep.RunAsync(request, RateProgress.Of<ApplyProgress>(p => report(p.Stage, p.RowsDone, p.Rows)), ct);
        });
        return result!;
    }

    private static void Render(IAnsiConsole console, ApplyStepResult result, RunFolder run)
    {
        foreach (var (split, apply) in result.Splits)
        {
            var table = new Table().Title($"{split}: {apply.Matrix.Rows} rows × {apply.Matrix.Columns} programs in {apply.Seconds:0.0} s");
            foreach (var header in new[] { "Program", "Coverage", "Votes", "Faults", "Seconds", "Quarantined" }) table.AddColumn(header);
            foreach (var p in apply.Programs)
                table.AddRow(Markup.Escape(p.Name), $"{p.Coverage:P1}", $"{p.Votes}",
                    p.FaultCount == 0 ? "0" : Markup.Escape($"{p.FaultCount} ({string.Join(", ", p.Faults.Select(f => $"{f.Key}: {f.Value}"))})"),
                    $"{p.Seconds:0.000}", Markup.Escape(p.QuarantineReason ?? ""));
            ConsoleTables.Write(console, table, 0);
        }
        foreach (var problem in result.Splits.Values.SelectMany(s => s.JailProblems).Distinct())
            console.MarkupLine($"[yellow]warning:[/] the program jail is weaker here: {Markup.Escape(problem)}");
        if (result.Manifest.Loads is { } loads) DataLoadOutput.Render(console, loads.Values);
        console.MarkupLine($"Wrote [bold]{Markup.Escape(run.Root)}[/] in {result.Seconds:0.0} s.");
    }
}
