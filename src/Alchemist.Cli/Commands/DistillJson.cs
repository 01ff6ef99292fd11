using Alchemist.Distillation;
using Alchemist.Distillation.Features;

namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist distill</c>: the model written, its data and how training stopped.</summary>
internal sealed record DistillJson(string Model, string EndModel, string Features, string? FeatureNote, string TrainSplit, string? DevSplit, int Rows,
    int CoveredRows, string ValidationSource, int ValidationRows, int Epochs, int BestEpoch, double ValidationLoss, double ValidationAccuracy, double Seconds,
    string CoveredAnswer, string? CoveredAnswerNote)
{
    public static DistillJson Of(DistillStepResult r) => new(r.ModelPath, EndModelKinds.Names.NameOf(r.EndModel), FeatureKinds.Names.NameOf(r.Features),
        r.FeatureNote, r.TrainSplit, r.DevSplit, r.Rows, r.CoveredRows, r.Training.ValidationSource, r.Training.ValidationRows, r.Training.Epochs,
        r.Training.BestEpoch, r.Training.ValidationLoss, r.Training.ValidationAccuracy, r.Seconds,
        CoveredRowsAnswers.Names.NameOf(r.CoveredAnswer), r.CoveredAnswerNote);
}
