using System.Text;
using Alchemist.Tests.Docs;

namespace Alchemist.Tests.Architecture;

/// <summary>
/// docs/architecture.md's dependency graph is generated from the compiled library, never drawn by hand: this test
/// fails when the file no longer matches the code, and rewrites it when ALCHEMIST_UPDATE_DOCS=1
/// (<c>scripts/update-docs.sh</c>).
/// </summary>
public sealed class DependencyGraphDoc
{
    [Fact, Trait(DocBlock.Trait, DocBlock.Generated)]
    public void The_documented_graph_is_the_graph_of_the_code() =>
        DocBlock.Verify("docs/architecture.md", "tests/Alchemist.Tests/Architecture/DependencyGraphDoc.cs", "\n" + Render(FolderGraph.Edges()));

    /// <summary>The graph as a Mermaid diagram (rendered by GitHub) and a table of edges with example type references.</summary>
    internal static string Render(IReadOnlyList<FolderEdge> edges)
    {
        var md = new StringBuilder();
        var cycles = FolderGraph.Cycles(edges);
        md.Append("Folders of `src/Alchemist`, bottom-up: ").Append(string.Join(" → ", Layers.BottomUp.Select(l => $"`{l}`"))).Append(".\n");
        md.Append($"{edges.Count} folder-to-folder edges; ");
        md.Append(cycles.Count == 0 ? "no cycle.\n\n" : $"cycles: {string.Join("; ", cycles.Select(c => string.Join(", ", c)))}.\n\n");
        var exported = typeof(LabelSet).Assembly.GetExportedTypes().Length;
        md.Append($"The library exports {exported} public types (nested ones included); the rest is internal. ")
            .Append("`src/Alchemist/PublicAPI.Shipped.txt` pins every public member (Microsoft.CodeAnalysis.PublicApiAnalyzers fails the build on a change it does not list).\n\n");
        md.Append("```mermaid\nflowchart BT\n");
        foreach (var e in edges) md.Append($"  {e.From} --> {e.To}\n");
        md.Append("```\n\n| from | to | type references (up to 3 of them) |\n|---|---|---|\n");
        foreach (var e in edges)
            md.Append($"| {e.From} | {e.To} | {string.Join("; ", e.Examples.Take(3)).Replace("|", "\\|", StringComparison.Ordinal)} ({e.Examples.Count}) |\n");
        return md.ToString();
    }
}
