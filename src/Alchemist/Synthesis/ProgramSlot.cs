using Alchemist.Tasks;

namespace Alchemist.Synthesis;

/// <summary>
/// One program to ask for: its number, the knowledge strategy and temperature that make it differ from its siblings,
/// and its sample index (so equal prompts still get separate answers and cache entries).
/// </summary>
/// <param name="Index">0-based position; the file is numbered Index + 1.</param>
/// <param name="Strategy">The supplementary knowledge placed before its prompt.</param>
/// <param name="Temperature">Its sampling temperature.</param>
public sealed record ProgramSlot(int Index, KnowledgeStrategy Strategy, float Temperature)
{
    /// <summary>The program's name and file stem: <c>NNN-strategy</c>.</summary>
    public string Name => $"{Index + 1:000}-{Strategy.ToName().Replace('_', '-')}";

    /// <summary>The sample index of its call.</summary>
    public int SampleIndex => Index;

    /// <summary>
    /// The slots of a run: strategies cycle fastest, then temperatures, so any prefix of the plan mixes strategies
    /// (and asking for more programs later keeps the earlier ones, and their cache entries, unchanged).
    /// </summary>
    public static IReadOnlyList<ProgramSlot> Plan(TaskSpec spec, int count)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var strategies = spec.Knowledge;
        var temperatures = spec.Model.Temperatures;
        return Enumerable.Range(0, count)
            .Select(i => new ProgramSlot(i, strategies[i % strategies.Count], temperatures[i / strategies.Count % temperatures.Count]))
            .ToArray();
    }
}
