using Alchemist.Data;
using Alchemist.Labeling;

namespace Alchemist.Tests.Data;

public class DatasetLoaderTests
{
    [Fact]
    public void Infers_formats_from_paths()
    {
        Assert.Equal("wrench", DatasetLoader.FormatOf(new DataSourceSpec(TestPaths.Shared("youtube"))));
        Assert.Equal("wrench", DatasetLoader.FormatOf(new DataSourceSpec(TestPaths.Shared("youtube", "test.json"))));
        Assert.Equal("csv", DatasetLoader.FormatOf(new DataSourceSpec(TestPaths.Shared("yelp", "dev.csv"))));
        Assert.Equal("jsonl", DatasetLoader.FormatOf(new DataSourceSpec(TestPaths.Shared("imdb", "dev.jsonl"))));
        var folder = Assert.Throws<AlchemistException>(() => DatasetLoader.FormatOf(new DataSourceSpec(TestPaths.Shared("yelp"))));
        Assert.Contains("without label.json", folder.Message);
        var txt = Assert.Throws<AlchemistException>(() => DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared("agnews", "classes.txt"))));
        Assert.Contains("cannot tell the data format from '.txt'", txt.Message);
        var missing = Assert.Throws<AlchemistException>(() => DatasetLoader.Load(new DataSourceSpec("no/such.csv", Format: "csv")));
        Assert.Contains("no/such.csv does not exist", missing.Message);
    }

    [Fact]
    public void A_spec_with_label_map_and_exclusions_survives_the_run_manifest()
    {
        using var dir = new TempFolder();
        var spec = new DataSourceSpec(TestPaths.Shared("yelp", "dev.csv"), TextFields: ["text"], LabelField: "label2",
            LabelMap: new Dictionary<string, string?> { ["Review Stars: 1.0"] = "negative", ["Review Stars: 3.0"] = null, ["Review Stars: 5.0"] = "positive" },
            SkipBadRows: true);
        var run = new RunFolder(dir.Root);

        new RunManifest(["negative", "positive"], new Dictionary<string, DataSourceSpec> { ["train"] = spec }, []).Save(run);
        var reloaded = RunManifest.Load(run).Splits["train"];

        Assert.Equal(spec.LabelMap!.ToArray(), reloaded.LabelMap!.ToArray());
        var a = DatasetLoader.Load(spec);
        var b = DatasetLoader.Load(reloaded);
        Assert.Equal(a.Gold!, b.Gold!);
        Assert.Equal(a.Skipped, b.Skipped);
        Assert.True(a.Skipped > 0, "2- and 4-star reviews are not in this map, so they are bad rows");
    }

    [Fact]
    public void Header_problems_name_the_file()
    {
        using var dir = new TempFolder();
        var empty = dir.Write("empty.csv", "");
        var headerOnly = dir.Write("header.csv", "text,label\n");

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(empty), new LabelSet(["a", "b"])));
        Assert.Contains("empty.csv, row 1: the file is empty; expected a header row", e.Message);
        var dup = dir.Write("dup.csv", "text,label,Text\nx,a,y\n");
        var twice = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(dup), new LabelSet(["a", "b"])));
        Assert.Contains("dup.csv, row 1: the header", twice.Message);
        // A header and no row is refused, never an empty dataset that labels nothing and exits 0.
        var none = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(headerOnly, LabelField: "label"), new LabelSet(["a", "b"])));
        Assert.Equal("header.csv: holds no data rows (only a header, or nothing); give a file with at least one row.", Path.GetFileName(none.Message));
    }
}
