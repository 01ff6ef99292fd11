namespace Alchemist.Tasks;

/// <summary>
/// The supplementary knowledge placed before a program prompt (the paper's "useful information"). All but
/// <see cref="None"/> and <see cref="DataExamples"/> are asked of the LLM in a first call.
/// </summary>
public enum KnowledgeStrategy
{
    /// <summary>No supplementary block: the plain program prompt.</summary>
    None,
    /// <summary>Labeling heuristics and rules written by the LLM.</summary>
    Rules,
    /// <summary>Keywords and phrases that indicate each class, written by the LLM.</summary>
    Keywords,
    /// <summary>A description of the dataset and of each class, written by the LLM.</summary>
    Description,
    /// <summary>A few examples of each class, written by the LLM.</summary>
    Examples,
    /// <summary>Rows sampled from the (unlabeled) data, shown without labels; only when the spec allows it.</summary>
    DataExamples,
}

/// <summary>Spelling of strategies in files and names (snake_case, as in <c>alchemist.yaml</c>).</summary>
internal static class KnowledgeStrategies
{
    /// <summary>The name used in the spec, file names and templates, e.g. <c>data_examples</c>.</summary>
    public static string ToName(this KnowledgeStrategy strategy) => strategy switch
    {
        KnowledgeStrategy.DataExamples => "data_examples",
        _ => strategy.ToString().ToLowerInvariant(),
    };

    /// <summary>Every strategy by its name.</summary>
    public static IReadOnlyDictionary<string, KnowledgeStrategy> ByName { get; } =
        Enum.GetValues<KnowledgeStrategy>().ToDictionary(s => s.ToName(), StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the strategy's knowledge comes from an LLM call.</summary>
    public static bool AsksLlm(this KnowledgeStrategy strategy) => strategy is not (KnowledgeStrategy.None or KnowledgeStrategy.DataExamples);
}
