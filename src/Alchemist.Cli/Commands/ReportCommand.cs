using System.CommandLine;
using Alchemist.Reporting;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist report RUNDIR</c>: one self-contained HTML page reviewing a run.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var runDir = new Argument<string>("RUNDIR") { Description = "The run folder (after alchemist run)." };
        var output = new Option<string?>("--out") { Description = $"The HTML file to write (default: RUNDIR/{HtmlReport.FileName})." };
        var examples = new Option<int>("--examples") { Description = "Rows shown per program where it disagrees with the consensus.", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout." };
        var command = new Command("report", "Write a self-contained HTML report of a run: programs, scores, label models, calibration, class balance, cost.");
        command.Arguments.Add(runDir);
        foreach (var option in new Option[] { output, examples, json }) command.Options.Add(option);
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            if (r.GetValue(examples) < 0) throw new AlchemistException("--examples must not be negative.");
            var run = new RunFolder(r.GetValue(runDir)!);
            var path = Path.GetFullPath(r.GetValue(output) ?? Path.Combine(run.Root, HtmlReport.FileName));
            HtmlReport.Write(run, path, r.GetValue(examples), ct);
            if (r.GetValue(json)) io.Json(new ReportJson(path, new FileInfo(path).Length));
            else io.Error.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/].");
            return Task.FromResult(0);
        });
        return command;
    }
}
