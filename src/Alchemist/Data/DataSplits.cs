namespace Alchemist.Data;

/// <summary>
/// The splits a data source is labeled as: every WRENCH split present in a WRENCH folder, the train and held-out test
/// sides of a file with a holdout, else the one file. Shared by apply, the baseline and the vote readers so they name
/// splits the same way.
/// </summary>
internal static class DataSplits
{
    /// <summary>The WRENCH splits labeled when the data is a WRENCH folder, in this order.</summary>
    public static IReadOnlyList<string> Wrench { get; } = ["train", "valid", "test"];

    /// <summary>The split name used when the data is a single file.</summary>
    public const string OneFile = "data";

    /// <summary>Each split of the data, by name.</summary>
    /// <exception cref="AlchemistException">A WRENCH folder without any split file.</exception>
    public static IReadOnlyDictionary<string, DataSourceSpec> Of(DataSourceSpec data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Directory.Exists(data.Path) && data.Split is null && DatasetLoader.FormatOf(data) == "wrench")
        {
            var present = Wrench.Where(s => File.Exists(Path.Combine(data.Path, s + ".json"))).ToArray();
            if (present.Length == 0) throw new AlchemistException($"The WRENCH folder {data.Path} holds none of {string.Join(", ", Wrench.Select(s => s + ".json"))}.");
            return present.ToDictionary(s => s, s => data with { Path = Path.GetFullPath(data.Path), Split = s });
        }
        data = data with { Path = Path.GetFullPath(data.Path) };
        return data.Holdout is not null ? Holdout.Sides(data) : new Dictionary<string, DataSourceSpec> { [data.Split ?? OneFile] = data };
    }
}
