using System.Collections.Concurrent;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Alchemist.Labeling;
using Alchemist.Pipeline;
using Alchemist.Synthesis;

namespace Alchemist.Tests.Pipeline;

/// <summary><c>alchemist run</c> reports progress inside its long stages, so a user never watches a silent stage.</summary>
public sealed class RunProgressTests
{
    private sealed class Recorder : IProgress<StageProgress>
    {
        public ConcurrentQueue<StageProgress> Reports { get; } = new();

        public void Report(StageProgress value) => Reports.Enqueue(value);
    }

    [Fact]
    public async Task Apply_and_distill_report_their_progress_up_to_completion()
    {
        using var project = new CsvProject(rows: 150);
        var recorder = new Recorder();
        var settings = new RunSettings(project.Root, null, new SynthesisSettings(Offline: true),
            Distillation: new DistillationOptions(EndModelKind.LogisticRegression, FeatureKind.Tfidf, 0),
            Apply: new ApplyOptions { Isolation = ProgramIsolation.InProcess }, Progress: recorder);

        await ProjectRunner.RunAsync(settings);

        var finished = recorder.Reports.Where(r => r.Done == r.Total).Select(r => r.Task).ToHashSet();
        Assert.Contains("apply train apply", finished);
        Assert.Contains("apply test apply", finished);
        Assert.Contains(finished, t => t.StartsWith("distill tf-idf train", StringComparison.Ordinal));
        Assert.Contains(finished, t => t.StartsWith("distill training logreg", StringComparison.Ordinal));
    }
}
