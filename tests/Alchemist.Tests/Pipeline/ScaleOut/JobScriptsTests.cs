using System.Diagnostics;
using System.Text.Json;
using Alchemist.Pipeline.ScaleOut;

namespace Alchemist.Tests.Pipeline.ScaleOut;

/// <summary>
/// <c>alchemist emit</c>'s jobs against golden files (set ALCHEMIST_UPDATE_DOCS=1 to rewrite them after a deliberate
/// change, then review the diff), and each parsed by its own format's rules.
/// </summary>
public sealed class JobScriptsTests
{
    private static readonly ShardPlan Plan = new(ShardPlan.FormatName, ShardPlan.CurrentVersion, ["ham", "spam"], ["001-link", "002-song"], "abc", 1000,
        new Dictionary<string, long> { ["train"] = 2500 },
        [new Shard(0, "train", "/data/train.csv", 0, 1000), new Shard(1, "train", "/data/train.csv", 1000, 1000), new Shard(2, "train", "/data/train.csv", 2000, 500)]);

    public static TheoryData<string, bool, string> Cases() => new()
    {
        { "slurm", false, "apply" }, { "slurm", true, "apply" }, { "k8s", false, "apply" }, { "k8s", true, "apply" }, { "aws-batch", false, "apply" }, { "aws-batch", true, "apply" },
        { "slurm", false, "predict" }, { "k8s", true, "predict" }, { "aws-batch", false, "predict" },
    };

    private static JobSettings Settings(bool custom, string step = "apply") => (custom
        ? new JobSettings("/shared/projects/spam comments", RunName: "night", Parallel: 2, Cpus: 8, MemoryGb: 16, Hours: 12, Image: "registry.example/alchemist:0.9",
            Queue: "gpu-queue", JobDefinition: "alchemist-def:3", VolumeClaim: "labels-pvc")
        : new JobSettings("/shared/projects/youtube")) with { Step = JobScripts.StepNames.Parse(step) };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Jobs_match_their_golden_files(string scheduler, bool custom, string step)
    {
        var kind = JobScripts.Names.Parse(scheduler);
        var settings = Settings(custom, step);
        var text = JobScripts.Write(kind, Plan, settings);
        var golden = Path.Combine(TestPaths.RepoRoot, "tests", "Alchemist.Tests", "Pipeline", "ScaleOut", "Golden", (custom ? "custom-" : "default-") + JobScripts.FileName(kind, settings.Step));
        if (Environment.GetEnvironmentVariable("ALCHEMIST_UPDATE_DOCS") == "1") File.WriteAllText(golden, text);
        Assert.Equal(File.ReadAllText(golden), text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Jobs_parse_and_name_every_shard(string scheduler, bool custom, string step)
    {
        var kind = JobScripts.Names.Parse(scheduler);
        var settings = Settings(custom, step);
        var text = JobScripts.Write(kind, Plan, settings);
        switch (kind)
        {
            case Scheduler.Slurm:
                Assert.Contains("#SBATCH --array=0-2" + (custom ? "%2" : "") + "\n", text);
                Assert.Contains("--shard \"$SLURM_ARRAY_TASK_ID\"", text);
                Assert.Equal(0, BashSyntaxCheck(text));
                break;
            case Scheduler.Kubernetes:
                var yaml = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(text);
                var spec = (Dictionary<object, object>)yaml["spec"];
                Assert.Equal("Indexed", spec["completionMode"]);
                Assert.Equal("3", spec["completions"]);
                Assert.Equal(custom ? "2" : "3", spec["parallelism"]);
                Assert.Equal(step == "predict", ((string)((Dictionary<object, object>)yaml["metadata"])["name"]).EndsWith("-predict", StringComparison.Ordinal));
                break;
            default:
                using (var json = JsonDocument.Parse(text))
                {
                    Assert.Equal(3, json.RootElement.GetProperty("arrayProperties").GetProperty("size").GetInt32());
                    var command = json.RootElement.GetProperty("containerOverrides").GetProperty("command").EnumerateArray().Select(e => e.GetString()!).ToArray();
                    Assert.Equal(["alchemist", step, settings.Project], command[..3]);
                    Assert.DoesNotContain("--shard", command);
                }
                break;
        }
    }

    [Fact]
    public void A_single_shard_is_an_ordinary_aws_batch_job_naming_shard_0()
    {
        var single = Plan with { Shards = [Plan.Shards[0]] };
        using var json = JsonDocument.Parse(JobScripts.Write(Scheduler.AwsBatch, single, Settings(false)));
        Assert.False(json.RootElement.TryGetProperty("arrayProperties", out _));
        Assert.Contains("--shard", json.RootElement.GetProperty("containerOverrides").GetProperty("command").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Emit_writes_the_job_beside_the_plan()
    {
        using var project = new YoutubeProject();
        Assert.Equal(0, (await CliInProcess.RunAsync("plan", project.Root, "--rows-per-shard", "500")).Code);

        var (code, result) = await CliInProcess.RunAsync("emit", "slurm", project.Root, "--json");

        Assert.Equal(0, code);
        var path = result.GetProperty("file").GetString()!;
        Assert.Equal(Path.Combine(ShardPlan.ShardsDirectory(project.Run), "job.slurm.sh"), path);
        Assert.Contains("#SBATCH --array=0-5\n", File.ReadAllText(path));
        Assert.Equal(2, (await CliInProcess.RunAsync("emit", "pbs", project.Root)).Code);
    }

    private static int BashSyntaxCheck(string script)
    {
        var info = new ProcessStartInfo("bash", ["-n"]) { RedirectStandardInput = true, RedirectStandardError = true };
        using var bash = Process.Start(info)!;
        bash.StandardInput.Write(script);
        bash.StandardInput.Close();
        bash.WaitForExit();
        return bash.ExitCode;
    }
}
