using Alchemist.Aggregation;

namespace Alchemist.Distillation;

/// <summary>
/// The labels a run hands out under <see cref="CoveredRowsAnswer.LabelModel"/>: the label model's answer and
/// distribution on rows a program voted on, the end model's on the rest.
/// </summary>
internal static class FinalAnswers
{
    /// <summary>The answer handed out on each row: <paramref name="labelAnswers"/> where <paramref name="covered"/>, else <paramref name="endAnswers"/>.</summary>
    public static int[] Answers(bool[] covered, int[] labelAnswers, int[] endAnswers)
    {
        if (labelAnswers.Length != covered.Length || endAnswers.Length != covered.Length)
            throw new AlchemistException($"Cannot combine {labelAnswers.Length} label-model answers with {endAnswers.Length} end-model answers on {covered.Length} rows.");
        var answers = new int[covered.Length];
        for (var r = 0; r < answers.Length; r++) answers[r] = covered[r] ? labelAnswers[r] : endAnswers[r];
        return answers;
    }

    /// <summary>Combines the two row by row, answers (<see cref="Answers"/>) and distributions; both cover the same rows in the same order.</summary>
    /// <param name="labelModel">The label model's distributions (its <see cref="Pseudolabels.Covered"/> says where programs voted).</param>
    /// <param name="labelAnswers">The label model's answers (after tie-breaking).</param>
    /// <param name="endModel">The end model's distributions.</param>
    /// <param name="endAnswers">The end model's answers.</param>
    public static (int[] Answers, Pseudolabels Probabilities) Combine(Pseudolabels labelModel, int[] labelAnswers, Pseudolabels endModel, int[] endAnswers)
    {
        ArgumentNullException.ThrowIfNull(labelModel);
        ArgumentNullException.ThrowIfNull(endModel);
        if (labelModel.Rows != endModel.Rows || labelModel.Classes != endModel.Classes)
            throw new AlchemistException($"Cannot combine {labelModel.Rows} label-model rows with {endModel.Rows} end-model rows.");
        var answers = Answers(labelModel.Covered, labelAnswers, endAnswers);
        var probabilities = new float[labelModel.Rows * labelModel.Classes];
        for (var r = 0; r < answers.Length; r++)
            (labelModel.Covered[r] ? labelModel : endModel).Row(r).CopyTo(probabilities.AsSpan(r * labelModel.Classes, labelModel.Classes));
        return (answers, new Pseudolabels(labelModel.Classes, probabilities, Enumerable.Repeat(true, answers.Length).ToArray()));
    }
}
