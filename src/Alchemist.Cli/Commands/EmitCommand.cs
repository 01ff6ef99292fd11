using System.CommandLine;
using Alchemist.Pipeline.ScaleOut;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist emit slurm|k8s|aws-batch</c>: writes a ready job script or manifest for a project's shard plan.</summary>
internal static class EmitCommand
{
    public static Command Create()
    {
        var scheduler = new Argument<Scheduler>("SCHEDULER")
        {
            Description = $"The scheduler: {JobScripts.Names.List}.",
            HelpName = string.Join("|", JobScripts.Names.Names),
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (JobScripts.Names.TryParse(text, out var value)) return value;
                result.AddError(JobScripts.Names.UnknownMessage(text));
                return default;
            },
        };
        scheduler.CompletionSources.Add(JobScripts.Names.Names.ToArray());
        var project = new ProjectArgument();
        var name = new Option<string?>("--name") { Description = "The run folder's name under PROJECT_DIR/runs/ (default: the task's name)." };
        var output = new Option<string?>("--out") { Description = "The file to write (default: RUN/shards/job.slurm.sh, job.k8s.yaml or job.aws-batch.json; job.predict.* for --step predict)." };
        var parallel = new Option<int?>("--parallel") { Description = "Shards running at once (default: the scheduler's choice; k8s: all)." };
        var cpus = new Option<int>("--cpus") { Description = "CPUs per shard (also its program workers).", DefaultValueFactory = _ => 2 };
        var memory = new Option<int>("--memory-gb") { Description = "Memory per shard, GiB.", DefaultValueFactory = _ => 4 };
        var hours = new Option<int>("--hours") { Description = "Wall-time limit per shard, hours (slurm, aws-batch).", DefaultValueFactory = _ => 4 };
        var image = new Option<string>("--image") { Description = "Container image with the alchemist tool (k8s, aws-batch).", DefaultValueFactory = _ => "alchemist:latest" };
        var queue = new Option<string>("--queue") { Description = "AWS Batch job queue.", DefaultValueFactory = _ => "alchemist" };
        var definition = new Option<string>("--job-definition") { Description = "AWS Batch job definition.", DefaultValueFactory = _ => "alchemist" };
        var claim = new Option<string>("--volume-claim") { Description = "Kubernetes persistent volume claim holding the project.", DefaultValueFactory = _ => "alchemist-project" };
        var step = ChoiceOption.Create("--step", JobScripts.StepNames, ShardStep.Apply,
            "The step each shard runs: apply (votes and statistics; reduce follows) or predict (after reduce or distill: predictions and posteriors).");
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of a summary." };
        var command = new Command("emit", "Write a ready job script (slurm) or manifest (k8s, aws-batch) running `apply --shard K` (or `predict --shard K`) for every shard of the plan.");
        command.Arguments.Add(scheduler);
        project.AddTo(command);
        foreach (var option in new Option[] { name, output, step, parallel, cpus, memory, hours, image, queue, definition, claim, json }) command.Options.Add(option);
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var dir = project.Value(r);
            var sharded = ShardedProject.Load(dir, r.GetValue(name));
            var plan = ShardPlan.Load(sharded.Run);
            var kind = r.GetValue(scheduler);
            var settings = new JobSettings(Path.GetFullPath(sharded.Spec.Directory), r.GetValue(name), r.GetValue(parallel), r.GetValue(cpus), r.GetValue(memory), r.GetValue(hours),
                r.GetValue(image)!, r.GetValue(queue)!, r.GetValue(definition)!, r.GetValue(claim)!, Step: r.GetValue(step).Value);
            var text = JobScripts.Write(kind, plan, settings);
            var path = Path.GetFullPath(r.GetValue(output) ?? Path.Combine(ShardPlan.ShardsDirectory(sharded.Run), JobScripts.FileName(kind, settings.Step)));
            AtomicFile.WriteAllText(path, text);
            if (kind == Scheduler.Slurm && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            if (r.GetValue(json)) io.Json(new EmitJson(JobScripts.Names.NameOf(kind), path, plan.Shards.Count));
            else io.Error.MarkupLine(Markup.Escape($"{JobScripts.Names.NameOf(kind)} job for {plan.Shards.Count} shards → {path}"));
            return Task.FromResult(0);
        });
        return command;
    }
}

/// <summary>The <c>--json</c> object of <c>alchemist emit</c>.</summary>
internal sealed record EmitJson(string Scheduler, string File, int Shards);
