using Alchemist.Data;

namespace Alchemist.Concepts;

/// <summary>The concept-score table: one row per image, one column per (concept, class) description.</summary>
/// <param name="Images">The scored images, in row order.</param>
/// <param name="FeatureNames">Column names, see <see cref="ConceptSet.FeatureName"/>.</param>
/// <param name="Columns">One array of scores per feature, each in [0, 1].</param>
/// <param name="LogitScale">The scale the similarities were multiplied by before the softmax.</param>
internal sealed record ConceptScores(ImageList Images, IReadOnlyList<string> FeatureNames, IReadOnlyList<double[]> Columns, double LogitScale)
{
    /// <summary>The table as written: <c>path</c>, <c>label</c> and <c>group</c> where known, then the features.</summary>
    public IReadOnlyList<TableColumn> ToTable()
    {
        var table = new List<TableColumn> { new("path", Images.Paths) };
        if (Images.Classes is { } classes) table.Add(new TableColumn("label", classes));
        if (Images.Groups is { } groups) table.Add(new TableColumn("group", groups));
        for (var f = 0; f < FeatureNames.Count; f++) table.Add(new TableColumn(FeatureNames[f], Columns[f]));
        return table;
    }
}
