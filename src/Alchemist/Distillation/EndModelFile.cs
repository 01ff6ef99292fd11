using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alchemist.Distillation.Embeddings;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Distillation;

/// <summary>
/// The end-model file: magic bytes, a format version, a JSON header (labels, head, featurizer settings, training
/// report, the text fields trained on, the note on how features were chosen, whose answer covered rows take) and the binary state (TF-IDF vocabulary and idf, then the network's parameters). One file holds
/// everything prediction needs; the embedding model itself ships with the tool and is named by id.
/// </summary>
public static class EndModelFile
{
    /// <summary>The format this build writes and reads; any other version is refused with a clear message.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "ALCHMDL\0"u8.ToArray();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private sealed record Header(
        IReadOnlyList<string> Labels,
        EndModelKind EndModel,
        IReadOnlyList<int> HiddenSizes,
        FeatureKind Features,
        int Inputs,
        EmbeddingOptions? Embedding,
        TfidfOptions? Tfidf,
        TrainingReport Training,
        IReadOnlyList<string>? TextFields = null,
        string? FeatureNote = null,
        CoveredRowsAnswer CoveredAnswer = CoveredRowsAnswer.EndModel,
        string? CoveredAnswerNote = null);

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> atomically (a failure leaves any earlier file intact),
    /// with its <see cref="ArtifactChecksum"/>.</summary>
    public static void Save(EndModel model, string path)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(FormatVersion);
            var header = new Header(model.Labels.Names, model.Kind, model.Network.HiddenSizes, model.Featurizer.Kind, model.Network.Inputs,
                MiniLmPart(model.Featurizer)?.Options, TfidfPart(model.Featurizer)?.Options, model.Report, model.TextFields, model.FeatureNote, model.CoveredAnswer, model.CoveredAnswerNote);
            writer.Write(JsonSerializer.Serialize(header, Json));
            if (TfidfPart(model.Featurizer) is { } tfidf)
            {
                writer.Write(tfidf.Terms.Count);
                foreach (var term in tfidf.Terms) writer.Write(term);
                writer.Write(MemoryMarshal.AsBytes(tfidf.Idf));
            }
            if (model.Featurizer is NumericFeaturizer numeric)
            {
                writer.Write(numeric.Columns);
                writer.Write(MemoryMarshal.AsBytes(numeric.Mean.AsSpan()));
                writer.Write(MemoryMarshal.AsBytes(numeric.Scale.AsSpan()));
            }
            writer.Write(model.Network.Parameters.Length);
            writer.Write(MemoryMarshal.AsBytes(model.Network.Parameters.AsSpan()));
        });
        ArtifactChecksum.Record(path);
    }

    /// <summary>Reads an end model.</summary>
    /// <param name="path">The file written by <see cref="Save"/>.</param>
    /// <param name="embeddingCache">Where a MiniLM featurizer caches vectors; null embeds without caching.</param>
    /// <exception cref="AlchemistException">Missing file, not an end-model file, another format version, or damaged.</exception>
    public static EndModel Load(string path, EmbeddingCache? embeddingCache = null)
    {
        if (!File.Exists(path)) throw new AlchemistException($"End model {path} does not exist; train one with `alchemist distill`.");
        using var reader = new BinaryReader(File.OpenRead(path));
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw new AlchemistException($"{path} is not an Alchemist end-model file.");
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new AlchemistException(
                    $"{path} is end-model format version {version}, but this alchemist reads version {FormatVersion}; re-run `alchemist distill` with this version to rebuild it.");
            var header = JsonSerializer.Deserialize<Header>(reader.ReadString(), Json)
                ?? throw new AlchemistException($"{path}: empty header.");
            MiniLmFeaturizer MiniLm() => new(header.Embedding ?? throw Damaged(path, "no embedding settings"), embeddingCache);
            TfidfFeaturizer Tfidf() => ReadTfidf(reader, header.Tfidf ?? throw Damaged(path, "no TF-IDF settings"));
            ITextFeaturizer featurizer = header.Features switch
            {
                FeatureKind.MiniLm => MiniLm(),
                FeatureKind.Tfidf => Tfidf(),
                FeatureKind.MiniLmTfidf => new ConcatenatedFeaturizer(MiniLm(), Tfidf()),
                FeatureKind.Numeric => ReadNumeric(reader),
                _ => throw Damaged(path, $"unknown features '{header.Features}'"),
            };
            var parameters = ReadFloats(reader, reader.ReadInt32());
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw Damaged(path, "trailing bytes");
            // After the structural checks, whose messages say more (another version, truncated); this catches the rest.
            ArtifactChecksum.Verify(path, "re-run `alchemist distill`");
            // A model that predicts from NaN or infinite weights labels every row the same with probability NaN.
            if (Array.FindIndex(parameters, p => !float.IsFinite(p)) is var bad and >= 0) throw Damaged(path, $"parameter {bad:N0} of {parameters.Length:N0} is {parameters[bad]}");
            var network = new SoftmaxNetwork(header.Inputs, header.HiddenSizes, header.Labels.Count, parameters);
            if (featurizer.Columns != network.Inputs) throw Damaged(path, $"{featurizer.Columns} features but {network.Inputs} network inputs");
            return new EndModel(new LabelSet(header.Labels), header.EndModel, featurizer, network, header.Training, header.TextFields)
            {
                FeatureNote = header.FeatureNote, CoveredAnswer = header.CoveredAnswer, CoveredAnswerNote = header.CoveredAnswerNote,
            };
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException or ArgumentException or IOException)
        {
            throw Damaged(path, e.Message, e);
        }
    }

    private static MiniLmFeaturizer? MiniLmPart(ITextFeaturizer featurizer) => featurizer as MiniLmFeaturizer ?? (featurizer as ConcatenatedFeaturizer)?.MiniLm;

    private static TfidfFeaturizer? TfidfPart(ITextFeaturizer featurizer) => featurizer as TfidfFeaturizer ?? (featurizer as ConcatenatedFeaturizer)?.Tfidf;

    private static TfidfFeaturizer ReadTfidf(BinaryReader reader, TfidfOptions options)
    {
        var count = reader.ReadInt32();
        var terms = new string[count];
        for (var i = 0; i < count; i++) terms[i] = reader.ReadString();
        return new TfidfFeaturizer(options, terms, ReadFloats(reader, count));
    }

    private static NumericFeaturizer ReadNumeric(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return new NumericFeaturizer(ReadFloats(reader, count), ReadFloats(reader, count));
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        if (count < 0 || (long)count * sizeof(float) > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new EndOfStreamException($"{count} floats do not fit in the rest of the file");
        var values = new float[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static AlchemistException Damaged(string path, string problem, Exception? inner = null) =>
        new($"{path} is a damaged end-model file ({problem}); re-run `alchemist distill` to rebuild it.", inner);
}
