using System.CommandLine;
using Alchemist.Data;
using Alchemist.Labeling;
using Alchemist.Pipeline;
using Alchemist.Pipeline.ScaleOut;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist apply</c>: runs a folder of labeling programs over data into a run folder (<c>--data --programs --out</c>),
/// or, for a project with a shard plan, labels shards: <c>apply PROJECT_DIR --shard K</c> (K also from a job array's
/// variable) or every unfinished shard as local processes (<c>--parallel P</c>).
/// </summary>
internal static class ApplyCommand
{
    public static Command Create()
    {
        var project = new Argument<string?>("PROJECT_DIR")
        {
            Description = "With a shard plan (alchemist plan): the project folder whose shards to label; default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        // An unknown option would otherwise be taken for the optional folder.
        project.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: ['-', ..] value }]) result.AddError($"Unrecognized command or argument '{value}'");
        });
        var shard = new Option<int?>("--shard") { Description = $"Label only shard K of the plan (default: from {string.Join(", ", ShardApplyStep.IndexVariables)})." };
        var parallel = new Option<int>("--parallel") { Description = "Without a shard index: label every unfinished shard as P local processes.", DefaultValueFactory = _ => 1 };
        var name = new Option<string?>("--name") { Description = "With PROJECT_DIR: the run folder's name under PROJECT_DIR/runs/ (default: the task's name)." };
        var data = new Option<string?>("--data") { Description = "A WRENCH folder (every split is labeled) or a data file (WRENCH split json, CSV, TSV)." };
        var programs = new Option<string?>("--programs") { Description = "Folder of programs (*.cs, or *.md LLM answers), one per file." };
        var output = new Option<string?>("--out") { Description = "The run folder to write." };
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
        command.Arguments.Add(project);
        foreach (var option in new Option[] { data, programs, output, labels, textFields, featureFields, labelField, format, encoding, inProcess, deadline, heap, parallelism, shard, parallel, name, json })
            command.Options.Add(option);
        command.SetAction(async (r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var applyOptions = new ApplyOptions
            {
                Isolation = r.GetValue(inProcess) ? ProgramIsolation.InProcess : ProgramIsolation.Worker,
                RowDeadline = TimeSpan.FromSeconds(r.GetValue(deadline)),
                WorkerHeapLimitBytes = (long)r.GetValue(heap) << 20,
                Parallelism = r.GetValue(parallelism),
            };
            if (r.GetValue(data) is null)
            {
                if (r.GetValue(programs) is not null || r.GetValue(output) is not null)
                    throw new AlchemistException("--programs and --out go with --data; to label a project's shards give PROJECT_DIR (and --shard K or --parallel P).");
                return await ShardApply.RunAsync(io, r.GetValue(project) ?? ".", r.GetValue(name), r.GetValue(shard), r.GetValue(parallel), applyOptions, r.GetValue(json), ct);
            }
            if (r.GetValue(project) is not null || r.GetValue(shard) is not null)
                throw new AlchemistException("PROJECT_DIR and --shard label a project's planned shards; they do not go with --data.");
            if (r.GetValue(programs) is null || r.GetValue(output) is null)
                throw new AlchemistException("--data needs --programs DIR and --out RUNDIR (or give PROJECT_DIR to label a project's planned shards).");
            var fields = r.GetValue(textFields);
            var request = new ApplyRequest(
                new DataSourceSpec(r.GetValue(data)!, r.GetValue(format), null, fields is { Length: > 0 } ? fields : null, r.GetValue(labelField), r.GetValue(encoding)),
                r.GetValue(programs)!,
                new RunFolder(r.GetValue(output)!),
                r.GetValue(labels) is { } names ? new LabelSet(names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : null,
                applyOptions,
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
