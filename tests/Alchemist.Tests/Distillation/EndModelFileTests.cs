using Alchemist.Distillation;
using Alchemist.Distillation.Embeddings;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Tests.Distillation;

public sealed class EndModelFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alchemist-endmodel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] Texts = SentenceEmbedderTests.YouTubeTexts(120);

    private static EndModel Train(ITextFeaturizer featurizer, EndModelKind kind)
    {
        var features = featurizer.Transform(Texts);
        // Soft targets from a keyword rule, so the test needs no label model.
        var probabilities = Texts.SelectMany(t => t.Contains("http") || t.Contains("subscribe", StringComparison.OrdinalIgnoreCase)
            ? new[] { 0.2f, 0.8f } : [0.7f, 0.3f]).ToArray();
        var targets = new SoftTargets(Enumerable.Range(0, Texts.Length).ToArray(), probabilities, 2);
        var trained = EndModelTrainer.Train(features, targets, null, TrainingOptions.ForHead(kind) with { MaxEpochs = 5 });
        return new EndModel(new LabelSet(["ham", "spam"]), kind, featurizer, trained.Network, trained.Report);
    }

    [Theory]
    [InlineData(FeatureKind.Tfidf, EndModelKind.LogisticRegression)]
    [InlineData(FeatureKind.MiniLm, EndModelKind.Mlp)]
    [InlineData(FeatureKind.MiniLmTfidf, EndModelKind.Mlp)]
    public void Round_trips_every_prediction(FeatureKind features, EndModelKind kind)
    {
        ITextFeaturizer featurizer = features switch
        {
            FeatureKind.Tfidf => TfidfFeaturizer.Fit(Texts),
            FeatureKind.MiniLm => new MiniLmFeaturizer(new EmbeddingOptions()),
            _ => new ConcatenatedFeaturizer(new MiniLmFeaturizer(new EmbeddingOptions()), TfidfFeaturizer.Fit(Texts)),
        };
        using var model = Train(featurizer, kind);
        var path = Path.Combine(_folder, "end_model.bin");
        EndModelFile.Save(model, path);
        using var loaded = EndModelFile.Load(path);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(kind, loaded.Kind);
        Assert.Equal(features, loaded.Featurizer.Kind);
        Assert.Equal(model.Report, loaded.Report);
        Assert.Equal(model.Network.HiddenSizes, loaded.Network.HiddenSizes);
        var unseen = SentenceEmbedderTests.YouTubeTexts(150)[120..];
        Assert.Equal(model.PredictProbabilities(unseen), loaded.PredictProbabilities(unseen));
    }

    [Fact]
    public void Keeps_whose_answer_covered_rows_take_and_reads_a_file_without_it_as_the_end_models()
    {
        using var model = Train(TfidfFeaturizer.Fit(Texts), EndModelKind.LogisticRegression);
        var path = Path.Combine(_folder, "covered.bin");
        EndModelFile.Save(model with { CoveredAnswer = CoveredRowsAnswer.LabelModel, CoveredAnswerNote = "covered rows: 0.9 vs 0.8" }, path);
        using (var loaded = EndModelFile.Load(path))
        {
            Assert.Equal(CoveredRowsAnswer.LabelModel, loaded.CoveredAnswer);
            Assert.Equal("covered rows: 0.9 vs 0.8", loaded.CoveredAnswerNote);
        }
        EndModelFile.Save(model, path);
        using var plain = EndModelFile.Load(path);
        Assert.Equal(CoveredRowsAnswer.EndModel, plain.CoveredAnswer);
        Assert.Null(plain.CoveredAnswerNote);
    }

    [Fact]
    public void Refuses_another_format_version_with_a_clear_message()
    {
        using var model = Train(TfidfFeaturizer.Fit(Texts), EndModelKind.LogisticRegression);
        var path = Path.Combine(_folder, "old.bin");
        EndModelFile.Save(model, path);
        var bytes = File.ReadAllBytes(path);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 4), EndModelFile.FormatVersion + 1);
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<AlchemistException>(() => EndModelFile.Load(path));
        Assert.Contains($"format version {EndModelFile.FormatVersion + 1}", error.Message);
        Assert.Contains($"reads version {EndModelFile.FormatVersion}", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Refuses_foreign_and_truncated_files()
    {
        var foreign = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(foreign, "hello, this is not a model");
        Assert.Contains("not an Alchemist end-model file", Assert.Throws<AlchemistException>(() => EndModelFile.Load(foreign)).Message);

        using var model = Train(TfidfFeaturizer.Fit(Texts), EndModelKind.Mlp);
        var path = Path.Combine(_folder, "cut.bin");
        EndModelFile.Save(model, path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);
        Assert.Contains("damaged end-model file", Assert.Throws<AlchemistException>(() => EndModelFile.Load(path)).Message);
        Assert.Contains("does not exist", Assert.Throws<AlchemistException>(() => EndModelFile.Load(Path.Combine(_folder, "missing.bin"))).Message);
    }
}
