using Alchemist.Data;

namespace Alchemist.Tests.Data;

public class TableWriterTests
{
    private static readonly TableColumn[] Columns =
    [
        new("text", new[] { "plain", "comma, \"quote\"\nand newline", "ünïcødé €" }),
        new("label", new[] { "pos", "neg", "pos" }),
        new("class_id", new[] { 1, 0, 1 }),
        new("prob", new[] { 0.75, 0.125, 1.0 / 3 }),
    ];

    [Theory]
    [InlineData("t.csv")]
    [InlineData("t.tsv")]
    [InlineData("t.jsonl")]
    [InlineData("t.parquet")]
    public void Round_trips_through_the_loader(string name)
    {
        using var dir = new TempFolder();
        var path = dir.PathOf(name);

        TableWriter.Write(path, Columns);
        var byName = DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label"), new LabelSet(["neg", "pos"]));
        var byId = DatasetLoader.Load(new DataSourceSpec(path, TextFields: ["text", "label"], LabelField: "class_id", IdField: "class_id"),
            new LabelSet(["neg", "pos"]));

        Assert.Equal((string[])Columns[0].Values, byName.Fields[0]);
        Assert.Equal([1, 0, 1], byName.Gold!);
        Assert.Equal([1, 0, 1], byId.Gold!);
        Assert.Equal(["1", "0", "1"], byId.Ids!);
        Assert.Equal("ünïcødé €\n\npos", byId.Text(2));
        Assert.Single(Directory.GetFiles(dir.Root));
    }

    [Fact]
    public void Parquet_integer_labels_and_nulls_are_read()
    {
        using var dir = new TempFolder();
        var path = dir.PathOf("p.parquet");
        TableWriter.Write(path, [new TableColumn("text", new[] { "a", null!, "c" }), new TableColumn("y", new long[] { 2, 1, 7 })]);

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, LabelField: "y"), new LabelSet(["x", "y", "z"])));
        Assert.Equal((2L, "text"), (e.Row!.Value, e.Field));
        Assert.Contains("the text is missing", e.Message);

        var skipped = DatasetLoader.Load(new DataSourceSpec(path, LabelField: "y", SkipBadRows: true), new LabelSet(["x", "y", "z"]));
        Assert.Equal([1], skipped.SourceRows);
        Assert.Equal([2], skipped.Gold!);
        Assert.Equal(2, skipped.Skipped);

        var column = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, TextFields: ["y"])
            , new LabelSet(["x", "y"])));
        Assert.Contains("field 'y': the column holds Int64; expected strings", column.Message);
    }

    [Fact]
    public void Rejects_ragged_columns_and_unknown_extensions_without_touching_the_file()
    {
        using var dir = new TempFolder();
        var path = dir.Write("keep.csv", "text\nearlier\n");

        var ragged = Assert.Throws<AlchemistException>(() => TableWriter.Write(path, [Columns[0], new TableColumn("x", new[] { 1 })]));
        Assert.Contains("column 'x' has 1 rows; 'text' has 3", ragged.Message);
        Assert.Equal("text\nearlier\n", File.ReadAllText(path));
        var format = Assert.Throws<AlchemistException>(() => TableWriter.Write(dir.PathOf("t.xlsx"), Columns));
        Assert.Contains("cannot write a table as '.xlsx'", format.Message);
    }
}
