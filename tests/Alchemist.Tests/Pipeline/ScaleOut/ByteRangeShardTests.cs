using System.Text;
using Alchemist.Data;
using Alchemist.Pipeline.ScaleOut;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline.ScaleOut;

/// <summary>
/// CSV and JSON Lines files are sharded by byte range: each shard reads only its own bytes (and a CSV's header) and gets
/// exactly the rows, ids and line numbers a whole-file read gives, quoted line breaks, CRLF, blank and bad lines included;
/// a file a line scan cannot cut is planned as row ranges with the reason.
/// </summary>
public sealed class ByteRangeShardTests
{
    private static readonly LabelSet Labels = new(["HAM", "SPAM"]);

    /// <summary>The YouTube training comments; every fifth gets a quoted line break and a quote, every seventh is bad (empty).</summary>
    private static List<string> Comments()
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Shared("youtube"), "train.json")));
        return document.RootElement.EnumerateObject().Select((p, i) =>
        {
            var text = p.Value.GetProperty("data").GetProperty("text").GetString()!;
            return i % 7 == 3 ? "" : i % 5 == 0 ? text + "\r\nsaid \"me\"" : text;
        }).ToList();
    }

    private static string Project(TempFolder folder, string dataFile, string format)
    {
        var root = Path.Combine(folder.Root, "comments");
        Directory.CreateDirectory(Path.Combine(root, "programs"));
        File.WriteAllText(Path.Combine(root, "alchemist.yaml"), $"""
            name: comments
            data:
              path: {dataFile}
              format: {format}
              text_fields: [comment]
              skip_bad_rows: true
              id_field: id
            labels: [HAM, SPAM]
            task_description: Decide whether a comment is spam.
            programs: 1
            model:
              provider: openai
              name: gpt-4o-mini
            knowledge: [none]
            output: programs
            """);
        File.WriteAllText(Path.Combine(root, "programs", "001-link.cs"), "public static class A { public static int Label(string text) => text.Contains(\"http\") ? 1 : -1; }\n");
        return root;
    }

    private static void WriteCsv(string path)
    {
        var text = new StringBuilder("id,comment\r\n");
        foreach (var (comment, i) in Comments().Select((c, i) => (c, i)))
            text.Append(i).Append(",\"").Append(comment.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\r\n");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(true));
    }

    private static void WriteJsonLines(string path)
    {
        var text = new StringBuilder();
        foreach (var (comment, i) in Comments().Select((c, i) => (c, i)))
        {
            text.Append(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = i, ["comment"] = comment })).Append('\n');
            if (i % 11 == 0) text.Append('\n'); // blank lines are not rows
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    [Theory]
    [InlineData("comments.csv", "csv")]
    [InlineData("comments.jsonl", "jsonl")]
    public async Task Byte_range_shards_read_only_their_bytes_and_give_the_whole_file_rows(string file, string format)
    {
        using var folder = new TempFolder();
        var root = Project(folder, file, format);
        var data = Path.Combine(root, file);
        if (format == "csv") WriteCsv(data);
        else WriteJsonLines(data);

        Assert.Equal(0, (await CliInProcess.RunAsync("plan", root, "--rows-per-shard", "300")).Code);
        var sharded = ShardedProject.Load(root, null);
        var plan = ShardPlan.Load(sharded.Run);
        Assert.Null(plan.RowRanges);
        Assert.All(plan.Shards, s => Assert.NotNull(s.Bytes));
        var spec = sharded.Splits[plan.Shards[0].Split];
        var whole = DatasetLoader.Load(spec, Labels);
        Assert.Equal(whole.Count, plan.Shards.Sum(s => s.Rows));
        Assert.True(plan.Shards.Count >= 4);
        for (var k = 1; k < plan.Shards.Count; k++) Assert.Equal(plan.Shards[k - 1].Bytes!.EndByte, plan.Shards[k].Bytes!.FirstByte);
        Assert.Equal(new FileInfo(data).Length, plan.Shards[^1].Bytes!.EndByte);

        // Bytes outside shard 2's range (past the header) are overwritten: shard 2 never reads them.
        var shard = plan.Shards[2];
        var original = File.ReadAllBytes(data);
        var damaged = (byte[])original.Clone();
        var headerEnd = format == "csv" ? (int)ByteRange.HeaderOf(data).End : 0;
        for (var b = headerEnd; b < damaged.Length; b++)
            if (b < shard.Bytes!.FirstByte || b >= shard.Bytes.EndByte) damaged[b] = (byte)'#';
        File.WriteAllBytes(data, damaged);

        var rows = ShardRows.Read(spec, Labels, shard, 128, CancellationToken.None).ToList();
        Assert.Equal(Enumerable.Range(0, rows.Count).Select(i => rows.Take(i).Sum(r => (long)r.Rows.Count) + shard.FirstRow), rows.Select(r => r.FirstRow));
        var expected = Enumerable.Range((int)shard.FirstRow, (int)shard.Rows).ToArray();
        Assert.Equal(expected.Select(whole.Text), rows.SelectMany(r => Enumerable.Range(0, r.Rows.Count).Select(r.Rows.Text)));
        Assert.Equal(expected.Select(i => whole.SourceRows[i]), rows.SelectMany(r => r.Rows.SourceRows));
        Assert.Equal(expected.Select(i => whole.Ids![i]), rows.SelectMany(r => r.Rows.Ids!));

        // Every shard labelled by byte range: the votes are the program's on the whole file's rows, in order, under their ids.
        File.WriteAllBytes(data, original);
        var votes = new List<int>();
        var ids = new List<long>();
        for (var k = 0; k < plan.Shards.Count; k++)
        {
            Assert.Equal(0, (await CliInProcess.RunAsync("apply", root, "--shard", k.ToString(System.Globalization.CultureInfo.InvariantCulture), "--in-process")).Code);
            foreach (var group in ParquetTableReader.Read(ShardOutput.VotesPath(sharded.Run, k)))
            {
                ids.AddRange((long[])group[0].Values);
                votes.AddRange((int[])group[1].Values);
            }
        }
        Assert.Equal(Enumerable.Range(0, whole.Count).Select(i => (long)i), ids);
        Assert.Equal(Enumerable.Range(0, whole.Count).Select(i => whole.Text(i).Contains("http", StringComparison.Ordinal) ? 1 : -1), votes);
    }

    [Fact]
    public async Task A_file_with_lone_carriage_returns_is_planned_as_row_ranges_with_the_reason()
    {
        using var folder = new TempFolder();
        var root = Project(folder, "comments.csv", "csv");
        File.WriteAllText(Path.Combine(root, "comments.csv"), "id,comment\r" + string.Concat(Enumerable.Range(0, 50).Select(i => $"{i},comment number {i}\r")));

        Assert.Equal(0, (await CliInProcess.RunAsync("plan", root, "--rows-per-shard", "20")).Code);

        var plan = ShardPlan.Load(new RunFolder(Path.Combine(root, "runs", "comments")));
        Assert.Equal(3, plan.Shards.Count);
        Assert.All(plan.Shards, s => Assert.Null(s.Bytes));
        Assert.Contains("carriage return", plan.RowRanges!.Single().Value, StringComparison.Ordinal);
        var spec = ShardedProject.Load(root, null).Splits[plan.Shards[1].Split];
        Assert.Equal("comment number 20", ShardRows.Read(spec, Labels, plan.Shards[1], 100, CancellationToken.None).First().Rows.Text(0));
    }
}
