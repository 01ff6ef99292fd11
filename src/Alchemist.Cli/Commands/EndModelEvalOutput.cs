using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist eval --run RUNDIR --end-model</c>: the distilled model's scores, in the label-model evaluation's JSON
/// fields plus <c>end_model</c> and <c>features</c>, so the two can be compared key by key.
/// </summary>
internal static class EndModelEvalOutput
{
    /// <summary>Scores the run's end model on <paramref name="splitName"/> and prints the result.</summary>
    public static void Run(CommandOutput io, string runFolder, string? splitName, int positiveClass, bool asJson, CancellationToken ct)
    {
        var run = new RunFolder(runFolder);
        var split = DefaultSplit.Choose(splitName, Labeling.RunManifest.Load(run).Splits.Keys.ToArray());
        var evaluation = EndModelEvaluation.Run(run, split, positiveClass, cancellationToken: ct);
        var labels = Labeling.RunManifest.Load(run).Labels;
        if (asJson) io.Json(Summary(evaluation, labels));
        else Render(io.Error, evaluation);
    }

    private static object Summary(EndModelEvaluation e, IReadOnlyList<string> labels)
    {
        var s = e.Scores;
        return new
        {
            end_model = EndModelKinds.Names.NameOf(e.EndModel),
            features = FeatureKinds.Names.NameOf(e.Features),
            model = e.ModelPath,
            split = e.EvalSplit,
            gold_used_for = $"scoring split '{e.EvalSplit}' only" +
                (e.Training.ValidationSource == "gold" ? "; the dev split's gold labels chose the training epoch" : ""),
            validation_source = e.Training.ValidationSource,
            labels,
            n = s.N,
            accuracy = s.Accuracy,
            f1_binary = s.F1Binary,
            positive_class = s.PositiveClass,
            f1_macro = s.F1Macro,
            f1_weighted = s.F1Weighted,
            coverage = s.Coverage,
            brier = s.Brier,
            ece = s.Ece,
            abstained = s.Abstained,
            confusion_matrix = s.ConfusionMatrix,
        };
    }

    private static void Render(IAnsiConsole console, EndModelEvaluation e)
    {
        var s = e.Scores;
        var table = new Table().Title(Markup.Escape($"{EndModelKinds.Names.NameOf(e.EndModel)} on {FeatureKinds.Names.NameOf(e.Features)}: scored on '{e.EvalSplit}' gold"));
        foreach (var header in new[] { "n", "Accuracy", "F1 (binary)", "F1 (macro)", "Coverage", "Brier", "ECE" }) table.AddColumn(header);
        table.AddRow($"{s.N}", $"{s.Accuracy:F4}", s.F1Binary is { } f ? $"{f:F4}" : "-", $"{s.F1Macro:F4}", $"{s.Coverage:F4}", $"{s.Brier:F4}", $"{s.Ece:F4}");
        console.Write(table);
    }
}
