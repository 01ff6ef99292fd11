using System.Text;
using Alchemist.Data;

namespace Alchemist.Tests.Data;

/// <summary>
/// <see cref="DatasetLoader.ReadChunks"/>: the same rows as a whole load, in bounded chunks, read lazily (a chunk is
/// handed over before the rest of the file is read), with skipped rows counted across chunks.
/// </summary>
public sealed class ChunkedReadTests
{
    private static readonly LabelSet Classes = new(["ham", "spam"]);

    // 23 rows, two of them bad (an empty text at line 5, a label that is no class at line 17), so chunks of 5 end mid-way.
    private static IEnumerable<(string Text, string Label)> Rows() =>
        Enumerable.Range(0, 23).Select(i => (i == 3 ? "" : $"message {i} with \"quotes\", commas", i == 15 ? "eggs" : i % 3 == 0 ? "spam" : "ham"));

    public static TheoryData<string> Formats() => new(["csv", "tsv", "jsonl", "json", "parquet"]);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Chunks_hold_the_rows_of_a_whole_load_in_order(string format)
    {
        using var dir = new TempFolder();
        var spec = new DataSourceSpec(Write(dir, format, Rows()), LabelField: "label", IdField: "id", SkipBadRows: true);
        var whole = DatasetLoader.Load(spec, Classes);

        var chunks = DatasetLoader.ReadChunks(spec, Classes, 5).ToArray();

        Assert.All(chunks, c => Assert.InRange(c.Count, 0, 5));
        Assert.Equal(whole.Fields[0], chunks.SelectMany(c => c.Fields[0]));
        Assert.Equal(whole.Gold!, chunks.SelectMany(c => c.Gold!));
        Assert.Equal(whole.SourceRows, chunks.SelectMany(c => c.SourceRows));
        Assert.Equal(whole.Ids!, chunks.SelectMany(c => c.Ids!));
        Assert.Equal(2, whole.Skipped);
        Assert.Equal(whole.Skipped, chunks.Sum(c => c.Skipped));
        Assert.Equal(whole.Issues!.Select(i => i.Row), chunks.SelectMany(c => c.Issues!).Select(i => i.Row));
        Assert.Equal(21, chunks.Sum(c => c.Count));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public void A_chunk_is_handed_over_before_the_rest_of_the_file_is_read(string format)
    {
        // Line 9 breaks the file; without skip_bad_rows a whole load fails. Read lazily, the first chunk arrives first.
        using var dir = new TempFolder();
        var path = Write(dir, format, Rows().Take(7));
        File.AppendAllText(path, format == "csv" ? "99,\"unterminated,ham,x,y\n" : "{not json\n");
        var spec = new DataSourceSpec(path, LabelField: "label", IdField: "id", Format: format);
        Assert.Throws<DataFormatException>(() => DatasetLoader.Load(spec with { SkipBadRows = false }, Classes));

        using var chunks = DatasetLoader.ReadChunks(spec with { SkipBadRows = true }, Classes, 2).GetEnumerator();
        Assert.True(chunks.MoveNext());
        Assert.Equal(["message 0 with \"quotes\", commas", "message 1 with \"quotes\", commas"], chunks.Current.Fields[0]);

        using var strict = DatasetLoader.ReadChunks(spec with { SkipBadRows = false }, Classes, 2).GetEnumerator();
        Assert.True(strict.MoveNext()); // rows 1-2 are good
        var e = Assert.Throws<DataFormatException>(() => { while (strict.MoveNext()) { } });
        Assert.Contains(Path.GetFileName(path), e.Message);
    }

    [Fact]
    public async Task Parquet_is_read_one_row_group_at_a_time_into_chunks_that_cross_groups()
    {
        using var dir = new TempFolder();
        var path = dir.PathOf("groups.parquet");
        var texts = Enumerable.Range(0, 10).Select(i => $"row {i}").ToArray();
        WriteParquetGroups(path, texts, groupSize: 4);
        await using (var reader = await Parquet.ParquetReader.CreateAsync(path))
            Assert.Equal(3, reader.RowGroupCount);
        var spec = new DataSourceSpec(path);

        var chunks = DatasetLoader.ReadChunks(spec, Classes, 3).ToArray();

        Assert.Equal([3, 3, 3, 1], chunks.Select(c => c.Count));
        Assert.Equal(texts, chunks.SelectMany(c => c.Fields[0]));
        Assert.Equal(Enumerable.Range(1, 10), chunks.SelectMany(c => c.SourceRows));
    }

    [Fact]
    public void Labels_read_in_chunks_need_the_classes_and_a_holdout_needs_the_whole_file()
    {
        using var dir = new TempFolder();
        var spec = new DataSourceSpec(Write(dir, "csv", Rows()), LabelField: "label", SkipBadRows: true);

        var unknown = Assert.Throws<AlchemistException>(() => DatasetLoader.ReadChunks(spec, null, 5));
        Assert.Contains("needs the task's classes", unknown.Message);
        var holdout = Assert.Throws<AlchemistException>(() => DatasetLoader.ReadChunks(spec with { Holdout = new Holdout(0.2, 1) }, Classes, 5));
        Assert.Contains("held-out split", holdout.Message);
    }

    [Fact]
    public void A_read_in_chunks_stops_when_cancelled()
    {
        using var dir = new TempFolder();
        var rows = Enumerable.Range(0, 20_000).Select(i => ($"text {i}", "ham"));
        var spec = new DataSourceSpec(Write(dir, "csv", rows), LabelField: "label");
        using var cancel = new CancellationTokenSource();

        using var chunks = DatasetLoader.ReadChunks(spec, Classes, 1000, cancel.Token).GetEnumerator();
        Assert.True(chunks.MoveNext());
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => { while (chunks.MoveNext()) { } });
    }

    private static string Write(TempFolder dir, string format, IEnumerable<(string Text, string Label)> rows)
    {
        var list = rows.ToArray();
        if (format == "parquet")
        {
            var path = dir.PathOf("data.parquet");
            TableWriter.Write(path, [new TableColumn("id", list.Select((_, i) => $"r{i}").ToArray()), new TableColumn("text", list.Select(r => r.Text).ToArray()),
                new TableColumn("label", list.Select(r => r.Label).ToArray())]);
            return path;
        }
        var text = new StringBuilder();
        switch (format)
        {
            case "csv" or "tsv":
                var sep = format == "csv" ? "," : "\t";
                text.Append($"id{sep}text{sep}label\n");
                for (var i = 0; i < list.Length; i++)
                    text.Append($"r{i}{sep}\"{list[i].Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{sep}{list[i].Label}\n");
                break;
            case "jsonl":
                for (var i = 0; i < list.Length; i++)
                    text.Append(System.Text.Json.JsonSerializer.Serialize(new { id = $"r{i}", text = list[i].Text, label = list[i].Label })).Append('\n');
                break;
            case "json":
                text.Append(System.Text.Json.JsonSerializer.Serialize(list.Select((r, i) => new { id = $"r{i}", text = r.Text, label = r.Label })));
                break;
        }
        return dir.Write("data." + format, text.ToString());
    }

    // TableStreamWriter writes each appended chunk of a Parquet file as its own row group.
    private static void WriteParquetGroups(string path, string[] texts, int groupSize)
    {
        using var writer = new TableStreamWriter(path);
        for (var start = 0; start < texts.Length; start += groupSize)
            writer.Append([new TableColumn("text", texts.Skip(start).Take(groupSize).ToArray())]);
        writer.Complete();
    }
}
