using Alchemist.Labeling;
using static Alchemist.Tests.Labeling.TestPrograms;

namespace Alchemist.Tests.Labeling;

public class ProgramApplierTests
{
    private static readonly string[] ManyTexts = Texts(9000);

    [Fact]
    public async Task Worker_mode_labels_every_cell_like_the_reference_across_two_workers()
    {
        using var applier = new ProgramApplier(new ApplyOptions { Parallelism = 2 });

        var result = await applier.ApplyAsync(Benign.Select(b => b.Source).ToArray(), HamSpam, ManyTexts);

        for (var j = 0; j < Benign.Length; j++) AssertColumn(result.Matrix, j, ManyTexts, Benign[j].Expected);
        Assert.All(result.Programs, p => Assert.Equal((ManyTexts.Length, 0, false), (p.Rows, p.FaultCount, p.Quarantined)));
        Assert.All(result.Programs, p => Assert.Equal(ManyTexts.Length, p.Votes + p.Abstains));
    }

    [Fact]
    public async Task In_process_mode_gives_the_same_matrix_whatever_the_parallelism()
    {
        var programs = Benign.Select(b => b.Source).ToArray();
        using var one = new ProgramApplier(new ApplyOptions { Isolation = ProgramIsolation.InProcess, Parallelism = 1 });
        using var four = new ProgramApplier(new ApplyOptions { Isolation = ProgramIsolation.InProcess, Parallelism = 4 });

        var a = await one.ApplyAsync(programs, HamSpam, ManyTexts);
        var b = await four.ApplyAsync(programs, HamSpam, ManyTexts);

        Assert.Equal(a.Matrix.Cells.ToArray(), b.Matrix.Cells.ToArray());
        for (var j = 0; j < Benign.Length; j++) AssertColumn(a.Matrix, j, ManyTexts, Benign[j].Expected);
    }

    [Fact]
    public async Task Counts_exceptions_and_invalid_labels_as_faults_with_examples_and_abstains()
    {
        var texts = Texts(500);
        using var applier = new ProgramApplier(new ApplyOptions { Isolation = ProgramIsolation.InProcess, MaxFaultExamples = 2 });

        var result = await applier.ApplyAsync(
        [
            Program("throws_on_lol", "if (text.StartsWith(\"lol\")) throw new InvalidOperationException(\"no lol\"); return 0;"),
            Program("returns_seven_on_lol", "return text.StartsWith(\"lol\") ? 7 : 1;"),
        ], HamSpam, texts);

        var lolRows = Enumerable.Range(0, texts.Length).Where(i => texts[i].StartsWith("lol")).ToArray();
        var throws = result.Programs[0];
        Assert.Equal(lolRows.Length, throws.Faults[ProgramFaultKind.Exception]);
        Assert.Equal(texts.Length - lolRows.Length, throws.Votes);
        Assert.Equal(lolRows.Take(2), throws.FaultExamples.Select(f => f.Row));
        Assert.Contains("InvalidOperationException: no lol", throws.FaultExamples[0].Message);
        Assert.Equal(lolRows.Length, result.Programs[1].Faults[ProgramFaultKind.InvalidLabel]);
        Assert.Contains("returned 7", result.Programs[1].FaultExamples[0].Message);
        Assert.All(lolRows, i => Assert.Equal((-1, -1), (result.Matrix[i, 0], result.Matrix[i, 1])));
    }

    [Fact]
    public async Task Quarantines_a_program_faulting_on_most_of_the_smoke_sample_and_a_rejected_one()
    {
        var texts = Texts(1000);
        using var applier = new ProgramApplier(new ApplyOptions { Isolation = ProgramIsolation.InProcess, SmokeSampleSize = 30 });

        var result = await applier.ApplyAsync(
        [
            Program("mostly_throws", "if (!text.StartsWith(\"lol\")) throw new FormatException(\"bad\"); return 0;"),
            Program("does_not_compile", "return undefinedThing;"),
            Benign[0].Source,
        ], HamSpam, texts);

        // The sample is rows ⌊i·1000/30⌋; the program faults on every text but "lol …" ones (4 in 5).
        var faulted = Enumerable.Range(0, 30).Count(i => !texts[i * 1000 / 30].StartsWith("lol"));
        Assert.InRange(faulted, 16, 29);
        Assert.Contains($"faulted on {faulted} of 30 smoke-sample rows", result.Programs[0].QuarantineReason);
        Assert.Contains("FormatException", result.Programs[0].QuarantineReason);
        Assert.StartsWith("rejected:", result.Programs[1].QuarantineReason);
        Assert.NotEmpty(result.Programs[1].Diagnostics!);
        Assert.All(Enumerable.Range(0, texts.Length), i => Assert.Equal((-1, -1), (result.Matrix[i, 0], result.Matrix[i, 1])));
        Assert.False(result.Programs[2].Quarantined);
        AssertColumn(result.Matrix, 2, texts, Benign[0].Expected);
    }

    [Fact]
    public async Task Reports_progress_and_honours_cancellation()
    {
        using var applier = new ProgramApplier(new ApplyOptions { Isolation = ProgramIsolation.InProcess });
        var reports = new List<ApplyProgress>();
        await applier.ApplyAsync([Benign[0].Source], HamSpam, ManyTexts, new SynchronousProgress(reports.Add));
        Assert.Contains(reports, r => r.Stage == "apply" && r.RowsDone == ManyTexts.Length);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => applier.ApplyAsync([Benign[0].Source], HamSpam, ManyTexts, null, cancelled.Token));
    }

    [Fact]
    public async Task Two_programs_whose_names_differ_only_in_case_cost_the_second_its_column_not_the_run()
    {
        using var applier = new ProgramApplier(new ApplyOptions { Isolation = ProgramIsolation.InProcess });
        var texts = Texts(3);
        var result = await applier.ApplyAsync([Benign[0].Source, Benign[0].Source with { Name = Benign[0].Source.Name.ToUpperInvariant() }], HamSpam, texts);
        AssertColumn(result.Matrix, 0, texts, Benign[0].Expected);
        Assert.True(result.Programs[1].Quarantined);
        Assert.Contains("already named 'link'", result.Programs[1].QuarantineReason);
        Assert.All(Enumerable.Range(0, texts.Length), i => Assert.Equal(-1, result.Matrix[i, 1]));
    }
}
