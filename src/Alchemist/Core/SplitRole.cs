using System.Text.Json.Serialization;

namespace Alchemist.Core;

/// <summary>What a split's rows were used for in a run, so that every score can say whether it is honest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SplitRole>))]
public enum SplitRole
{
    /// <summary>The label model and the end model learned from these rows: a score here is a training-set score.</summary>
    Training,
    /// <summary>Read for choices (class balance under <c>auto</c>, end-model early stopping, the label-model comparison), not fitted on.</summary>
    Development,
    /// <summary>Held out: nothing fitted or chosen reads these rows; the honest score.</summary>
    HeldOut,
}

/// <summary>The role of each split name a run folder can hold.</summary>
internal static class SplitRoles
{
    /// <summary>
    /// The names a development split may have, in order of preference: the one list the class balance (<c>auto</c>,
    /// <c>dev</c>), end-model early stopping and the label-model comparison all read.
    /// </summary>
    public static IReadOnlyList<string> DevelopmentNames { get; } = ["valid", "dev", "validation"];

    /// <summary>The development split among <paramref name="splits"/>: the first of <see cref="DevelopmentNames"/> present, or null.</summary>
    public static string? DevelopmentOf(IEnumerable<string> splits)
    {
        ArgumentNullException.ThrowIfNull(splits);
        var present = splits.ToHashSet(StringComparer.Ordinal);
        return DevelopmentNames.FirstOrDefault(present.Contains);
    }

    /// <summary>The role of <paramref name="split"/> (train and a single file's "data" are training rows).</summary>
    public static SplitRole Of(string split) =>
        split == "test" ? SplitRole.HeldOut : DevelopmentNames.Contains(split) ? SplitRole.Development : SplitRole.Training;

    /// <summary>A few words for a table cell.</summary>
    public static string ShortName(SplitRole role) => role switch
    {
        SplitRole.HeldOut => "held out",
        SplitRole.Development => "development",
        _ => "TRAINING-SET",
    };

    /// <summary>What the role means, for the note under a score table.</summary>
    public static string Describe(SplitRole role) => role switch
    {
        SplitRole.HeldOut => "never read by the label model, the class balance or the end model",
        SplitRole.Development => "read for the class balance and early stopping, not fitted on",
        _ => "the label model and the end model learned from these rows, so the score flatters them",
    };
}
