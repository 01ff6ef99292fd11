using System.Diagnostics;
using System.Text.Json;
using Alchemist.Cli;
using Alchemist.Pipeline;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline;

/// <summary>The project lock: a second run refuses while the first lives; a lock left by a dead process is taken over.</summary>
public sealed class RunLockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Project()
    {
        var example = Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam");
        var project = _folder.PathOf("project");
        Directory.CreateDirectory(project);
        File.Copy(Path.Combine(example, "alchemist.yaml"), Path.Combine(project, "alchemist.yaml"));
        return project;
    }

    [Fact]
    public async Task A_second_run_of_a_project_in_use_refuses_naming_the_holder_and_exits_4()
    {
        var project = Project();
        using var held = RunLock.Acquire(project, "alchemist run");

        var (code, _, error) = await CliInProcess.RunCapturingAsync("run", project, "--json");

        Assert.Equal((int)ExitCode.Locked, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: {project} is in use by process {Environment.ProcessId} on {Environment.MachineName} (alchemist run, started ", line[..(line.IndexOf("started ", StringComparison.Ordinal) + 8)]);
        Assert.EndsWith($"wait for it to finish, or if that process no longer runs, delete {RunLock.PathOf(project)}.", line, StringComparison.Ordinal);
        Assert.Throws<RunLockedException>(() => RunLock.Acquire(project, "alchemist run"));
    }

    [Fact]
    public async Task A_second_apply_into_a_run_folder_in_use_refuses()
    {
        var data = _folder.Write("d.csv", "text,label\nhello,ham\nhttp://x,spam\n");
        var programs = _folder.PathOf("programs");
        Directory.CreateDirectory(programs);
        File.WriteAllText(Path.Combine(programs, "links.cs"), "public static class L { public static int Label(string text) => text.Contains(\"http\") ? 1 : -1; }");
        var run = _folder.PathOf("run");
        string[] apply = ["apply", "--data", data, "--programs", programs, "--out", run, "--labels", "ham,spam", "--in-process", "--json"];

        using (RunLock.Acquire(run, "alchemist apply"))
        {
            var (code, _, error) = await CliInProcess.RunCapturingAsync(apply);
            Assert.Equal((int)ExitCode.Locked, code);
            Assert.StartsWith($"error: {run} is in use by process {Environment.ProcessId}", error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(run, "run.json")));
        }
        Assert.Equal(0, (await CliInProcess.RunCapturingAsync(apply)).Code);
    }

    [Fact]
    public void The_lock_is_released_on_dispose()
    {
        var project = Project();
        using (RunLock.Acquire(project, "first")) Assert.True(File.Exists(RunLock.PathOf(project)));
        Assert.False(File.Exists(RunLock.PathOf(project)));
        using var second = RunLock.Acquire(project, "second");
    }

    [Fact]
    public void A_lock_left_by_a_dead_process_or_a_reused_pid_is_stale_and_taken_over()
    {
        var project = Project();
        using var exited = Process.Start(new ProcessStartInfo("true"))!;
        exited.WaitForExit();
        var dead = new RunLockOwner(exited.Id, Environment.MachineName, DateTimeOffset.UtcNow, "killed run");
        Directory.CreateDirectory(Path.GetDirectoryName(RunLock.PathOf(project))!);
        File.WriteAllText(RunLock.PathOf(project), JsonSerializer.Serialize(dead, ArtifactJson.Options));
        Assert.True(dead.IsGone);
        using (RunLock.Acquire(project, "after a kill")) { }

        // Our own pid, but a process that started at another time: the id was reused, the owner is gone.
        var reused = RunLockOwner.Current("old") with { ProcessStarted = DateTimeOffset.UnixEpoch };
        File.WriteAllText(RunLock.PathOf(project), JsonSerializer.Serialize(reused, ArtifactJson.Options));
        Assert.True(reused.IsGone);
        using (RunLock.Acquire(project, "after a reboot")) { }

        // A lock from another host cannot be checked, so it holds.
        var remote = RunLockOwner.Current("elsewhere") with { Host = "another-host-" + Guid.NewGuid().ToString("N") };
        File.WriteAllText(RunLock.PathOf(project), JsonSerializer.Serialize(remote, ArtifactJson.Options));
        Assert.Contains("on another-host-", Assert.Throws<RunLockedException>(() => RunLock.Acquire(project, "here")).Message);
    }
}
