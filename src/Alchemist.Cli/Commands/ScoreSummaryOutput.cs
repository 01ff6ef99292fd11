using System.Globalization;
using Alchemist.Aggregation;
using Alchemist.Pipeline;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// The scores part of <c>alchemist run</c>'s summary: each score names its split and whether it is a training-set or a
/// held-out score, a project without gold labels is told so, and a class balance estimated from votes comes with its
/// uncertainty and a warning when coverage is low.
/// </summary>
internal static class ScoreSummaryOutput
{
    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string P(double value) => value.ToString("0%", CultureInfo.InvariantCulture);

    /// <summary>Writes the score table and the class-balance lines to stderr.</summary>
    public static void Render(IAnsiConsole console, RunSummary s)
    {
        var e = s.Evaluation;
        if (e.LabelModelScores.Count == 0 && e.EndModelScores.Count == 0)
            console.MarkupLine("[yellow]No gold labels in any split: no accuracy can be computed. Name the gold column with data.label_field " +
                "(even for a few hundred hand-labeled rows) to get honest scores.[/]");
        else
        {
            var scores = new Table().Title("Scores on gold labels (accuracy / F1 binary)")
                .AddColumns("Split", "Score is", "Coverage", $"Label model ({Markup.Escape(e.LabelModel)})", "End model");
            // Only when the run hands out the label model's answer on covered rows (it beat the end model there on the judge).
            if (e.FinalScores is not null) scores.AddColumn("Handed out");
            foreach (var (split, coverage) in s.Coverage)
            {
                string Cell(IReadOnlyDictionary<string, Alchemist.Evaluation.ClassificationScores> all) =>
                    all.TryGetValue(split, out var x) ? $"{F(x.Accuracy)} / {(x.F1Binary is { } f1 ? F(f1) : "-")} (n={x.N})" : "no gold";
                var role = s.Roles.GetValueOrDefault(split, SplitRoles.Of(split));
                var name = Markup.Escape(SplitRoles.ShortName(role));
                string[] cells = [split, role == SplitRole.Training ? $"[yellow]{name}[/]" : name,
                    coverage.ToString("P1", CultureInfo.InvariantCulture), Cell(e.LabelModelScores), Cell(e.EndModelScores)];
                scores.AddRow(e.FinalScores is { } final ? cells.Append(Cell(final)).ToArray() : cells);
            }
            ConsoleTables.Write(console, scores);
            if (e.FinalScores is not null)
                console.MarkupLine("Handed out: the label model's answer on rows a program votes on, the end model's elsewhere (the label model was the more accurate on the judge's covered rows; see the distill line).");
            foreach (var role in s.Coverage.Keys.Select(split => s.Roles.GetValueOrDefault(split, SplitRoles.Of(split))).Distinct())
                console.MarkupLine(Markup.Escape($"{SplitRoles.ShortName(role)}: {SplitRoles.Describe(role)}."));
            if (!s.Roles.Values.Contains(SplitRole.HeldOut))
                console.MarkupLine("[yellow]No held-out split: every score above is a training-set score. Set data.holdout (e.g. 0.2) in alchemist.yaml.[/]");
            else if (s.Holdout is { } h)
                console.MarkupLine(Markup.Escape($"'test' is a seeded {P(h.Fraction)} of the file held out (data.holdout {h.Fraction}, seed {h.Seed})."));
        }
        RenderBalance(console, e.ClassBalance, e.VoteBalance, e.LabelModel);
    }

    private static void RenderBalance(IAnsiConsole console, ClassBalance prior, VoteBalanceEstimate? votes, string labelModel)
    {
        console.MarkupLine(Markup.Escape($"Class balance used by {labelModel}: [{string.Join(", ", prior.Prior.Select(F))}] ({prior.SourceName}{(prior.Detail is { } d ? ", " + d : "")})."));
        if (votes is null) return;
        var classes = Enumerable.Range(0, votes.Share.Count).Select(y =>
            $"class {y}: {P(votes.Share[y])} ± {P(double.IsNaN(votes.StandardError[y]) ? 0 : votes.StandardError[y])} of covered rows, {P(votes.Lower[y])}-{P(votes.Upper[y])} of all rows");
        console.MarkupLine(Markup.Escape($"Votes on '{votes.Split}' ({P(votes.Coverage)} of {votes.Rows:N0} rows covered): {string.Join("; ", classes)}."));
        if (votes.LowCoverage)
            console.MarkupLine(Markup.Escape(
                $"warning: only {P(votes.Coverage)} of the rows are covered, so the class balance on all rows is poorly known" +
                (prior.Source == ClassBalanceSource.EstimatedFromVotes ? " and the estimated prior decides every uncovered row; give --class-balance from known proportions if you have them." : ".")));
    }
}
