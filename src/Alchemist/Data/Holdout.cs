using System.Text.Json.Serialization;

namespace Alchemist.Data;

/// <summary>Which side of a <see cref="Holdout"/> a data source reads.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HoldoutPart>))]
public enum HoldoutPart
{
    /// <summary>The rows programs, the label model, the class balance and the end model may read.</summary>
    Train,
    /// <summary>The held-out rows: only ever scored.</summary>
    Test,
}

/// <summary>
/// A seeded, stratified held-out share of a single-file dataset (<c>data.holdout</c> in <c>alchemist.yaml</c>), so that a
/// project with one file still gets honest scores. The split is recomputed from the file on every load (same rows, same
/// seed, same split), so every stage that reloads a <see cref="DataSourceSpec"/> sees the same side.
/// </summary>
/// <param name="Fraction">The share of rows held out, in (0, 1).</param>
/// <param name="Seed">Seed of the shuffle.</param>
/// <param name="Part">The side this source reads.</param>
public sealed record Holdout(double Fraction, int Seed, HoldoutPart Part = HoldoutPart.Train)
{
    /// <summary>The share held out by default when a project reads one labeled file.</summary>
    public const double DefaultFraction = 0.2;

    /// <summary>The seed used when the spec names none.</summary>
    public const int DefaultSeed = 13;

    /// <summary>The split name of each side in a run folder.</summary>
    public static string SplitName(HoldoutPart part) => part == HoldoutPart.Train ? "train" : "test";

    /// <summary>The rows of <paramref name="data"/> on this side.</summary>
    public Dataset Apply(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var splits = DatasetSplitter.Split(data, 1 - Fraction, 0, Fraction, Seed);
        return Part == HoldoutPart.Train ? splits.Train : splits.Test;
    }

    /// <summary>Both sides of <paramref name="source"/> by split name (train, test).</summary>
    public static IReadOnlyDictionary<string, DataSourceSpec> Sides(DataSourceSpec source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var holdout = source.Holdout ?? throw new ArgumentException("The source has no holdout.", nameof(source));
        return new Dictionary<string, DataSourceSpec>
        {
            [SplitName(HoldoutPart.Train)] = source with { Holdout = holdout with { Part = HoldoutPart.Train } },
            [SplitName(HoldoutPart.Test)] = source with { Holdout = holdout with { Part = HoldoutPart.Test } },
        };
    }
}
