using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Alchemist.Evaluation;

namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist predict</c>: <see cref="PredictResult"/> with the output file as <c>out</c>.</summary>
internal sealed record PredictJson(int Rows, int DistinctTexts, string Out, EndModelKind EndModel, FeatureKind Features, IReadOnlyList<string> TextFields,
    DataLoadReport Load, IReadOnlyDictionary<string, int> Predicted, ClassificationScores? Scores, double Seconds)
{
    public static PredictJson Of(PredictResult r) =>
        new(r.Rows, r.DistinctTexts, r.Output, r.EndModel, r.Features, r.TextFields, r.Load, r.Predicted, r.Scores, r.Seconds);
}
