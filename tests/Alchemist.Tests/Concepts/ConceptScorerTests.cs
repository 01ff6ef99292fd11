using System.Numerics.Tensors;
using Alchemist.Concepts;
using Alchemist.Tests.Data;
using SkiaSharp;

namespace Alchemist.Tests.Concepts;

public sealed class ConceptScorerTests
{
    private const string Concepts = """
        { "classes": ["landbird", "waterbird"],
          "concepts": [
            { "concept": "foot shape", "descriptions": { "landbird": "a bird with toed feet", "waterbird": "a bird with webbed feet" } },
            { "concept": "Bill", "descriptions": { "waterbird": "a flat wide bill", "landbird": "a short pointed beak" } } ] }
        """;

    /// <summary>Writes a solid-colour PNG of the given size.</summary>
    internal static void Png(string path, SKColor color, int width = 40, int height = 30)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }

    [Fact]
    public void Scores_are_the_softmax_of_scaled_cosines_and_the_cache_returns_the_same()
    {
        using var folder = new TempFolder();
        Png(folder.PathOf("images/landbird/a.png"), SKColors.Green);
        Png(folder.PathOf("images/waterbird/b.png"), SKColors.Blue, 30, 50);
        var concepts = ConceptFile.Load(folder.Write("concepts.json", Concepts));
        var images = ImageList.Load(folder.PathOf("images"));
        Assert.Equal(["landbird", "waterbird"], images.Classes!);
        using var model = new ClipModel(ClipFixture.Folder);
        var cache = new ImageEmbeddingCache(folder.PathOf("cache"));
        var reports = new List<int>();
        var scores = new ConceptScorer(model, 100, batchSize: 1, cache).Score(concepts, images, new SyncProgress(reports.Add));
        Assert.Equal(["foot_shape__landbird", "foot_shape__waterbird", "bill__landbird", "bill__waterbird"], scores.FeatureNames);
        Assert.Equal([0, 1, 2], reports);

        // By hand for image 1, concept 0: softmax over the two descriptions of 100 × cosine.
        var image = model.EncodeImageFiles([images.Paths[1]])[0];
        var texts = model.EncodeTexts(["a bird with toed feet", "a bird with webbed feet"]);
        var logits = texts.Select(t => 100 * TensorPrimitives.CosineSimilarity(image, t)).ToArray();
        var expected = Math.Exp(logits[1]) / (Math.Exp(logits[0]) + Math.Exp(logits[1]));
        Assert.Equal(expected, scores.Columns[1][1], 4);
        for (var i = 0; i < 2; i++) Assert.Equal(1.0, scores.Columns[2][i] + scores.Columns[3][i], 9);

        Assert.Equal(2, Directory.GetFiles(folder.PathOf("cache")).Length);
        var again = new ConceptScorer(model, 100, batchSize: 1, cache).Score(concepts, images);
        for (var f = 0; f < 4; f++) Assert.Equal(scores.Columns[f], again.Columns[f]);
    }

    [Theory]
    [InlineData("""{ "classes": ["a", "b"], "concepts": [ { "concept": "x", "descriptions": { "a": "one" } } ] }""", "concepts[0].descriptions.b")]
    [InlineData("""{ "classes": ["a", "b"], "concepts": [ { "concept": "x", "descriptions": { "a": "one", "b": "two", "c": "three" } } ] }""", "concepts[0].descriptions.c")]
    [InlineData("""{ "classes": ["a", "b"], "concepts": [ { "descriptions": { "a": "one", "b": "two" } } ] }""", "concepts[0].concept")]
    [InlineData("""{ "classes": ["a"], "concepts": [] }""", "classes")]
    [InlineData("""{ "classes": ["a", "b"], "concepts": [] }""", "field 'concepts'")]
    public void A_bad_concepts_file_names_the_field(string json, string field)
    {
        using var folder = new TempFolder();
        var path = folder.Write("concepts.json", json);
        var error = Assert.Throws<Alchemist.Data.DataFormatException>(() => ConceptFile.Load(path));
        Assert.Contains(field, error.Message);
        Assert.Contains("concepts.json", error.Message);
    }

    [Fact]
    public void Concepts_survive_a_save_and_load()
    {
        using var folder = new TempFolder();
        var concepts = ConceptFile.Load(folder.Write("concepts.json", Concepts));
        ConceptFile.Save(folder.PathOf("copy.json"), concepts);
        var copy = ConceptFile.Load(folder.PathOf("copy.json"));
        Assert.Equal(concepts.Classes, copy.Classes);
        Assert.Equal(concepts.Concepts[1].Descriptions["waterbird"], copy.Concepts[1].Descriptions["waterbird"]);
    }

    [Fact]
    public async Task Cli_writes_the_concept_table_from_a_csv_list()
    {
        using var folder = new TempFolder();
        Png(folder.PathOf("img/1.png"), SKColors.Red);
        Png(folder.PathOf("img/2.png"), SKColors.Yellow);
        folder.Write("images.csv", "path,label,group\nimg/1.png,landbird,land_on_water\nimg/2.png,waterbird,water_on_water\n");
        var concepts = folder.Write("concepts.json", Concepts);
        var output = folder.PathOf("scores.csv");
        var code = (await CliInProcess.RunCapturingAsync(["score-concepts", "--images", folder.PathOf("images.csv"), "--model", ClipFixture.Folder,
            "--concepts", concepts, "--out", output, "--json"])).Code;
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal("path,label,group,foot_shape__landbird,foot_shape__waterbird,bill__landbird,bill__waterbird", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains("land_on_water", lines[1]);

        // The table is a feature task as it is: programs over the concept scores apply to it directly.
        Directory.CreateDirectory(folder.PathOf("programs"));
        folder.Write("programs/feet.cs", "static int Label(double footShapeWaterbird, double billWaterbird) => footShapeWaterbird + billWaterbird > 1 ? 1 : 0;");
        var set = ConceptFile.Load(concepts);
        var applied = await Alchemist.Pipeline.ApplyStep.RunAsync(new Alchemist.Pipeline.ApplyRequest(
            new Alchemist.Data.DataSourceSpec(output, LabelField: "label"), folder.PathOf("programs"), new RunFolder(folder.PathOf("run")),
            new LabelSet(set.Classes), new Alchemist.Labeling.ApplyOptions { Isolation = Alchemist.Labeling.ProgramIsolation.InProcess },
            set.FeatureColumns()));
        var stats = Assert.Single(applied.Splits[Alchemist.Data.DataSplits.OneFile].Programs);
        Assert.Equal((2, 0, false), (stats.Votes, stats.FaultCount, stats.Quarantined));
    }

    [Fact]
    public void Feature_names_round_trip_between_snake_and_camel_case()
    {
        Assert.Equal("footShapeWaterbird", FeatureNames.ToCamelCase("foot_shape__waterbird"));
        Assert.Equal("mean_radius", FeatureNames.Key("meanRadius"));
        Assert.Equal("mean_radius", FeatureNames.Key("Mean Radius"));
        Assert.Equal("f3d_shape", FeatureNames.ToSnakeCase(FeatureNames.ToCamelCase("3d shape")));
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
