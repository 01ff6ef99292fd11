using System.CommandLine;
using System.Diagnostics;
using Alchemist.Concepts;
using Alchemist.Data;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist score-concepts</c>: scores images on the concepts with a local CLIP export and writes the feature table.</summary>
internal static class ScoreConceptsCommand
{
    public static Command Create()
    {
        var images = new Option<string>("--images") { Description = "A folder laid out as CLASS/…/image, or a CSV with a path column (and optional label, group).", Required = true };
        var model = new Option<string>("--model") { Description = "The CLIP export folder: text_model.onnx, vision_model.onnx, vocab.json, merges.txt, preprocessor_config.json.", Required = true };
        var concepts = new Option<string>("--concepts") { Description = "The concepts file (from `alchemist concepts`, edited as you like).", DefaultValueFactory = _ => "concepts.json" };
        var output = new Option<string>("--out") { Description = "The concept-score table: .csv, .tsv, .jsonl or .parquet.", Required = true };
        var scale = new Option<double>("--logit-scale") { Description = "Multiplies cosine similarities before the softmax (CLIP's trained value).", DefaultValueFactory = _ => ClipModel.DefaultLogitScale };
        var batch = new Option<int>("--batch-size") { Description = "Images per vision-model call.", DefaultValueFactory = _ => 16 };
        var cacheDir = new Option<string?>("--cache") { Description = "Folder for image embeddings, keyed by model and file content (default: .alchemist/image-embeddings beside --out)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of a summary." };
        var command = new Command("score-concepts", "Score every image on every concept (softmax over each concept's per-class descriptions of scaled CLIP similarities).");
        foreach (var option in new Option[] { images, model, concepts, output, scale, batch, cacheDir, json }) command.Options.Add(option);
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var clock = Stopwatch.StartNew();
            var conceptSet = ConceptFile.Load(r.GetValue(concepts)!);
            var list = ImageList.Load(r.GetValue(images)!);
            var path = r.GetValue(output)!;
            var cache = new ImageEmbeddingCache(r.GetValue(cacheDir)
                ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, ".alchemist", "image-embeddings"));
            using var clip = new ClipModel(r.GetValue(model)!);
            var scorer = new ConceptScorer(clip, r.GetValue(scale), r.GetValue(batch), cache);
            ConceptScores? scores = null;
            if (r.GetValue(json)) scores = scorer.Score(conceptSet, list, null, ct);
            else
                io.Error.Progress().AutoClear(true).Start(context =>
                {
                    var task = context.AddTask("embedding images", maxValue: list.Paths.Length);
                    scores = scorer.Score(conceptSet, list, new Progress<int>(n => task.Value = n), ct);
                });
            TableWriter.Write(path, scores!.ToTable(), ct);
            if (r.GetValue(json))
                io.Json(new ScoreConceptsJson(list.Paths.Length, conceptSet.Concepts.Count, scores.FeatureNames, scores.LogitScale, path, clock.Elapsed.TotalSeconds));
            else
                io.Error.MarkupLine($"Scored [bold]{list.Paths.Length}[/] images on {conceptSet.Concepts.Count} concepts " +
                    $"(logit scale {scores.LogitScale}) in {clock.Elapsed.TotalSeconds:0.0} s. Wrote [bold]{Markup.Escape(path)}[/].");
            return Task.FromResult(0);
        });
        return command;
    }
}
