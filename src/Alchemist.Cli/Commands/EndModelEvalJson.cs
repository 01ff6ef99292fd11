using Alchemist.Distillation;
using Alchemist.Distillation.Features;

namespace Alchemist.Cli.Commands;

/// <summary>
/// The <c>--json</c> object of <c>alchemist eval --end-model</c>: the label-model evaluation's keys plus <c>end_model</c>
/// and <c>features</c>, so the two can be compared key by key.
/// </summary>
internal sealed record EndModelEvalJson(string EndModel, string Features, string Model, string Split, string GoldUsedFor, string ValidationSource,
    IReadOnlyList<string> Labels, int N, double Accuracy, double? F1Binary, int? PositiveClass, double F1Macro, double F1Weighted, double Coverage,
    double Brier, double Ece, int Abstained, int[][] ConfusionMatrix)
{
    public static EndModelEvalJson Of(EndModelEvaluation e, IReadOnlyList<string> labels)
    {
        var s = e.Scores;
        return new(EndModelKinds.Names.NameOf(e.EndModel), FeatureKinds.Names.NameOf(e.Features), e.ModelPath, e.EvalSplit,
            $"scoring split '{e.EvalSplit}' only" + (e.Training.ValidationSource == "gold" ? "; the dev split's gold labels chose the training epoch" : ""),
            e.Training.ValidationSource, labels, s.N, s.Accuracy, s.F1Binary, s.PositiveClass, s.F1Macro, s.F1Weighted, s.Coverage, s.Brier, s.Ece,
            s.Abstained, s.ConfusionMatrix);
    }
}
