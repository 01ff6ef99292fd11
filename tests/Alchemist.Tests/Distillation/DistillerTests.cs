using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Tests.Distillation;

public sealed class DistillerTests
{
    private static Dataset Split(string name) => DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared("youtube"), Split: name));

    /// <summary>Soft targets from the dataset's own weak labels: each covered row's vote shares (a soft majority vote).</summary>
    internal static SoftTargets VoteShares(Dataset dataset)
    {
        var votes = dataset.WeakLabels!;
        var classes = dataset.Labels.Count;
        var rows = new List<int>();
        var probabilities = new List<float>();
        for (var r = 0; r < votes.Rows; r++)
        {
            var counts = new float[classes];
            foreach (var vote in votes.Row(r))
                if (vote >= 0) counts[vote]++;
            var total = counts.Sum();
            if (total == 0) continue;
            rows.Add(r);
            probabilities.AddRange(counts.Select(c => c / total));
        }
        return new SoftTargets(rows.ToArray(), probabilities.ToArray(), classes);
    }

    [Fact]
    public void Distills_youtube_weak_labels_into_a_tfidf_model_that_beats_chance_by_far_on_test()
    {
        var train = Split("train");
        var targets = VoteShares(train);
        Assert.True(targets.Count < train.Count, "YouTube's weak labels leave some rows uncovered; they must be left out");
        using var model = Distiller.Train(train, targets, Split("valid"), new DistillationOptions(EndModelKind.LogisticRegression, FeatureKind.Tfidf));
        Assert.Equal("gold", model.Report.ValidationSource);
        Assert.Equal(targets.Count, model.Report.TrainRows);

        var test = Split("test");
        var predicted = model.Decide(model.PredictProbabilities(Distiller.Texts(test)));
        var accuracy = predicted.Where((p, i) => p.Label == test.Gold![i]).Count() / (double)test.Count;
        Assert.True(accuracy > 0.8, $"test accuracy {accuracy:F3}");
    }

    [Fact]
    public void Without_a_dev_split_an_llm_sample_stops_training_early_and_its_rows_are_held_out_of_training()
    {
        var train = Split("train");
        var targets = VoteShares(train);
        // Sixty sampled rows, some covered by the weak labels and some not, one listed twice and one unlabelled (-1).
        var sampled = Enumerable.Range(0, 60).Select(i => i * 25).ToArray();
        var rows = sampled.Append(sampled[0]).Append(1499).ToArray();
        var labels = rows.Select((r, i) => i == rows.Length - 1 ? -1 : train.Gold![r]).ToArray();
        var judge = new Alchemist.Aggregation.ReferenceLabels(rows, labels, "llm sample");
        var options = new DistillationOptions(EndModelKind.LogisticRegression, FeatureKind.Tfidf, Seed: 3, Judge: judge);
        using var model = Distiller.Train(train, targets, dev: null, options);
        Assert.Equal("llm sample", model.Report.ValidationSource);
        Assert.Equal(60, model.Report.ValidationRows);
        var coveredAndSampled = targets.Rows.Count(sampled.Contains);
        Assert.True(coveredAndSampled is > 0 and < 60, $"{coveredAndSampled} sampled rows covered");
        Assert.Equal(targets.Count - coveredAndSampled, model.Report.TrainRows);

        // Fewer than 30 labelled rows say too little to stop on: held-out pseudolabels decide, as without a sample.
        var thin = new Alchemist.Aggregation.ReferenceLabels(sampled[..29], sampled[..29].Select(r => train.Gold![r]).ToArray(), "llm sample");
        using var fallback = Distiller.Train(train, targets, dev: null, options with { Judge = thin });
        Assert.Equal("pseudolabels", fallback.Report.ValidationSource);
    }

    [Fact]
    public void Without_a_dev_split_stops_early_on_held_out_pseudolabels_and_reports_progress()
    {
        var train = Split("train");
        var stages = new List<string>();
        using var model = Distiller.Train(train, VoteShares(train), dev: null,
            new DistillationOptions(EndModelKind.Mlp, FeatureKind.Tfidf, Seed: 3), new SynchronousDistillationProgress(p => stages.Add(p.Stage)));
        Assert.Equal("pseudolabels", model.Report.ValidationSource);
        Assert.Contains("tf-idf train", stages);
        Assert.Contains("training mlp", stages);
    }

    [Fact]
    public void Refuses_targets_for_another_number_of_classes()
    {
        var train = Split("train");
        var targets = new SoftTargets([0], [0.2f, 0.3f, 0.5f], 3);
        var error = Assert.Throws<AlchemistException>(() => Distiller.Train(train, targets, null, new DistillationOptions(Features: FeatureKind.Tfidf)));
        Assert.Contains("3 classes", error.Message);
    }

    private sealed class SynchronousDistillationProgress(Action<DistillationProgress> report) : IProgress<DistillationProgress>
    {
        public void Report(DistillationProgress value) => report(value);
    }
}
