using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Aggregation;

public class LabelModelFilesTests
{
    public static TheoryData<LabelModelKind, int> ModelsAndClasses()
    {
        var data = new TheoryData<LabelModelKind, int>();
        foreach (var name in LabelModels.Concrete)
            foreach (var k in new[] { 2, 3 })
                data.Add(name, k);
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelsAndClasses))]
    public void A_saved_model_predicts_exactly_as_before(LabelModelKind name, int classes)
    {
        var prior = Enumerable.Repeat(1.0 / classes, classes).ToArray();
        var (votes, _) = SyntheticVotes.Generate(3_000, [0.9, 0.8, 0.7, 0.6], [0.7, 0.6, 0.8, 0.9], prior, seed: 9);
        var model = LabelModels.Create(name).Fit(votes, classes, ClassBalance.FromUser(prior, classes), seed: 3);
        using var folder = new TempFolder();
        var path = folder.PathOf("label_model.json");
        LabelModelFile.Save(path, model);
        var loaded = LabelModelFile.Load(path);
        Assert.Equal(model.Name, loaded.Name);
        Assert.Equal(model.ClassBalance.Prior, loaded.ClassBalance.Prior);
        Assert.Equal(model.ClassBalance.Source, loaded.ClassBalance.Source);
        Assert.Equal(model.ProgramAccuracies, loaded.ProgramAccuracies);
        Assert.Equal(model.PredictProba(votes).Probabilities, loaded.PredictProba(votes).Probabilities);
    }

    [Fact]
    public void An_unknown_version_is_refused_with_the_file_and_field()
    {
        var (votes, _) = SyntheticVotes.Generate(500, [0.9, 0.8, 0.7], [0.8, 0.8, 0.8], [0.5, 0.5], seed: 1);
        var model = new MajorityVote().Fit(votes, 2);
        using var folder = new TempFolder();
        var path = folder.PathOf("label_model.json");
        LabelModelFile.Save(path, model.Export() with { Version = 99 });
        var error = Assert.Throws<AlchemistException>(() => LabelModelFile.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("version", error.Message);
    }

    [Fact]
    public void Pseudolabels_round_trip()
    {
        var pseudolabels = new Pseudolabels(3, [0.2f, 0.3f, 0.5f, 1f / 3, 1f / 3, 1f / 3], [true, false]);
        using var folder = new TempFolder();
        var path = folder.PathOf("test/pseudolabels.csv");
        PseudolabelsFile.Save(path, pseudolabels);
        Assert.StartsWith("row,covered,p_0,p_1,p_2\n0,1,0.2,0.3,0.5\n1,0,", File.ReadAllText(path));
        var loaded = PseudolabelsFile.Load(path);
        Assert.Equal(pseudolabels.Probabilities, loaded.Probabilities);
        Assert.Equal(pseudolabels.Covered, loaded.Covered);
    }

    [Fact]
    public void A_bad_pseudolabel_row_names_line_and_field()
    {
        using var folder = new TempFolder();
        var path = folder.Write("pseudolabels.csv", "row,covered,p_0,p_1\n0,1,0.5,0.5\n1,1,0.5,1.5\n");
        var error = Assert.Throws<DataFormatException>(() => PseudolabelsFile.Load(path));
        Assert.Equal(3, error.Row);
        Assert.Equal("p_1", error.Field);
    }
}
