using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;
using Alchemist.Evaluation;
using Alchemist.Tasks;

namespace Alchemist.Bench.Distillation;

/// <summary>
/// What the end model's features allow at best: <c>dotnet run -c Release --project bench/Alchemist.Bench -- ceiling PROJECT_DIR…</c>
/// trains the default head (MLP, seed 0) on the <b>gold</b> labels of every training row, once per feature set, and scores
/// it on the same held-out split <c>alchemist run</c> scores (WRENCH test, or the project's seeded holdout), early-stopped
/// as distill does (dev gold when the data has a dev split, else a seeded 10% of the training rows). No labeling the
/// programs, the label model or an LLM produce can train this end model to a better score than gold labels do, so the
/// gap between this table and the per-row LLM is the part refinement cannot close. Prints a Markdown table.
/// </summary>
internal static class GoldCeilingBench
{
    /// <summary>The command word that selects this runner.</summary>
    public const string Command = "ceiling";

    private static readonly FeatureKind[] Kinds = [FeatureKind.MiniLm, FeatureKind.Tfidf, FeatureKind.MiniLmTfidf];

    public static int Run(string[] projects)
    {
        var cache = Directory.CreateTempSubdirectory("alchemist-ceiling-").FullName;
        try
        {
            Console.WriteLine("| task | trained on (rows) | scored split (rows) | " + string.Join(" | ", Kinds.Select(k => FeatureKinds.Names.NameOf(k) + ": accuracy / F1 (class 1)")) + " |");
            Console.WriteLine("|---|---|---|" + string.Concat(Kinds.Select(_ => "---|")));
            foreach (var project in projects) Console.WriteLine(Row(project, cache));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
        return 0;
    }

    private static string Row(string project, string cache)
    {
        var spec = TaskSpecLoader.Load(project);
        // The splits as `alchemist run` names them: every WRENCH split, or the two sides of the holdout.
        var splits = DataSplits.Of(spec.Data with { Split = null });
        var train = DatasetLoader.Load(splits["train"], spec.Labels);
        var test = DatasetLoader.Load(splits["test"], spec.Labels);
        var devSplit = SplitRoles.DevelopmentOf(splits.Keys);
        var dev = devSplit is null ? null : DatasetLoader.Load(splits[devSplit], spec.Labels);
        if (dev is { HasGold: false }) dev = null;
        var targets = SoftTargets.FromGold(train.Gold!, spec.Labels.Count);
        var testTexts = Distiller.Texts(test);
        var cells = Kinds.Select(kind =>
        {
            var options = new DistillationOptions(Features: kind, EmbeddingCacheDirectory: cache);
            using var model = Distiller.Train(train, targets, dev, options);
            var probabilities = model.PredictProbabilities(testTexts);
            var answers = model.Decide(probabilities).Select(d => d.Label).ToArray();
            var scores = Metrics.Score(test.Gold!, answers, new Pseudolabels(spec.Labels.Count, probabilities, Enumerable.Repeat(true, test.Count).ToArray()));
            return FormattableString.Invariant($"{scores.Accuracy:0.000}") + (scores.F1Binary is { } f1 ? FormattableString.Invariant($" / {f1:0.000}") : "");
        }).ToArray();
        return $"| {spec.Name} | train ({targets.Count:N0}{(dev is null ? "" : $"; dev '{devSplit}' {dev.Count:N0}")}) | test ({test.Count:N0}) | {string.Join(" | ", cells)} |";
    }
}
