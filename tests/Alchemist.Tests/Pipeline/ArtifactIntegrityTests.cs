using System.Runtime.InteropServices;
using Alchemist.Aggregation;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;
using Alchemist.Tests.Aggregation;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline;

/// <summary>Every artifact carries a checksum; a damaged one is refused with a message naming it and what rebuilds it.</summary>
public sealed class ArtifactIntegrityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly string[] Texts = Enumerable.Range(0, 60)
        .Select(i => i % 2 == 0 ? $"subscribe to my channel http://spam{i}.example" : $"what a lovely song number {i}").ToArray();

    private string SaveEndModel()
    {
        var featurizer = TfidfFeaturizer.Fit(Texts);
        var probabilities = Texts.SelectMany(t => t.Contains("http") ? new[] { 0.1f, 0.9f } : [0.9f, 0.1f]).ToArray();
        var targets = new SoftTargets(Enumerable.Range(0, Texts.Length).ToArray(), probabilities, 2);
        var trained = EndModelTrainer.Train(featurizer.Transform(Texts), targets, null, TrainingOptions.ForHead(EndModelKind.LogisticRegression) with { MaxEpochs = 3 });
        using var model = new EndModel(new LabelSet(["ham", "spam"]), EndModelKind.LogisticRegression, featurizer, trained.Network, trained.Report);
        var path = _folder.PathOf("end_model.bin");
        EndModelFile.Save(model, path);
        return path;
    }

    /// <summary>Overwrites the last parameter of an end-model file with NaN, as a bad disk or a bad copy might.</summary>
    private static void WriteNanIntoLastParameter(string path)
    {
        var bytes = File.ReadAllBytes(path);
        MemoryMarshal.Write(bytes.AsSpan(bytes.Length - sizeof(float)), float.NaN);
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void An_end_model_with_nan_bytes_is_refused_by_its_checksum_and_without_one_by_its_values()
    {
        var path = SaveEndModel();
        Assert.True(File.Exists(ArtifactChecksum.PathOf(path)));
        using (EndModelFile.Load(path)) { }

        WriteNanIntoLastParameter(path);

        var damaged = Assert.Throws<AlchemistException>(() => EndModelFile.Load(path));
        Assert.Equal($"{path} is damaged: its content no longer matches the SHA-256 recorded in end_model.bin.sha256 when it was written " +
            "(changed, truncated or corrupted since); re-run `alchemist distill` to rebuild it.", damaged.Message);
        File.Delete(ArtifactChecksum.PathOf(path)); // as an older build wrote it, or a copy that left the record behind
        var nan = Assert.Throws<AlchemistException>(() => EndModelFile.Load(path));
        Assert.Contains("is a damaged end-model file (parameter", nan.Message);
        Assert.Contains("is NaN); re-run `alchemist distill`", nan.Message);
    }

    [Fact]
    public void A_changed_label_model_or_pseudolabel_file_is_refused()
    {
        var (votes, _) = SyntheticVotes.Generate(200, [0.9, 0.8, 0.7], [0.8, 0.8, 0.8], [0.5, 0.5], seed: 1);
        var model = new MajorityVote().Fit(votes, 2);
        var labelModel = _folder.PathOf("label_model.json");
        LabelModelFile.Save(labelModel, model);
        var pseudolabels = _folder.PathOf("pseudolabels.csv");
        PseudolabelsFile.Save(pseudolabels, model.PredictProba(votes));
        LabelModelFile.Load(labelModel);
        PseudolabelsFile.Load(pseudolabels);

        File.AppendAllText(labelModel, " ");
        File.WriteAllText(pseudolabels, File.ReadAllText(pseudolabels)[..^10]);

        Assert.StartsWith($"{labelModel} is damaged", Assert.Throws<AlchemistException>(() => LabelModelFile.Load(labelModel)).Message, StringComparison.Ordinal);
        Assert.EndsWith("re-run `alchemist aggregate` to rebuild it.", Assert.Throws<AlchemistException>(() => PseudolabelsFile.Load(pseudolabels)).Message, StringComparison.Ordinal);
    }
}
