using System.Reflection;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Alchemist.Tests.Architecture;

/// <summary>
/// The library's dependencies flow one way: each folder of src/Alchemist uses only the folders below it in
/// <see cref="Layers.BottomUp"/>, so any stage can be read, tested and re-run without the ones above it.
/// </summary>
public sealed class LayeringTests
{
    public static TheoryData<string> EveryLayer() => new(Layers.BottomUp);

    [Theory]
    [MemberData(nameof(EveryLayer))]
    public void A_folder_uses_no_folder_above_it(string layer) => NoUpwardEdge(layer).Check(FolderGraph.Architecture);

    [Fact]
    public void The_rule_catches_an_edge_that_points_up()
    {
        // The pipeline composes every stage, so a rule that forbade it to use Data must fail: the check is not vacuous.
        var upsideDown = Types().That().ResideInNamespaceMatching(Pattern("Pipeline"))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(Pattern("Data")));
        Assert.False(upsideDown.HasNoViolations(FolderGraph.Architecture));
    }

    [Fact]
    public void The_folder_graph_has_no_cycle()
    {
        var edges = FolderGraph.Edges();
        Assert.NotEmpty(edges);
        Assert.Empty(FolderGraph.Cycles(edges));
    }

    [Fact]
    public void Every_folder_of_the_library_has_a_layer()
    {
        var namespaces = typeof(LabelSet).Assembly.GetTypes().Select(t => t.Namespace).Where(n => n is not null && n != "Alchemist")
            .Where(n => !n!.StartsWith('<') && !n.StartsWith("Microsoft.", StringComparison.Ordinal) && !n.StartsWith("System.", StringComparison.Ordinal))
            .Distinct();
        Assert.All(namespaces, n => Assert.NotNull(Layers.Of(n)));
    }

    [Fact]
    public void The_library_needs_neither_the_cli_nor_the_worker_executable()
    {
        // The worker is its own small executable over the library; the CLI sits on top. Neither may be needed by the library.
        var library = typeof(LabelSet).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();
        Assert.DoesNotContain("Alchemist.Cli", library);
        Assert.DoesNotContain("Alchemist.Worker", library);
        var worker = Assembly.Load("Alchemist.Worker").GetReferencedAssemblies().Select(a => a.Name).ToArray();
        Assert.DoesNotContain("Alchemist.Cli", worker);
        var runtime = Assembly.Load("Alchemist.Programs.Runtime").GetReferencedAssemblies().Select(a => a.Name).ToArray();
        Assert.DoesNotContain("Alchemist", runtime);
    }

    private static IArchRule NoUpwardEdge(string layer)
    {
        var above = Layers.BottomUp.Skip(Layers.Rank(layer) + 1).ToArray();
        if (above.Length == 0)
            return Types().That().ResideInNamespaceMatching(Pattern(layer)).Should().NotDependOnAny(Types().That().ResideInAssembly("Alchemist.Cli"));
        return Types().That().ResideInNamespaceMatching(Pattern(layer))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(Pattern(above)))
            .Because($"{layer} sits below {string.Join(", ", above)}");
    }

    private static string Pattern(params string[] layers) => $@"^Alchemist\.({string.Join("|", layers)})(\..*)?$";
}
