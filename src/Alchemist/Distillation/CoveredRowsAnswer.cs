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
