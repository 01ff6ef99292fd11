using System.CommandLine;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Alchemist.Pipeline;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist distill</c>: trains the run's end model on its soft pseudolabels.</summary>
internal static class DistillCommand
{
    public static Command Create()
    {
        var run = new Option<string>("--run") { Description = "The run folder (after `alchemist aggregate`).", Required = true };
        var endModel = ChoiceOption.Create("--end-model", EndModelKinds.Names, EndModelKind.Mlp, "mlp (ReLU MLP, the paper's choice) or logreg.");
        var features = ChoiceOption.Create("--features", FeatureKinds.Names, FeatureKind.Auto,
            "auto (for English text minilm, tfidf and minilm+tfidf are all trained and the best on the dev gold or the LLM-labeled sample kept; tfidf above 20,000 rows; tfidf with char n-grams for other languages), minilm (all-MiniLM-L6-v2 sentence embeddings, English-only), tfidf (word + char n-grams), minilm+tfidf (both side by side), or numeric (a feature task's own columns, standardised).");
        var seed = new Option<int>("--seed") { Description = "Seed of initialisation, shuffling and held-out rows.", DefaultValueFactory = _ => 0 };
        var hidden = new Option<string?>("--hidden") { Description = "MLP hidden layer widths, comma-separated (default 256)." };
        var maxEpochs = new Option<int?>("--max-epochs") { Description = "Upper bound on epochs (default 100; early stopping usually ends sooner)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of a summary." };
        var batchTokens = BatchTokensOption.Create();
        var command = new Command("distill", "Distill a local end model from the run's pseudolabels (covered rows only); writes RUNDIR/end_model.bin.");
        foreach (var option in new Option[] { run, endModel, features, seed, hidden, maxEpochs, json, batchTokens }) command.Options.Add(option);
        command.SetAction((r, ct) =>
        {
            EndModelKind kind = r.GetValue(endModel);
            var options = new DistillationOptions(kind, r.GetValue(features), r.GetValue(seed));
            var io = CommandOutput.Of(r);
            var training = options.EffectiveTraining;
            if (r.GetValue(hidden) is { } widths)
            {
                if (kind == EndModelKind.LogisticRegression) throw new AlchemistException("--hidden applies to --end-model mlp only.");
                training = training with { HiddenSizes = ParseWidths(widths) };
            }
            if (r.GetValue(maxEpochs) is { } epochs) training = training with { MaxEpochs = epochs };
            options = options with { Training = training };
            if (r.GetValue(batchTokens) is { } tokens) options = options with { Embedding = (options.Embedding ?? new()) with { BatchTokens = tokens } };
            var folder = new RunFolder(r.GetValue(run)!);
            // The LLM sample and the fallback's answers of the run folder, as `run` passes them.
            options = DistillInputs.With(folder, options);
            var asJson = r.GetValue(json);
            var result = asJson ? DistillStep.Run(folder, options, null, ct) : WithProgressBar(io.Error, folder, options, ct);
            if (asJson) io.Json(DistillJson.Of(result));
            else Render(io.Error, result);
            return Task.FromResult(0);
        });
        return command;
    }

    private static int[] ParseWidths(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Select(p => int.TryParse(p, out var width) && width > 0
            ? width
            : throw new AlchemistException($"--hidden '{text}': '{p}' is not a positive layer width.")).ToArray();
    }

    private static DistillStepResult WithProgressBar(IAnsiConsole console, RunFolder run, DistillationOptions options, CancellationToken ct)
    {
        DistillStepResult? result = null;
        RateProgress.Create(console).Start(context =>
        {
            var report = RateProgress.Reporter(context);
            result = DistillStep.Run(run, options, RateProgress.Of<DistillationProgress>(p => report(p.Stage, p.Done, p.Total)), ct);
        });
        return result!;
    }

    private static void Render(IAnsiConsole console, DistillStepResult result)
    {
        var t = result.Training;
        console.MarkupLine(Markup.Escape(
            $"Trained {EndModelKinds.Names.NameOf(result.EndModel)} on {FeatureKinds.Names.NameOf(result.Features)} features from {result.CoveredRows} covered of {result.Rows} '{result.TrainSplit}' rows " +
            $"in {result.Seconds:0.0} s; early stopping on {(result.DevSplit is null ? "held-out pseudolabels" : $"'{result.DevSplit}' gold labels")} " +
            $"({t.ValidationRows} rows): best epoch {t.BestEpoch} of {t.Epochs}, validation accuracy {t.ValidationAccuracy:0.000}.") +
            $" Wrote [bold]{Markup.Escape(result.ModelPath)}[/].");
        if (result.FeatureNote is { } note) console.MarkupLine($"[yellow]{Markup.Escape(note)}[/]");
        if (result.CoveredAnswerNote is { } covered) console.MarkupLine(Markup.Escape(covered));
    }
}
