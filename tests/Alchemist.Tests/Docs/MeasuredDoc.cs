namespace Alchemist.Tests.Docs;

/// <summary>
/// Figures that take a benchmark or a whole example run to measure are written by their script into
/// <c>docs/measured/NAME</c> (with the date, the machine's cores and its load average); the docs quote them only
/// through a block whose producer is that file, which this test fills from it: a markdown file as it is, any other
/// file as a code block, and a file not measured yet as a line saying which command writes it.
/// </summary>
public sealed class MeasuredDoc
{
    /// <summary>The producer prefix of blocks filled from a measurement file.</summary>
    public const string Prefix = "docs/measured/";

    [Fact, Trait(DocBlock.Trait, DocBlock.Generated)]
    public void Every_measured_block_quotes_its_measurement_file()
    {
        var blocks = DocBlock.DocFiles()
            .SelectMany(file => DocBlock.Producers(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)))
                .Where(p => p.StartsWith(Prefix, StringComparison.Ordinal))
                .Select(producer => (file, producer)))
            .ToList();
        Assert.NotEmpty(blocks);
        foreach (var (file, producer) in blocks)
            DocBlock.Verify(file, producer, Render(producer));
    }

    /// <summary>The block's text for the measurement file <paramref name="producer"/> (a path relative to the repository root).</summary>
    internal static string Render(string producer)
    {
        var path = Path.Combine(TestPaths.RepoRoot, producer);
        if (!File.Exists(path))
            return $"\n_Not measured yet: the script named above writes `{producer}` (`scripts/update-docs.sh --measured` or `--benchmarks` runs it)._\n";
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (!text.EndsWith('\n')) text += "\n";
        return producer.EndsWith(".md", StringComparison.Ordinal) ? "\n" + text : "\n```\n" + text + "```\n";
    }
}
