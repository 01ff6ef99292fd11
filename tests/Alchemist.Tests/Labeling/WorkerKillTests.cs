using Alchemist.Labeling;
using static Alchemist.Tests.Labeling.TestPrograms;

namespace Alchemist.Tests.Labeling;

/// <summary>
/// The worker's last line of defence, on its own: programs compiled without budget counters (an internal switch kept
/// for measurements) really overflow the stack and really loop for ever, so the parent must kill or lose the worker,
/// blame the right cell, restart, and stop the program after <see cref="ApplyOptions.MaxKillsPerProgram"/> kills.
/// </summary>
public sealed class WorkerKillTests
{
    [Fact]
    public async Task Stack_overflow_is_a_crash_and_an_endless_loop_a_timeout_while_the_rest_labels_correctly()
    {
        var texts = Texts(40);
        var options = new ApplyOptions
        {
            Instrument = false,
            Parallelism = 1,
            RowDeadline = TimeSpan.FromSeconds(1),
            MaxKillsPerProgram = 2,
            SmokeSampleSize = 0,
        };
        using var applier = new ProgramApplier(options);

        var result = await applier.ApplyAsync(
        [
            Benign[0].Source,
            Program("overflow_on_lol", "return text.StartsWith(\"lol\") ? Deep(1) : 0; } static int Deep(int x) { return Deep(x + 1) + 1;"),
            Benign[1].Source,
            Program("spin_on_great", "var n = 0; while (text.StartsWith(\"great\")) { n++; } return 1;"),
            Benign[2].Source,
        ], HamSpam, texts);

        AssertColumn(result.Matrix, 0, texts, Benign[0].Expected);
        AssertColumn(result.Matrix, 2, texts, Benign[1].Expected);
        AssertColumn(result.Matrix, 4, texts, Benign[2].Expected);

        var overflow = result.Programs[1];
        Assert.Equal([1, 6], overflow.FaultExamples.Select(f => f.Row));
        Assert.All(overflow.FaultExamples, f => Assert.Equal(ProgramFaultKind.Crash, f.Kind));
        Assert.Contains("worker process died", overflow.FaultExamples[0].Message);
        Assert.Contains("killed its worker 2 times", overflow.QuarantineReason);

        var spin = result.Programs[3];
        Assert.Equal([4, 9], spin.FaultExamples.Select(f => f.Row));
        Assert.All(spin.FaultExamples, f => Assert.Equal(ProgramFaultKind.Timeout, f.Kind));
        Assert.Contains("CPU time on this row, twice", spin.FaultExamples[0].Message);
        Assert.Contains("killed its worker 2 times", spin.QuarantineReason);
    }

    [Fact]
    public async Task Cancelling_mid_run_kills_the_worker_and_the_applier_still_works_afterwards()
    {
        using var applier = new ProgramApplier(new ApplyOptions { Parallelism = 1, SmokeSampleSize = 0 });
        using var cancel = new CancellationTokenSource();
        var slow = Program("slow", "return Enumerable.Range(0, 3_000_000).Sum(i => i & 1) > 0 ? 1 : 0;");
        long furthest = 0;
        var progress = new SynchronousProgress(p =>
        {
            furthest = Math.Max(furthest, p.RowsDone);
            if (p.RowsDone > 0) cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => applier.ApplyAsync([slow], HamSpam, Texts(100_000), progress, cancel.Token));
        Assert.True(Volatile.Read(ref furthest) < 100_000, "cancellation did not stop the run before its last row");

        var texts = Texts(50);
        var result = await applier.ApplyAsync([Benign[0].Source], HamSpam, texts);
        AssertColumn(result.Matrix, 0, texts, Benign[0].Expected);
    }
}
