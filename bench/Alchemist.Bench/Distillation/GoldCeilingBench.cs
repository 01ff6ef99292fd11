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
/// as distill does (dev gold when the data has a dev split, else a seeded 10% of the training rows). Gold labels on every
/// row are the cleanest labels there are, though not a strict bound (soft labels regularise, so a run's end model can
/// score above this): a reference for how much of the gap to the per-row LLM better labels could close. Two more columns train the same head on
/// arctic-embed-xs (<see cref="ArcticXsFeaturizer"/>, bench only), alone and beside TF-IDF: would the other encoder that
/// ships offline do better? Prints a Markdown table.
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
            var columns = Kinds.Select(k => FeatureKinds.Names.NameOf(k)).Concat(["arctic-xs", "arctic-xs+tfidf"]).ToArray();
            Console.WriteLine("| task | trained on (rows) | scored split (rows) | " + string.Join(" | ", columns.Select(c => c + ": accuracy / F1 (class 1)")) + " |");
            Console.WriteLine("|---|---|---|" + string.Concat(columns.Select(_ => "---|")));
            foreach (var project in projects) Console.WriteLine(Row(project, cache));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
        return 0;
    }

    /// <summary>
    /// The same head on arctic-embed-xs vectors, alone and followed by TF-IDF, trained and early-stopped as
    /// <see cref="Distiller"/> does (the dev gold when there is one, else a seeded 10% of the training rows).
    /// </summary>
    private static IEnumerable<string> ArcticCells(Dataset train, SoftTargets targets, Dataset? dev, Dataset test)
    {
        using var arctic = new ArcticXsFeaturizer();
        var (trainTexts, devTexts, testTexts) = (Distiller.Texts(train), dev is null ? null : Distiller.Texts(dev), Distiller.Texts(test));
        var tfidf = TfidfFeaturizer.Fit(trainTexts);
        var (x, xDev, xTest) = ((DenseFeatureMatrix)arctic.Transform(trainTexts), devTexts is null ? null : (DenseFeatureMatrix)arctic.Transform(devTexts),
            (DenseFeatureMatrix)arctic.Transform(testTexts));
        var options = TrainingOptions.ForHead(EndModelKind.Mlp, seed: 0);
        var cells = new List<string>();
        foreach (var withTfidf in new[] { false, true })
        {
            FeatureMatrix Join(DenseFeatureMatrix dense, string[] texts) => withTfidf ? new ConcatenatedFeatureMatrix(dense, tfidf.Vectorize(texts)) : dense;
            (FeatureMatrix, SoftTargets)? validation = dev is null ? null : (Join(xDev!, devTexts!), SoftTargets.FromGold(dev.Gold!, dev.Labels.Count));
            var network = EndModelTrainer.Train(Join(x, trainTexts), targets, validation, options).Network;
            var probabilities = network.PredictProbabilities(Join(xTest, testTexts));
            var answers = Enumerable.Range(0, test.Count)
                .Select(r => System.Numerics.Tensors.TensorPrimitives.IndexOfMax(probabilities.AsSpan(r * network.Classes, network.Classes))).ToArray();
            cells.Add(Cell(test, answers, probabilities));
        }
        return cells;
    }

    private static string Cell(Dataset test, int[] answers, float[] probabilities)
    {
        var scores = Metrics.Score(test.Gold!, answers, new Pseudolabels(test.Labels.Count, probabilities, Enumerable.Repeat(true, test.Count).ToArray()));
        return FormattableString.Invariant($"{scores.Accuracy:0.000}") + (scores.F1Binary is { } f1 ? FormattableString.Invariant($" / {f1:0.000}") : "");
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
            return Cell(test, model.Decide(probabilities).Select(d => d.Label).ToArray(), probabilities);
        }).Concat(ArcticCells(train, targets, dev, test)).ToArray();
        return $"| {spec.Name} | train ({targets.Count:N0}{(dev is null ? "" : $"; dev '{devSplit}' {dev.Count:N0}")}) | test ({test.Count:N0}) | {string.Join(" | ", cells)} |";
    }
}
