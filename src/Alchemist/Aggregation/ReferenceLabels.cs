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

    /// <summary>
    /// The label of each row that has one inside a split of <paramref name="rows"/> rows and <paramref name="classes"/>
    /// classes (rows and labels out of range are skipped; a row listed twice keeps its last label).
    /// </summary>
    internal Dictionary<int, int> LabelByRow(int rows, int classes)
    {
        var byRow = new Dictionary<int, int>();
        for (var i = 0; i < Rows.Count; i++)
            if (Labels[i] >= 0 && Labels[i] < classes && Rows[i] >= 0 && Rows[i] < rows) byRow[Rows[i]] = Labels[i];
        return byRow;
    }
}

/// <summary>
/// The reference rows' votes (in the fitted matrix's program order) and labels, the rows without a label left out: what
/// <c>auto</c> scores candidates on, which fit on the vote statistics alone.
/// </summary>
/// <param name="Votes">The labelled reference rows' votes.</param>
/// <param name="Labels">Their labels, one per row of <paramref name="Votes"/>.</param>
internal sealed record ReferenceVotes(LabelMatrix Votes, IReadOnlyList<int> Labels)
{
    /// <summary>The labelled rows of <paramref name="reference"/> taken from <paramref name="votes"/> (rows outside it are skipped).</summary>
    public static ReferenceVotes Of(ReferenceLabels reference, LabelMatrix votes)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(votes);
        var keep = Enumerable.Range(0, reference.Rows.Count).Where(i => reference.Labels[i] >= 0 && reference.Rows[i] >= 0 && reference.Rows[i] < votes.Rows).ToArray();
        return new ReferenceVotes(votes.SelectRows(keep.Select(i => reference.Rows[i]).ToArray()), keep.Select(i => reference.Labels[i]).ToArray());
    }
}
