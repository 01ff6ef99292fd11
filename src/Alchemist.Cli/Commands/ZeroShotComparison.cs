using System.Globalization;
using Alchemist.Evaluation;
using Alchemist.Pipeline;
using Alchemist.Synthesis;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>Programs vs the zero-shot baseline on the baseline's split, with accuracy and LLM cost (used by run and eval).</summary>
internal static class ZeroShotComparison
{
    /// <summary>The run's recorded baseline, or null when <c>alchemist baseline</c> has not run for it.</summary>
    public static BaselineResult? Load(RunFolder run) => BaselineStep.Load(run);

    /// <summary>The run's synthesis record, or null.</summary>
    public static SynthesisSummary? Synthesis(RunFolder run) =>
        File.Exists(SynthesisStep.SummaryPath(run)) ? ArtifactJson.Load<SynthesisSummary>(SynthesisStep.SummaryPath(run)) : null;

    /// <summary>Writes the table to stderr: the programs' label model (and end model) beside the zero-shot answers.</summary>
    public static void Render(IAnsiConsole console, BaselineResult baseline, string labelModel, ClassificationScores? labelScores, ClassificationScores? endScores, SynthesisSummary? synthesis)
    {
        var table = new Table().Title($"Programs vs zero-shot on '{Markup.Escape(baseline.Split)}'").AddColumns("Labeler", "Accuracy", "F1", "LLM cost");
        var programsCost = synthesis is null ? "-" : synthesis.Total.InputTokens + synthesis.Total.OutputTokens == 0 ? "not reported" : Dollars.Format(synthesis.Total.Cost);
        if (labelScores is not null) table.AddRow($"label model ({Markup.Escape(labelModel)})", F(labelScores.Accuracy), F(labelScores.F1Binary ?? labelScores.F1Macro), $"{programsCost}, once");
        if (endScores is not null) table.AddRow("end model", F(endScores.Accuracy), F(endScores.F1Binary ?? endScores.F1Macro), $"{programsCost}, once; then none");
        table.AddRow(Markup.Escape($"zero-shot {baseline.Model} ({baseline.Answered}/{baseline.Rows} answered)"), F(baseline.Scores?.Accuracy),
            F(baseline.Scores?.F1Binary ?? baseline.Scores?.F1Macro), $"{Dollars.Format(baseline.Cost)} for {baseline.Rows:N0} rows, again for every new row");
        ConsoleTables.Write(console, table);
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

}
