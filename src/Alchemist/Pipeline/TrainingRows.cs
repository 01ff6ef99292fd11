using Alchemist.Data;
using Alchemist.Tasks;

namespace Alchemist.Pipeline;

/// <summary>The rows of a run's split as the programs read them.</summary>
internal static class TrainingRows
{
    /// <summary>The rows of <paramref name="split"/> as <c>alchemist run</c> applies programs to them (feature rows on a feature task).</summary>
    /// <exception cref="AlchemistException">The split does not exist, or its data cannot be read.</exception>
    public static Dataset Load(TaskSpec spec, string split, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var data = spec.Data with { Split = null };
        var splits = DataSplits.Of(spec.FeatureFields is { } features ? data with { TextFields = features } : data);
        if (!splits.TryGetValue(split, out var source))
            throw new AlchemistException($"{spec.Data.Path}: the data has no split '{split}' (it has {string.Join(", ", splits.Keys)}).");
        return DatasetLoader.Load(source, spec.Labels, cancellationToken);
    }

    /// <summary>The texts programs read, row by row.</summary>
    public static string[] Texts(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var texts = new string[data.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = data.Text(i);
        return texts;
    }
}
