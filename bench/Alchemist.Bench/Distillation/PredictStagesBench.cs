using System.Diagnostics;
using System.Globalization;
using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Distillation.Embeddings;

namespace Alchemist.Bench.Distillation;

/// <summary>
/// Where a predict's time goes, measured in one process (issue 11 item 6, issue 12):
/// <c>dotnet run -c Release --project bench/Alchemist.Bench -- predict-stages stages --model M.bin [--model M2.bin] --data D.csv --text-field text</c>
/// runs <see cref="PredictStep"/> with <see cref="StageTimes"/> on, cold (the model's <c>cache/embeddings</c> removed
/// first) then warm, and prints seconds per stage; <c>... predict-stages batching --data D.csv --text-field text [--caps 1024,2048]</c>
/// embeds the data's distinct texts with each batching (texts per batch, token budget per batch) alternately, round
/// after round, and prints texts/s and the largest difference from the first batching's vectors.
/// </summary>
internal static class PredictStagesBench
{
    /// <summary>The command word that selects this runner.</summary>
    public const string Command = "predict-stages";

    public static int Run(string[] args)
    {
        var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "stages";
        var data = Option(args, "--data") ?? throw new ArgumentException("--data is required");
        var field = Option(args, "--text-field") ?? "text";
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; load {File.ReadAllText("/proc/loadavg").Trim()}");
        if (what == "stages")
        {
            foreach (var model in Options(args, "--model")) Stages(model, data, field, Number(args, "--max-batch-tokens"), Number(args, "--batch-rows"));
        }
        else if (what == "batching") Batching(data, field, args);
        else throw new ArgumentException($"unknown mode '{what}': stages or batching");
        return 0;
    }

    private static void Stages(string model, string data, string field, int? batchTokens, int? batchRows)
    {
        var cache = EmbeddingCache.ForModel(model).Directory;
        var output = Path.Combine(Path.GetTempPath(), $"alchemist-stages-{Environment.ProcessId}.csv");
        foreach (var run in new[] { "cold", "warm" })
        {
            if (run == "cold" && Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
            var times = new StageTimes();
            StageTimes.Active = times;
            var options = new PredictOptions(model, new DataSourceSpec(data, TextFields: [field]), output);
            if (batchTokens is { } tokens) options = options with { BatchTokens = tokens };
            if (batchRows is { } batch) options = options with { BatchRows = batch };
            var result = PredictStep.Run(options);
            StageTimes.Active = null;
            var measured = Enum.GetValues<PredictStage>().Sum(times.Seconds);
            Console.WriteLine($"\n== {Path.GetFileName(Path.GetDirectoryName(model))}/{Path.GetFileName(model)} ({result.Features}), {run} embedding cache: " +
                $"{result.Rows:N0} rows, {result.DistinctTexts:N0} distinct, {result.Seconds:F2} s in PredictStep ({result.Rows / result.Seconds:N0} rows/s)");
            Console.WriteLine("| stage | seconds | share | blocks |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var stage in Enum.GetValues<PredictStage>().Where(s => times.Calls(s) > 0))
                Console.WriteLine($"| {stage} | {times.Seconds(stage):F3} | {times.Seconds(stage) / result.Seconds:P1} | {times.Calls(stage):N0} |");
            Console.WriteLine($"| (not in a stage) | {result.Seconds - measured:F3} | {(result.Seconds - measured) / result.Seconds:P1} | |");
        }
        File.Delete(output);
    }

    /// <summary>Each batching embeds all distinct texts once per round; rounds alternate the batchings so load hits all alike.</summary>
    private static void Batching(string data, string field, string[] args)
    {
        var texts = DatasetLoader.Load(new DataSourceSpec(data, TextFields: [field]), new LabelSet(["a", "b"])).Fields[0].Distinct(StringComparer.Ordinal).ToArray();
        var rounds = Option(args, "--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 2;
        var window = Option(args, "--window") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : texts.Length;
        // First the batching before token budgets (32 texts, whatever their length), then the default, then the asked ones.
        var settings = new List<EmbeddingOptions> { new(BatchSize: 32) { BatchTokens = int.MaxValue }, new() };
        foreach (var size in (Option(args, "--sizes") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            settings.Add(new EmbeddingOptions(BatchSize: int.Parse(size, CultureInfo.InvariantCulture)) { BatchTokens = int.MaxValue });
        foreach (var cap in (Option(args, "--caps") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            settings.Add(new EmbeddingOptions(BatchSize: int.MaxValue) { BatchTokens = int.Parse(cap, CultureInfo.InvariantCulture) });
        var embedders = settings.Select(s => new SentenceEmbedder(s)).ToArray();
        try
        {
            var tokens = texts.Sum(t => embedders[0].Tokenize(t).Length);
            Console.WriteLine($"\n== embedding {texts.Length:N0} distinct texts of {Path.GetFileName(data)} ({(double)tokens / texts.Length:F1} tokens/text incl. [CLS]/[SEP]) " +
                $"in calls of {window:N0} texts, {rounds} rounds");
            foreach (var e in embedders) e.Embed(texts[..64]);
            var seconds = new double[embedders.Length];
            var vectors = new float[embedders.Length][];
            for (var round = 0; round < rounds; round++)
                for (var e = 0; e < embedders.Length; e++)
                {
                    var clock = Stopwatch.StartNew();
                    var values = new float[texts.Length * embedders[e].Dimension];
                    for (var at = 0; at < texts.Length; at += window)
                        embedders[e].Embed(texts[at..Math.Min(texts.Length, at + window)]).Values.CopyTo(values.AsSpan(at * embedders[e].Dimension));
                    seconds[e] += clock.Elapsed.TotalSeconds;
                    vectors[e] = values;
                }
            Console.WriteLine("| texts per batch | token budget | texts/s | seconds/round | max abs diff vs first |");
            Console.WriteLine("|---:|---:|---:|---:|---:|");
            for (var e = 0; e < embedders.Length; e++)
            {
                var diff = 0f;
                for (var i = 0; i < vectors[e].Length; i++) diff = Math.Max(diff, Math.Abs(vectors[e][i] - vectors[0][i]));
                var o = embedders[e].Options;
                Console.WriteLine($"| {Show(o.BatchSize)} | {Show(o.BatchTokens)} | {rounds * texts.Length / seconds[e]:N0} | {seconds[e] / rounds:F2} | {diff:E1} |");
            }
        }
        finally
        {
            foreach (var e in embedders) e.Dispose();
        }
    }

    private static string Show(int value) => value == int.MaxValue ? "-" : value.ToString("N0", CultureInfo.InvariantCulture);

    private static int? Number(string[] args, string name) => Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    private static string? Option(string[] args, string name) => Options(args, name).LastOrDefault();

    private static IEnumerable<string> Options(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
            if (args[i] == name) yield return args[i + 1];
    }
}
