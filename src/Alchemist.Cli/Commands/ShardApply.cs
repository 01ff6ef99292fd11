using System.Diagnostics;
using System.Globalization;
using Alchemist.Labeling;
using Alchemist.Pipeline.ScaleOut;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>The project form of <c>alchemist apply</c>: one shard (<c>--shard K</c> or a job array's index), or all as local processes.</summary>
internal static class ShardApply
{
    public static async Task<int> RunAsync(CommandOutput io, string project, string? runName, int? shard, int parallel, ApplyOptions options, bool json, CancellationToken ct)
    {
        if ((shard ?? ShardApplyStep.IndexFromEnvironment(io.Environment)) is { } index)
        {
            var result = await ShardApplyStep.RunAsync(project, runName, index, options, null, ct);
            var run = ShardedProject.Load(project, runName).Run;
            if (json)
                io.Json(new ShardApplyJson(run.Root, index, result.Shard.Split, result.Shard.FirstRow, result.Shard.Rows, result.Skipped,
                    ShardOutput.VotesPath(run, index), ShardOutput.StatisticsPath(run, index), result.Output.Quarantined, result.Seconds));
            else
                io.Error.MarkupLine(Markup.Escape(result.Skipped
                    ? $"Shard {index} had finished ({ShardOutput.MarkerPath(run, index)} exists): skipped."
                    : $"Shard {index}: rows {result.Shard.FirstRow}..{result.Shard.FirstRow + result.Shard.Rows - 1} of '{result.Shard.Split}' labeled in {result.Seconds:0.0} s → {ShardPlan.ShardDirectory(run, index)}"));
            return 0;
        }
        var sharded = ShardedProject.Load(project, runName);
        var plan = ShardPlan.Load(sharded.Run);
        var clock = Stopwatch.StartNew();
        var ran = await LocalShards.RunAsync(plan, k => ShardOutput.TryLoad(sharded.Run, k) is not null, parallel, k => SelfProcess.StartInfo(ShardArguments(project, runName, k, options)),
            k => { if (!json) io.Error.MarkupLine(Markup.Escape($"shard {k} done")); }, ct);
        if (json) io.Json(new ParallelApplyJson(sharded.Run.Root, plan.Shards.Count, ran.Count, plan.Shards.Count - ran.Count, parallel, clock.Elapsed.TotalSeconds));
        else io.Error.MarkupLine(Markup.Escape($"{ran.Count} shards labeled, {plan.Shards.Count - ran.Count} had finished before, with {parallel} process(es) in {clock.Elapsed.TotalSeconds:0.0} s; next: alchemist reduce {project}"));
        return 0;
    }

    /// <summary>The command line of shard K's process: the same project, run and program settings.</summary>
    private static List<string> ShardArguments(string project, string? runName, int index, ApplyOptions options)
    {
        var args = new List<string> { "apply", Path.GetFullPath(project), "--shard", index.ToString(CultureInfo.InvariantCulture),
            "--deadline", options.RowDeadline.TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
            "--worker-heap-mb", (options.WorkerHeapLimitBytes >> 20).ToString(CultureInfo.InvariantCulture),
            "--parallelism", options.Parallelism.ToString(CultureInfo.InvariantCulture), "--json" };
        if (runName is not null) args.AddRange(["--name", runName]);
        if (options.Isolation == ProgramIsolation.InProcess) args.Add("--in-process");
        return args;
    }
}

/// <summary>The <c>--json</c> object of <c>alchemist apply PROJECT_DIR --shard K</c>.</summary>
internal sealed record ShardApplyJson(string Run, int Shard, string Split, long FirstRow, long Rows, bool Skipped, string VotesFile, string StatisticsFile,
    IReadOnlyDictionary<string, string> Quarantined, double Seconds);

/// <summary>The <c>--json</c> object of <c>alchemist apply PROJECT_DIR --parallel P</c>.</summary>
internal sealed record ParallelApplyJson(string Run, int Shards, int Ran, int Skipped, int Parallel, double Seconds);

/// <summary>How to start this tool again as a child process: the apphost itself, or <c>dotnet Alchemist.Cli.dll</c>.</summary>
internal static class SelfProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var host = Environment.ProcessPath;
        var self = typeof(SelfProcess).Assembly.Location;
        var apphost = host is not null && Path.GetFileNameWithoutExtension(host) is "alchemist" or "Alchemist.Cli";
        var info = new ProcessStartInfo(apphost ? host! : DotnetHost());
        if (!apphost) info.ArgumentList.Add(self);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    /// <summary>The dotnet host running us (or the one the SDK names), else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetHost()
    {
        var host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet") return host;
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
    }
}
