using System.Numerics.Tensors;

namespace Alchemist.Aggregation;

/// <summary>Checks shared by every label model before it touches a label matrix.</summary>
internal static class LabelModelInput
{
    /// <summary>
    /// Throws a clear error when the class count is unusable or a vote lies outside -1..classes-1
    /// (naming the row and the program).
    /// </summary>
    public static void Validate(LabelMatrix votes, int classes)
    {
        if (classes < 2 || classes > LabelSet.MaxClasses)
            throw new AlchemistException($"A label model needs 2 to {LabelSet.MaxClasses} classes, got {classes}.");
        var cells = votes.Cells;
        if (cells.IsEmpty) return;
        // One vectorised pass finds the extremes; only a bad matrix pays for locating the culprit.
        if (TensorPrimitives.Max(cells) < classes && TensorPrimitives.Min(cells) >= -1) return;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] >= -1 && cells[i] < classes) continue;
            var row = i / votes.Columns;
            var column = i % votes.Columns;
            throw new AlchemistException(
                $"Label matrix row {row}, program '{votes.ProgramNames[column]}': vote {cells[i]} is outside -1..{classes - 1} ({classes} classes).");
        }
    }

    /// <summary>Throws when a matrix to predict on does not have the programs the model was fitted on.</summary>
    public static void CheckSameShape(LabelMatrix votes, int programs, int classes, string model)
    {
        if (votes.Columns != programs)
            throw new AlchemistException($"Label model '{model}' was fitted on {programs} programs but the matrix has {votes.Columns}.");
        Validate(votes, classes);
    }
}
