using Alchemist.Evaluation;

namespace Alchemist.Cli.Commands;

/// <summary>
/// The <c>--json</c> object of <c>alchemist eval</c> (a label model): the evaluation flattened into the keys scripts
/// read (<c>accuracy</c>, <c>covered_accuracy</c>, …), with where the gold labels were used and the zero-shot baseline
/// recorded on the same split.
/// </summary>
internal sealed record LabelModelEvalJson(
    string LabelModel,
    string ChosenLabelModel,
    string Split,
    string FitSplit,
    string GoldUsedFor,
    string Source,
    string? ExcludedIdsFile,
    string ClassBalanceSource,
    string? ClassBalanceSplit,
    IReadOnlyList<double> ClassBalance,
    string TieBreak,
    IReadOnlyList<string> Labels,
    int N,
    double Accuracy,
    double? F1Binary,
    int? PositiveClass,
    double F1Macro,
    double F1Weighted,
    double Coverage,
    double Brier,
    double Ece,
    int Abstained,
    int CoveredN,
    double CoveredAccuracy,
    double? CoveredF1Binary,
    double CoveredF1Macro,
    double CoveredF1Weighted,
    double CoveredBrier,
    double CoveredEce,
    int[][] ConfusionMatrix,
    IReadOnlyList<double>? ProgramAccuracies,
    IReadOnlyDictionary<string, double>? AutoScores,
    GroupMetricsJson? GroupMetrics,
    Synthesis.BaselineResult? ZeroShot)
{
    /// <summary>The object of <paramref name="e"/>, scored on votes from <paramref name="splits"/>.</summary>
    public static LabelModelEvalJson Of(LabelModelEvaluation e, Aggregation.VoteSplits splits, Synthesis.BaselineResult? zeroShot)
    {
        var devGold = e.ClassBalance.Source == Aggregation.ClassBalanceSource.DevGold;
        return new(e.LabelModel, e.ChosenLabelModel, e.EvalSplit, e.FitSplit,
            $"scoring split '{e.EvalSplit}' only" + (devGold ? $"; class balance from split '{e.ClassBalance.Detail}'" : ""),
            splits.Origin, splits.ExcludedIdsFile, e.ClassBalance.SourceName, devGold ? e.ClassBalance.Detail : null, e.ClassBalance.Prior,
            e.TieBreak.Name, splits.Labels.Names,
            e.All.N, e.All.Accuracy, e.All.F1Binary, e.All.PositiveClass, e.All.F1Macro, e.All.F1Weighted, e.All.Coverage, e.All.Brier, e.All.Ece, e.All.Abstained,
            e.Covered.N, e.Covered.Accuracy, e.Covered.F1Binary, e.Covered.F1Macro, e.Covered.F1Weighted, e.Covered.Brier, e.Covered.Ece,
            e.All.ConfusionMatrix, e.ProgramAccuracies, e.AutoScores, e.Groups is { } g ? GroupMetricsJson.Of(g) : null, zeroShot);
    }
}

/// <summary>Group metrics of <see cref="LabelModelEvalJson"/>: average, worst group, gap, and each group's rows and accuracy.</summary>
internal sealed record GroupMetricsJson(double AverageAccuracy, double WorstGroupAccuracy, string WorstGroup, double Gap, IReadOnlyDictionary<string, GroupAccuracyJson> PerGroup)
{
    public static GroupMetricsJson Of(GroupScores g) =>
        new(g.Average, g.WorstGroup, g.WorstGroupName, g.Gap, g.PerGroup.ToDictionary(p => p.Key, p => new GroupAccuracyJson(p.Value.Rows, p.Value.Accuracy)));
}

/// <summary>One group's rows and accuracy.</summary>
internal sealed record GroupAccuracyJson(int Rows, double Accuracy);
