namespace Alchemist.Tests.Architecture;

/// <summary>
/// The library's folders from the bottom up: each may use the ones before it and never one after it. The order is the
/// data flow (dataset → prompts → LLM → programs → votes → label model → end model), with the shared types at the
/// bottom and the pipeline that composes the stages at the top.
/// </summary>
internal static class Layers
{
    public static IReadOnlyList<string> BottomUp { get; } =
    [
        "Core",          // shared types: label set, label matrix, feature rows and names, run folder paths, artifacts, errors
        "Data",          // datasets, loaders, splits
        "Llm",           // chat clients and their middleware: cache, budget, cost, batch, retries
        "Tasks",         // the task spec and prompt templates
        "Programs",      // checking and compiling labeling programs
        "Labeling",      // applying programs in jailed workers: the label matrix and the run manifest
        "Aggregation",   // label models and pseudolabels
        "Evaluation",    // scores
        "Distillation",  // features and end models
        "Concepts",      // image concepts named by the LLM and scored by CLIP
        "Synthesis",     // asking the LLM for programs (and concepts); the zero-shot baseline
        "Refinement",    // rounds that ask for programs aimed at what the first ones miss; the LLM-labeled sample
        "Reporting",     // the HTML report of a run folder
        "Pipeline",      // the steps that compose the stages, run by `alchemist run` and the single commands
    ];

    /// <summary>The layer of a namespace of the library (Alchemist.Labeling.Isolation → Labeling), or null outside it.</summary>
    public static string? Of(string? ns)
    {
        if (ns is null || !ns.StartsWith("Alchemist.", StringComparison.Ordinal)) return null;
        var folder = ns["Alchemist.".Length..].Split('.')[0];
        return BottomUp.Contains(folder) ? folder : null;
    }

    public static int Rank(string layer) => BottomUp.ToList().IndexOf(layer);
}
