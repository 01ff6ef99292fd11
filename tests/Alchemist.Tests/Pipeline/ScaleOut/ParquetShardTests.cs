using Alchemist.Data;
using Alchemist.Pipeline.ScaleOut;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline.ScaleOut;

/// <summary>A Parquet file is sharded by whole row groups, counted from its footer, and each shard reads only its own groups.</summary>
public sealed class ParquetShardTests
{
    [Fact]
    public async Task Parquet_shards_are_whole_row_groups_and_reduce_matches_the_local_run()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Root, "comments");
        Directory.CreateDirectory(Path.Combine(root, "programs"));
        // Five row groups of 100 comments (one per Append).
        using (var writer = new TableStreamWriter(Path.Combine(root, "comments.parquet")))
        {
            for (var g = 0; g < 5; g++)
                writer.Append([new TableColumn("comment", Enumerable.Range(g * 100, 100)
                    .Select(i => i % 3 == 0 ? $"check http://spam.example/{i}" : i % 6 == 1 ? $"just a comment {i}" : $"lovely song {i}").ToArray())]);
            writer.Complete();
        }
        File.WriteAllText(Path.Combine(root, "alchemist.yaml"), """
            name: comments
            data:
              path: comments.parquet
              text_fields: [comment]
            labels: [ham, spam]
            task_description: Decide whether a comment is spam.
            programs: 3
            model:
              provider: openai
              name: gpt-4o-mini
            knowledge: [none]
            output: programs
            """);
        File.WriteAllText(Path.Combine(root, "programs", "001-link.cs"), "public static class A { public static int Label(string text) => text.Contains(\"http\") ? 1 : -1; }\n");
        File.WriteAllText(Path.Combine(root, "programs", "002-song.cs"), "public static class B { public static int Label(string text) => text.Contains(\"song\") ? 0 : -1; }\n");
        File.WriteAllText(Path.Combine(root, "programs", "003-check.cs"), "public static class C { public static int Label(string text) => text.Contains(\"check\") ? 1 : text.Contains(\"just\") ? 0 : -1; }\n");

        Assert.Equal(0, (await CliInProcess.RunAsync("plan", root, "--rows-per-shard", "250")).Code);
        var run = new RunFolder(Path.Combine(root, "runs", "comments"));
        var plan = ShardPlan.Load(run);
        Assert.Equal([(0L, 200L, 0, 2), (200L, 200L, 2, 4), (400L, 100L, 4, 5)],
            plan.Shards.Select(s => (s.FirstRow, s.Rows, s.FirstRowGroup!.Value, s.EndRowGroup!.Value)));

        for (var k = 0; k < 3; k++)
            Assert.Equal(0, (await CliInProcess.RunAsync("apply", root, "--shard", k.ToString(System.Globalization.CultureInfo.InvariantCulture), "--in-process")).Code);
        Assert.Equal(0, (await CliInProcess.RunAsync("reduce", root, "--label-model", "wmv")).Code);

        var local = Path.Combine(folder.Root, "local");
        Assert.Equal(0, (await CliInProcess.RunAsync("apply", "--data", Path.Combine(root, "comments.parquet"), "--text-field", "comment", "--programs", Path.Combine(root, "programs"),
            "--out", local, "--labels", "ham,spam", "--in-process", "--json")).Code);
        Assert.Equal(0, (await CliInProcess.RunAsync("aggregate", "--run", local, "--label-model", "wmv", "--json")).Code);
        Assert.Equal(File.ReadAllText(Path.Combine(local, "label_model.json")), File.ReadAllText(run.LabelModelPath));

        // Reading groups 2..3 alone gives rows 200..399 with their file record numbers.
        var middle = DatasetLoader.ReadRowGroups(new DataSourceSpec(Path.Combine(root, "comments.parquet"), TextFields: ["comment"]), new LabelSet(["ham", "spam"]), 2, 4, 1000, CancellationToken.None).Single();
        Assert.Equal(200, middle.Count);
        Assert.Equal("lovely song 200", middle.Text(0));
        Assert.Equal(201, middle.SourceRows[0]);
    }
}
