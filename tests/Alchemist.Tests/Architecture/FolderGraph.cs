using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Alchemist.Tests.Architecture;

/// <summary>One folder-level edge of the library: types of <see cref="From"/> that use types of <see cref="To"/>.</summary>
internal sealed record FolderEdge(string From, string To, IReadOnlyList<string> Examples);

/// <summary>
/// The library's folder-to-folder dependency graph read from the compiled assembly (every type reference in signatures,
/// bodies, attributes and generic arguments, as ArchUnitNET sees it), not from using directives.
/// </summary>
internal static class FolderGraph
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() =>
        new ArchLoader().LoadAssemblies(typeof(Alchemist.Core.LabelSet).Assembly).Build());

    public static ArchUnitNET.Domain.Architecture Architecture => Loaded.Value;

    public static IReadOnlyList<FolderEdge> Edges()
    {
        var edges = new SortedDictionary<(string, string), SortedSet<string>>();
        foreach (var type in Architecture.Types)
        {
            var from = Layers.Of(type.Namespace?.FullName);
            if (from is null) continue;
            foreach (var dependency in type.Dependencies)
            {
                // A generic method's type parameter is named after its declaring type's namespace; it is not a dependency.
                if (dependency.Target is GenericParameter) continue;
                var to = Layers.Of(dependency.Target.Namespace?.FullName);
                if (to is null || to == from) continue;
                if (!edges.TryGetValue((from, to), out var examples)) edges[(from, to)] = examples = new SortedSet<string>(StringComparer.Ordinal);
                examples.Add($"{Short(type.FullName)} → {Short(dependency.Target.FullName)}");
            }
        }
        return edges.Select(e => new FolderEdge(e.Key.Item1, e.Key.Item2, e.Value.ToArray())).ToArray();
    }

    /// <summary>Folders that sit on a dependency cycle, found as the strongly connected components of more than one folder.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyList<FolderEdge> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToArray());
        var reach = Layers.BottomUp.ToDictionary(f => f, f => Reachable(f, next));
        var seen = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var f in Layers.BottomUp)
        {
            if (seen.Contains(f)) continue;
            var component = Layers.BottomUp.Where(g => g == f || (reach[f].Contains(g) && reach[g].Contains(f))).ToArray();
            foreach (var g in component) seen.Add(g);
            if (component.Length > 1) cycles.Add(component);
        }
        return cycles;
    }

    private static HashSet<string> Reachable(string from, Dictionary<string, string[]> next)
    {
        var found = new HashSet<string>();
        var stack = new Stack<string>([from]);
        while (stack.Count > 0)
            foreach (var to in next.GetValueOrDefault(stack.Pop(), []))
                if (found.Add(to)) stack.Push(to);
        return found;
    }

    // Generic arity and nesting markers make the examples hard to read; the names alone say enough.
    private static string Short(string fullName) => fullName.Replace("Alchemist.", "", StringComparison.Ordinal).Split('`')[0].Replace('+', '.');
}
