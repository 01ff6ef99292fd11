using System.CommandLine;
using Alchemist.Pipeline.ScaleOut;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist plan</c>: cuts a project's data into shards for <c>apply --shard K</c> on many machines.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var project = new ProjectArgument();
        var rows = new Option<long>("--rows-per-shard") { Description = "Rows per shard (a shard never spans two splits).", Required = true };
        var name = new Option<string?>("--name") { Description = "The run folder's name under PROJECT_DIR/runs/ (default: the task's name)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of a summary." };
        var command = new Command("plan", "Plan shards of a project's data: writes RUN/shards/plan.json for `apply --shard K`, `reduce` and `emit`.");
        project.AddTo(command);
        foreach (var option in new Option[] { rows, name, json }) command.Options.Add(option);
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var dir = project.Value(r);
            var plan = PlanStep.Run(dir, r.GetValue(name), r.GetValue(rows), ct);
            var run = ShardedProject.Load(dir, r.GetValue(name)).Run;
            if (r.GetValue(json)) io.Json(new PlanJson(run.Root, ShardPlan.PathOf(run), plan.Shards.Count, plan.RowsPerShard, plan.Splits, plan.Programs, plan.RowRanges));
            else
            {
                io.Error.MarkupLine(Markup.Escape($"{plan.Shards.Count} shards of at most {plan.RowsPerShard} rows ({string.Join(", ", plan.Splits.Select(s => $"{s.Key}: {s.Value} rows"))}) → {ShardPlan.PathOf(run)}; " +
                    $"next: alchemist apply {dir} --shard K (K = 0..{plan.Shards.Count - 1}), or --parallel P, or alchemist emit slurm|k8s|aws-batch {dir}"));
                foreach (var (split, reason) in plan.RowRanges ?? new Dictionary<string, string>())
                    io.Error.MarkupLine(Markup.Escape($"Split '{split}' is cut into row ranges (each shard parses the file up to its rows): {reason}."));
            }
            return Task.FromResult(0);
        });
        return command;
    }
}

/// <summary>The <c>--json</c> object of <c>alchemist plan</c>.</summary>
internal sealed record PlanJson(string Run, string PlanFile, int Shards, long RowsPerShard, IReadOnlyDictionary<string, long> Splits, IReadOnlyList<string> Programs,
    IReadOnlyDictionary<string, string>? RowRanges);
