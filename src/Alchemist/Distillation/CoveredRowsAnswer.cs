namespace Alchemist.Distillation;

/// <summary>Whose answer a run hands out on the rows its programs vote on.</summary>
public enum CoveredRowsAnswer
{
    /// <summary>The end model's, everywhere (the default, and always on rows no program votes on).</summary>
    EndModel,

    /// <summary>
    /// The label model's where a program votes, the end model's elsewhere: chosen when the label model answered the
    /// judge's covered rows (dev gold, else the LLM-labeled sample) more accurately than the end model did.
    /// </summary>
    LabelModel,
}

/// <summary>The names of <see cref="CoveredRowsAnswer"/> in outputs (the same names the model file's header uses).</summary>
internal static class CoveredRowsAnswers
{
    /// <summary>end_model and label_model.</summary>
    public static ChoiceNames<CoveredRowsAnswer> Names { get; } = new("covered rows' answer", ("end_model", CoveredRowsAnswer.EndModel), ("label_model", CoveredRowsAnswer.LabelModel));
}
