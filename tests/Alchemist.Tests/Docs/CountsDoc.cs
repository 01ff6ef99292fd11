using System.Globalization;
using System.Reflection;
using Alchemist.Data;

namespace Alchemist.Tests.Docs;

/// <summary>
/// Counts quoted in the docs, taken from the files they count: the example's rows per split and programs (README.md),
/// the breast-cancer example's rows (docs/concepts.md) and the number of tests of a folder (docs/concepts.md).
/// </summary>
public sealed class CountsDoc
{
    private const string Producer = "tests/Alchemist.Tests/Docs/CountsDoc.cs";

    [Fact, Trait(DocBlock.Trait, DocBlock.Generated)]
    public void The_example_rows_and_programs_are_counted()
    {
        var data = Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam", "data");
        var rows = new[] { "train", "valid", "test" }
            .Select(split => $"{split} {N(DatasetLoader.Load(new DataSourceSpec(data, Split: split)).Count)}");
        DocBlock.Verify("README.md", Producer + " (youtube-spam rows)", string.Join(" / ", rows));
        var programs = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam", "synthesized"), "*.cs").Length;
        DocBlock.Verify("README.md", Producer + " (youtube-spam programs)", N(programs));
    }

    [Fact, Trait(DocBlock.Trait, DocBlock.Generated)]
    public void The_breast_cancer_rows_are_counted()
    {
        int Rows(string split) => File.ReadLines(Path.Combine(TestPaths.RepoRoot, "examples", "breast-cancer", split + ".csv")).Count(l => l.Length > 0) - 1;
        var (train, test) = (Rows("train"), Rows("test"));
        DocBlock.Verify("docs/concepts.md", Producer + " (breast-cancer rows)", N(train + test));
        DocBlock.Verify("docs/concepts.md", Producer + " (breast-cancer split)", $"{N(train)} train / {N(test)} test");
    }

    [Fact, Trait(DocBlock.Trait, DocBlock.Generated)]
    public void The_concept_test_count_is_the_number_of_tests_in_the_folder() =>
        DocBlock.Verify("docs/concepts.md", Producer + " (concept tests)", $"{Tests("Alchemist.Tests.Concepts")} tests");

    /// <summary>
    /// The tests the runner reports for the classes in <paramref name="ns"/>: one per [Fact], one per [InlineData]
    /// row of a [Theory] (one for a theory fed by member data, whose rows are known only when it runs).
    /// </summary>
    private static int Tests(string ns) =>
        typeof(CountsDoc).Assembly.GetTypes()
            .Where(t => t.Namespace == ns)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
            .Sum(m => m.GetCustomAttribute<TheoryAttribute>() is null ? 1 : Math.Max(1, m.GetCustomAttributes<InlineDataAttribute>().Count()));

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
