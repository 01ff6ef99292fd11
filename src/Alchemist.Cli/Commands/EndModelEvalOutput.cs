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
        if (asJson) io.Json(EndModelEvalJson.Of(evaluation, labels));
        else Render(io.Error, evaluation);
    }

    private static void Render(IAnsiConsole console, EndModelEvaluation e)
    {
        var s = e.Scores;
        var table = new Table().Title(Markup.Escape($"{EndModelKinds.Names.NameOf(e.EndModel)} on {FeatureKinds.Names.NameOf(e.Features)}: scored on '{e.EvalSplit}' gold"));
        foreach (var header in new[] { "n", "Accuracy", "F1 (binary)", "F1 (macro)", "Coverage", "Brier", "ECE" }) table.AddColumn(header);
        table.AddRow($"{s.N}", $"{s.Accuracy:F4}", s.F1Binary is { } f ? $"{f:F4}" : "-", $"{s.F1Macro:F4}", $"{s.Coverage:F4}", $"{s.Brier:F4}", $"{s.Ece:F4}");
        ConsoleTables.Write(console, table);
    }
}
