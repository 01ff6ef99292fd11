using System.Text.Json;
using Microsoft.ML.OnnxRuntime;

namespace Alchemist.Concepts;

/// <summary>
/// A CLIP export in a folder, as Hugging Face <c>optimum</c> or <c>torch.onnx.export</c> writes it:
/// <c>text_model.onnx</c> (input_ids, attention_mask → text_embeds), <c>vision_model.onnx</c>
/// (pixel_values → image_embeds), <c>vocab.json</c>, <c>merges.txt</c>, <c>preprocessor_config.json</c> and,
/// optionally, <c>config.json</c> (context length from text_config.max_position_embeddings, default 77).
/// Input and output names are read from the sessions' metadata, so exports that name them differently still load.
/// Embeddings are returned as exported (projected, not normalised). Thread-safe.
/// </summary>
internal sealed class ClipModel : IDisposable
{
    /// <summary>CLIP's trained logit scale (exp of the learned temperature, clamped to 100 in training).</summary>
    public const double DefaultLogitScale = 100.0;

    private readonly InferenceSession _text;
    private readonly InferenceSession _vision;
    private readonly string _idsName;
    private readonly string? _maskName;
    private readonly string _textOutput;
    private readonly string _pixelsName;
    private readonly string _imageOutput;

    /// <summary>Loads the model files from <paramref name="folder"/>.</summary>
    /// <exception cref="AlchemistException">A file is missing or the graphs lack the expected inputs and outputs.</exception>
    public ClipModel(string folder)
    {
        Folder = folder;
        string File(string name) => System.IO.File.Exists(Path.Combine(folder, name)) ? Path.Combine(folder, name)
            : throw new AlchemistException($"{folder}: the CLIP export lacks {name}.");
        var contextLength = ContextLength(Path.Combine(folder, "config.json"));
        Tokenizer = new ClipTokenizer(File("vocab.json"), File("merges.txt"), contextLength);
        Preprocessor = new ClipImagePreprocessor(ClipPreprocessorConfig.Load(File("preprocessor_config.json")));
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        _text = new InferenceSession(File("text_model.onnx"), options);
        _vision = new InferenceSession(File("vision_model.onnx"), options);
        var textInputs = _text.InputMetadata.Keys.ToList();
        _idsName = textInputs.FirstOrDefault(n => n.Contains("input_ids", StringComparison.OrdinalIgnoreCase))
            ?? throw new AlchemistException($"{folder}/text_model.onnx has no input_ids input (inputs: {string.Join(", ", textInputs)}).");
        _maskName = textInputs.FirstOrDefault(n => n.Contains("attention_mask", StringComparison.OrdinalIgnoreCase));
        _textOutput = Output(_text, "text_embeds", "text_model.onnx");
        _pixelsName = _vision.InputMetadata.Keys.FirstOrDefault(n => n.Contains("pixel_values", StringComparison.OrdinalIgnoreCase))
            ?? (_vision.InputMetadata.Count == 1 ? _vision.InputMetadata.Keys.First()
                : throw new AlchemistException($"{folder}/vision_model.onnx has no pixel_values input."));
        _imageOutput = Output(_vision, "image_embeds", "vision_model.onnx");
    }

    /// <summary>The folder the model was loaded from (part of the embedding cache key).</summary>
    public string Folder { get; }

    /// <summary>The text tokenizer.</summary>
    public ClipTokenizer Tokenizer { get; }

    /// <summary>The image preprocessing.</summary>
    public ClipImagePreprocessor Preprocessor { get; }

    /// <summary>Embeds texts; row i is the projected embedding of <paramref name="texts"/>[i].</summary>
    public float[][] EncodeTexts(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0) return [];
        var length = Tokenizer.ContextLength;
        var ids = new long[texts.Count * length];
        var mask = new long[ids.Length];
        for (var i = 0; i < texts.Count; i++)
        {
            var (rowIds, real) = Tokenizer.Encode(texts[i]);
            rowIds.CopyTo(ids, i * length);
            mask.AsSpan(i * length, real).Fill(1);
        }
        long[] shape = [texts.Count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var run = new RunOptions();
        using var results = _maskName is null
            ? _text.Run(run, [_idsName], [idsValue], [_textOutput])
            : _text.Run(run, [_idsName, _maskName], [idsValue, maskValue], [_textOutput]);
        return Rows(results[0], texts.Count);
    }

    /// <summary>Embeds preprocessed images: <paramref name="pixels"/> holds <paramref name="count"/> CHW tensors back to back.</summary>
    public float[][] EncodeImages(float[] pixels, int count)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (count == 0) return [];
        if (pixels.Length != count * Preprocessor.TensorLength) throw new ArgumentException($"Need {count} × {Preprocessor.TensorLength} floats.", nameof(pixels));
        long[] shape = [count, 3, Preprocessor.Config.CropHeight, Preprocessor.Config.CropWidth];
        using var value = OrtValue.CreateTensorValueFromMemory(pixels, shape);
        using var run = new RunOptions();
        using var results = _vision.Run(run, [_pixelsName], [value], [_imageOutput]);
        return Rows(results[0], count);
    }

    /// <summary>Decodes, preprocesses and embeds image files.</summary>
    public float[][] EncodeImageFiles(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var pixels = new float[paths.Count * Preprocessor.TensorLength];
        for (var i = 0; i < paths.Count; i++)
            Preprocessor.Preprocess(ImageDecoder.Decode(paths[i]), pixels.AsSpan(i * Preprocessor.TensorLength, Preprocessor.TensorLength));
        return EncodeImages(pixels, paths.Count);
    }

    private static float[][] Rows(OrtValue output, int count)
    {
        var shape = output.GetTensorTypeAndShape().Shape;
        if (shape.Length != 2 || shape[0] != count)
            throw new AlchemistException($"The CLIP export returned shape [{string.Join(", ", shape)}], expected [{count}, dim] embeddings.");
        var data = output.GetTensorDataAsSpan<float>();
        var dim = (int)shape[1];
        var rows = new float[count][];
        for (var i = 0; i < count; i++) rows[i] = data.Slice(i * dim, dim).ToArray();
        return rows;
    }

    private string Output(InferenceSession session, string preferred, string file)
    {
        var names = session.OutputMetadata.Keys.ToList();
        return names.FirstOrDefault(n => n == preferred)
            ?? throw new AlchemistException($"{Folder}/{file} has no {preferred} output (outputs: {string.Join(", ", names)}); export the projected embeddings.");
    }

    private static int ContextLength(string configPath)
    {
        if (!System.IO.File.Exists(configPath)) return 77;
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(configPath));
        return document.RootElement.TryGetProperty("text_config", out var text)
            && text.TryGetProperty("max_position_embeddings", out var max) && max.TryGetInt32(out var length) ? length : 77;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _text.Dispose();
        _vision.Dispose();
    }
}
