using Alchemist.Labeling;
using static Alchemist.Tests.Labeling.TestPrograms;

namespace Alchemist.Tests.Labeling;

/// <summary>
/// Programs no in-process check can stop, run through the real worker process in one apply: each must end up as
/// faults (or a quarantine) on its own column with a clear message, while the benign programs label every row right.
/// </summary>
public sealed class HostileProgramTests(HostileProgramTests.Run run) : IClassFixture<HostileProgramTests.Run>
{
    public static readonly (string Name, string Body, string[] Expected)[] Hostile =
    [
        ("range_max", "return Enumerable.Range(0, int.MaxValue).Select(i => i % 7).Max() > 100 ? 1 : 0;", ["Timeout", "CPU time", "Budget"]),
        ("two_gigabytes", "var a = new byte[int.MaxValue - 1024]; a[text.Length] = 1; return a[3] > 0 ? 1 : 0;", ["OutOfMemory"]),
        ("growing", "var all = new List<string>(); while (true) all.Add(new string('x', 1 << 20));", ["OutOfMemory", "Budget", "Timeout"]), // the heap limit or, when the GC thrashes near it, the deadline
        ("infinite_loop", "var n = 0; while (true) { n++; }", ["Timeout", "CPU time", "Budget"]),
        ("stack_overflow", "return Deep(text.Length); } static int Deep(int x) { return Deep(x + 1) + 1;", ["Crash", "died", "Budget"]),
        ("throws", "throw new InvalidOperationException(\"hostile\");", ["InvalidOperationException: hostile"]),
    ];

    public static TheoryData<string> HostileNames => new(Hostile.Select(h => h.Name));

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void A_hostile_program_is_contained_as_faults_on_its_own_column(string name)
    {
        var j = Array.FindIndex(run.Result.Programs.ToArray(), p => p.Name == name);
        var stats = run.Result.Programs[j];
        var (_, _, expected) = Hostile.Single(h => h.Name == name);

        Assert.True(stats.Quarantined || stats.FaultCount > 0, $"{name} neither faulted nor was quarantined");
        var told = string.Join(" ", stats.FaultExamples.Select(f => $"{f.Kind}: {f.Message}").Append(stats.QuarantineReason ?? ""));
        Assert.True(expected.Any(told.Contains), $"{name}: expected one of [{string.Join(", ", expected)}] in: {told}");
        Assert.All(Enumerable.Range(0, run.Texts.Length), i => Assert.Equal(-1, run.Result.Matrix[i, j]));
    }

    [Fact]
    public void The_benign_programs_label_every_row_correctly_despite_the_hostile_ones()
    {
        for (var b = 0; b < Benign.Length; b++)
        {
            var j = Array.FindIndex(run.Result.Programs.ToArray(), p => p.Name == Benign[b].Source.Name);
            AssertColumn(run.Result.Matrix, j, run.Texts, Benign[b].Expected);
            Assert.Equal(0, run.Result.Programs[j].FaultCount);
        }
    }

    /// <summary>One apply of all hostile and benign programs, interleaved, through the worker.</summary>
    public sealed class Run : IAsyncLifetime
    {
        public string[] Texts { get; } = TestPrograms.Texts(30);

        public ApplyResult Result { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var programs = Hostile.Select(h => Program(h.Name, h.Body)).Zip(Benign.Select(b => b.Source).Concat(Benign.Select(b => b.Source with { Name = b.Source.Name + "_2" })))
                .SelectMany(p => new[] { p.First, p.Second }).ToArray();
            var options = new ApplyOptions
            {
                Parallelism = 2,
                RowDeadline = TimeSpan.FromSeconds(1),
                MaxKillsPerProgram = 2,
                WorkerHeapLimitBytes = 256L << 20,
            };
            using var applier = new ProgramApplier(options);
            Result = await applier.ApplyAsync(programs, HamSpam, Texts);
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
