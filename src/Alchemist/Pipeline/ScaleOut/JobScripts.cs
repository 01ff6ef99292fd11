using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>The schedulers <c>alchemist emit</c> writes a job for.</summary>
internal enum Scheduler
{
    /// <summary><c>slurm</c>: an sbatch script for a job array (<c>SLURM_ARRAY_TASK_ID</c>).</summary>
    Slurm,
    /// <summary><c>k8s</c>: a Kubernetes Indexed Job (<c>JOB_COMPLETION_INDEX</c>).</summary>
    Kubernetes,
    /// <summary><c>aws-batch</c>: an AWS Batch array job request (<c>AWS_BATCH_JOB_ARRAY_INDEX</c>).</summary>
    AwsBatch,
}

/// <summary>The per-shard step a job runs.</summary>
internal enum ShardStep
{
    /// <summary><c>apply PROJECT --shard K</c>: votes and statistics; <c>reduce</c> follows.</summary>
    Apply,
    /// <summary><c>predict PROJECT --shard K</c>: the end model's predictions and the label model's posteriors; gathering follows.</summary>
    Predict,
}

/// <summary>How the shard jobs run, on any scheduler.</summary>
/// <param name="Project">The project folder as the cluster's nodes see it (a shared file system or volume).</param>
/// <param name="RunName">The run's name (<c>--name</c>); null for the task's name.</param>
/// <param name="Parallel">Shards running at once; null leaves it to the scheduler.</param>
/// <param name="Cpus">CPUs per shard (also the workers applying programs in it).</param>
/// <param name="MemoryGb">Memory per shard, GiB.</param>
/// <param name="Hours">Wall-time limit per shard, hours (Slurm, AWS Batch).</param>
/// <param name="Image">Container image with the <c>alchemist</c> tool (Kubernetes, AWS Batch).</param>
/// <param name="Queue">AWS Batch job queue.</param>
/// <param name="JobDefinition">AWS Batch job definition (its container has the image and the project volume).</param>
/// <param name="VolumeClaim">Kubernetes persistent volume claim holding the project, mounted at <paramref name="Project"/>.</param>
/// <param name="Tool">The command that runs the tool on a node.</param>
/// <param name="Step">The step each shard runs.</param>
internal sealed record JobSettings(
    string Project,
    string? RunName = null,
    int? Parallel = null,
    int Cpus = 2,
    int MemoryGb = 4,
    int Hours = 4,
    string Image = "alchemist:latest",
    string Queue = "alchemist",
    string JobDefinition = "alchemist",
    string VolumeClaim = "alchemist-project",
    string Tool = "alchemist",
    ShardStep Step = ShardStep.Apply);

/// <summary>
/// <c>alchemist emit</c>: the ready-to-submit job for a plan on a cluster scheduler. Each array task runs
/// <c>alchemist apply PROJECT --shard K</c> (or, <c>--step predict</c>, <c>alchemist predict PROJECT --shard K</c>) with K
/// from the scheduler's index variable; the files say what to run once every task has succeeded (<c>alchemist reduce</c>,
/// or the predictions gathered into one table). The text depends only on the plan and the settings.
/// </summary>
internal static class JobScripts
{
    /// <summary>The schedulers' names on the command line.</summary>
    public static ChoiceNames<Scheduler> Names { get; } = new("scheduler", ("slurm", Scheduler.Slurm), ("k8s", Scheduler.Kubernetes), ("aws-batch", Scheduler.AwsBatch));

    /// <summary>The steps' names on the command line.</summary>
    public static ChoiceNames<ShardStep> StepNames { get; } = new("step", ("apply", ShardStep.Apply), ("predict", ShardStep.Predict));

    /// <summary>The file name of a scheduler's job for a step, written beside the plan by default.</summary>
    public static string FileName(Scheduler scheduler, ShardStep step = ShardStep.Apply) => (step == ShardStep.Predict ? "job.predict." : "job.") + scheduler switch
    {
        Scheduler.Slurm => "slurm.sh",
        Scheduler.Kubernetes => "k8s.yaml",
        _ => "aws-batch.json",
    };

    /// <summary>The job's text.</summary>
    /// <exception cref="AlchemistException">A setting out of range, or a plan without shards.</exception>
    public static string Write(Scheduler scheduler, ShardPlan plan, JobSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(settings);
        if (plan.Shards.Count == 0) throw new AlchemistException("The plan has no shards (the data has no rows): there is nothing to submit.");
        if (settings.Cpus < 1 || settings.MemoryGb < 1 || settings.Hours < 1 || settings.Parallel is < 1)
            throw new AlchemistException("--cpus, --memory-gb, --hours and --parallel must be at least 1.");
        return scheduler switch
        {
            Scheduler.Slurm => Slurm(plan, settings),
            Scheduler.Kubernetes => Kubernetes(plan, settings),
            _ => AwsBatch(plan, settings),
        };
    }

    /// <summary>The shard command, without the index (read from the environment) unless <paramref name="index"/> is given.</summary>
    private static List<string> ShardCommand(JobSettings settings, int? index = null)
    {
        List<string> args = [settings.Tool, settings.Step == ShardStep.Predict ? "predict" : "apply", settings.Project];
        if (index is { } k) args.AddRange(["--shard", k.ToString(CultureInfo.InvariantCulture)]);
        if (settings.Step == ShardStep.Apply) args.AddRange(["--parallelism", settings.Cpus.ToString(CultureInfo.InvariantCulture)]);
        if (settings.RunName is { } name) args.AddRange(["--name", name]);
        return args;
    }

    /// <summary>What runs once every shard has succeeded: reduce, or the predictions gathered into one table.</summary>
    private static string After(JobSettings settings) =>
        string.Join(" ", (settings.Step == ShardStep.Predict
                ? new[] { settings.Tool, "predict", settings.Project, "--out", Path.Combine(settings.Project, "predictions.parquet") }
                : [settings.Tool, "reduce", settings.Project])
            .Concat(settings.RunName is { } name ? ["--name", name] : Array.Empty<string>()).Select(Quote));

    private static string AfterWhat(JobSettings settings) => settings.Step == ShardStep.Predict ? "gather the predictions into one table" : "reduce";

    private static string JobName(JobSettings settings) =>
        "alchemist-" + new string(Path.GetFileName(Path.TrimEndingDirectorySeparator(settings.Project)).ToLowerInvariant()
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-') + (settings.Step == ShardStep.Predict ? "-predict" : "");

    private static string Emit(JobSettings settings, string scheduler) => settings.Step == ShardStep.Predict ? $"`alchemist emit {scheduler} --step predict`" : $"`alchemist emit {scheduler}`";

    private static string Outputs(JobSettings settings) => settings.Step == ShardStep.Predict
        ? "RUN/shards/NNNNN/ (predictions.parquet, then _PREDICTED)"
        : "RUN/shards/NNNNN/ (votes.parquet, statistics.json, then _SUCCESS)";

    private static string Slurm(ShardPlan plan, JobSettings settings)
    {
        var last = plan.Shards.Count - 1;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            #!/bin/bash
            # Written by {Emit(settings, "slurm")}: {plan.Shards.Count} shards of at most {plan.RowsPerShard} rows, one array task each.
            # Submit, then {AfterWhat(settings)} once every task has succeeded:
            #   jobid=$(sbatch --parsable THIS_FILE)
            #   sbatch --dependency=afterok:$jobid --wrap {Quote(After(settings))}
            # A task that fails can simply be resubmitted (sbatch --array=K THIS_FILE): finished shards are skipped.
            #SBATCH --job-name={JobName(settings)}
            #SBATCH --array=0-{last}{(settings.Parallel is { } p ? $"%{p}" : "")}
            #SBATCH --cpus-per-task={settings.Cpus}
            #SBATCH --mem={settings.MemoryGb}G
            #SBATCH --time={settings.Hours}:00:00
            #SBATCH --output=slurm-%A_%a.log
            set -euo pipefail
            # Each task writes {Outputs(settings)} on the shared file system.
            exec {string.Join(" ", ShardCommand(settings).Select(Quote))} --shard "$SLURM_ARRAY_TASK_ID"

            """);
        return text.ToString();
    }

    private static string Kubernetes(ShardPlan plan, JobSettings settings)
    {
        var command = string.Join(", ", ShardCommand(settings).Select(a => JsonSerializer.Serialize(a)));
        return string.Create(CultureInfo.InvariantCulture, $"""
            # Written by {Emit(settings, "k8s")}: {plan.Shards.Count} shards of at most {plan.RowsPerShard} rows, one completion index each.
            # kubectl apply -f THIS_FILE; kubectl wait --for=condition=complete job/{JobName(settings)} --timeout=-1s; then run:
            #   {After(settings)}
            # The project folder must be on the volume claim '{settings.VolumeClaim}', mounted at the same path in every pod.
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: {JobName(settings)}
            spec:
              completionMode: Indexed
              completions: {plan.Shards.Count}
              parallelism: {settings.Parallel ?? plan.Shards.Count}
              backoffLimitPerIndex: 2
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: {(settings.Step == ShardStep.Predict ? "predict" : "apply")}
                      image: {JsonSerializer.Serialize(settings.Image)}
                      command: [{command}]
                      resources:
                        requests:
                          cpu: "{settings.Cpus}"
                          memory: {settings.MemoryGb}Gi
                        limits:
                          memory: {settings.MemoryGb}Gi
                      volumeMounts:
                        - name: project
                          mountPath: {JsonSerializer.Serialize(settings.Project)}
                  volumes:
                    - name: project
                      persistentVolumeClaim:
                        claimName: {JsonSerializer.Serialize(settings.VolumeClaim)}

            """);
    }

    private static string AwsBatch(ShardPlan plan, JobSettings settings)
    {
        // An array job needs at least 2 children; a single shard is an ordinary job naming shard 0.
        var single = plan.Shards.Count == 1;
        var job = new JsonObject
        {
            ["jobName"] = JobName(settings),
            ["jobQueue"] = settings.Queue,
            ["jobDefinition"] = settings.JobDefinition,
        };
        if (!single) job["arrayProperties"] = new JsonObject { ["size"] = plan.Shards.Count };
        job["retryStrategy"] = new JsonObject { ["attempts"] = 2 };
        job["timeout"] = new JsonObject { ["attemptDurationSeconds"] = settings.Hours * 3600 };
        job["containerOverrides"] = new JsonObject
        {
            ["command"] = new JsonArray(ShardCommand(settings, single ? 0 : null).Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()),
            ["resourceRequirements"] = new JsonArray(
                new JsonObject { ["type"] = "VCPU", ["value"] = settings.Cpus.ToString(CultureInfo.InvariantCulture) },
                new JsonObject { ["type"] = "MEMORY", ["value"] = (settings.MemoryGb * 1024).ToString(CultureInfo.InvariantCulture) }),
        };
        job["tags"] = new JsonObject
        {
            ["alchemist-shards"] = plan.Shards.Count.ToString(CultureInfo.InvariantCulture),
            [settings.Step == ShardStep.Predict ? "alchemist-gather" : "alchemist-reduce"] = After(settings),
        };
        // For: aws batch submit-job --cli-input-json file://THIS_FILE; then, once the array job has succeeded, the command in its tags.
        return job.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>A shell word: bare when safe, else single-quoted.</summary>
    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ':' or '=' or ',')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
