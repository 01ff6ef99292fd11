namespace Alchemist.Aggregation;

/// <summary>
/// Labels of some rows of the fit split that are not gold but are trusted more than the votes (an LLM's answers on a
/// sample): <c>auto</c> picks the model that answers them best instead of the one that agrees best with held-out programs.
/// Never fitted on.
/// </summary>
/// <param name="Rows">Row indices in the fit split.</param>
/// <param name="Labels">A class per row; -1 where there is none (skipped).</param>
/// <param name="Source">Where they came from, for the record (e.g. "llm sample").</param>
public sealed record ReferenceLabels(IReadOnlyList<int> Rows, IReadOnlyList<int> Labels, string Source)
{
    /// <summary>Fewer labelled rows than this say too little to choose between models; auto then uses held-out agreement.</summary>
    public const int MinRows = 30;

    /// <summary>Rows with a label.</summary>
    public int Labelled => Labels.Count(l => l >= 0);
}
