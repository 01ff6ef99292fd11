using Alchemist.Data;

namespace Alchemist.Tests.Data;

/// <summary>Chunked writing: rows are on disk before the job ends, and the target appears only when it is complete.</summary>
public sealed class TableStreamWriterTests
{
    private static TableColumn[] Chunk(int start, int rows) =>
    [
        new("text", Enumerable.Range(start, rows).Select(i => $"row {i}").ToArray()),
        new("score", Enumerable.Range(start, rows).Select(i => (float)i).ToArray()),
    ];

    [Theory]
    [InlineData("out.csv")]
    [InlineData("out.jsonl")]
    [InlineData("out.parquet")]
    public void Chunks_land_in_the_partial_file_then_the_complete_table_moves_into_place(string name)
    {
        using var folder = new TempFolder();
        var path = folder.PathOf(name);
        using (var writer = new TableStreamWriter(path))
        {
            writer.Append(Chunk(0, 3));
            Assert.True(new FileInfo(writer.PartialPath).Length > 0, "the first chunk is on disk before the table is complete");
            Assert.False(File.Exists(path));
            writer.Append(Chunk(3, 4));
            writer.Complete();
            Assert.False(File.Exists(writer.PartialPath));
        }
        var table = DatasetLoader.Load(new DataSourceSpec(path), new LabelSet(["a", "b"]));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"row {i}"), table.Fields[0]);
    }

    [Fact]
    public void An_unfinished_table_leaves_no_file_behind()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("out.csv");
        string partial;
        using (var writer = new TableStreamWriter(path))
        {
            writer.Append(Chunk(0, 2));
            partial = writer.PartialPath;
        }
        Assert.False(File.Exists(partial));
        Assert.False(File.Exists(path));
    }
}
