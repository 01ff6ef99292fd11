using System.Text.Json;

namespace Alchemist.Concepts;

/// <summary>
/// The parts of a Hugging Face <c>preprocessor_config.json</c> (CLIPImageProcessor) that CLIP needs.
/// </summary>
/// <param name="ShortestEdge">The shorter side is resized to this many pixels (aspect kept).</param>
/// <param name="CropHeight">Height of the centre crop.</param>
/// <param name="CropWidth">Width of the centre crop.</param>
/// <param name="RescaleFactor">Multiplies every byte value (1/255).</param>
/// <param name="Mean">Per-channel mean subtracted after rescaling.</param>
/// <param name="Std">Per-channel standard deviation divided by after subtracting the mean.</param>
/// <param name="DoResize">Whether to resize.</param>
/// <param name="DoCenterCrop">Whether to centre-crop.</param>
/// <param name="DoRescale">Whether to rescale.</param>
/// <param name="DoNormalize">Whether to normalise.</param>
internal sealed record ClipPreprocessorConfig(
    int ShortestEdge,
    int CropHeight,
    int CropWidth,
    double RescaleFactor,
    double[] Mean,
    double[] Std,
    bool DoResize = true,
    bool DoCenterCrop = true,
    bool DoRescale = true,
    bool DoNormalize = true)
{
    /// <summary>Bicubic, the only resampling filter supported (PIL code 3, CLIP's choice).</summary>
    public const int BicubicResample = 3;

    /// <summary>Reads <paramref name="path"/>; fields CLIP does not set fall back to CLIP's values.</summary>
    /// <exception cref="Data.DataFormatException">A field has the wrong type or an unsupported value.</exception>
    public static ClipPreprocessorConfig Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var resample = Int(path, root, "resample", BicubicResample);
        if (resample != BicubicResample)
            throw new Data.DataFormatException(path, null, "resample", $"only bicubic resampling (3) is supported, got {resample}.");
        var size = root.TryGetProperty("size", out var s) ? s : default;
        var shortest = size.ValueKind == JsonValueKind.Object ? Int(path, size, "shortest_edge", 224)
            : size.ValueKind == JsonValueKind.Number ? size.GetInt32() : 224;
        var crop = root.TryGetProperty("crop_size", out var c) ? c : default;
        var (cropHeight, cropWidth) = crop.ValueKind == JsonValueKind.Object ? (Int(path, crop, "height", 224), Int(path, crop, "width", 224))
            : crop.ValueKind == JsonValueKind.Number ? (crop.GetInt32(), crop.GetInt32()) : (224, 224);
        var config = new ClipPreprocessorConfig(shortest, cropHeight, cropWidth,
            Double(path, root, "rescale_factor", 1.0 / 255),
            Triple(path, root, "image_mean", [0.48145466, 0.4578275, 0.40821073]),
            Triple(path, root, "image_std", [0.26862954, 0.26130258, 0.27577711]),
            Bool(path, root, "do_resize"), Bool(path, root, "do_center_crop"), Bool(path, root, "do_rescale"), Bool(path, root, "do_normalize"));
        if (shortest < 1 || cropHeight < 1 || cropWidth < 1)
            throw new Data.DataFormatException(path, null, "size", "sizes must be positive.");
        return config;
    }

    private static int Int(string path, JsonElement parent, string name, int fallback) =>
        !parent.TryGetProperty(name, out var v) ? fallback
        : v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i
        : throw new Data.DataFormatException(path, null, name, "must be an integer.");

    private static double Double(string path, JsonElement parent, string name, double fallback) =>
        !parent.TryGetProperty(name, out var v) ? fallback
        : v.ValueKind == JsonValueKind.Number ? v.GetDouble()
        : throw new Data.DataFormatException(path, null, name, "must be a number.");

    private static bool Bool(string path, JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var v) || v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new Data.DataFormatException(path, null, name, "must be true or false."),
        };

    private static double[] Triple(string path, JsonElement parent, string name, double[] fallback)
    {
        if (!parent.TryGetProperty(name, out var v)) return fallback;
        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() != 3 || v.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Number))
            throw new Data.DataFormatException(path, null, name, "must be an array of three numbers (R, G, B).");
        var values = v.EnumerateArray().Select(e => e.GetDouble()).ToArray();
        if (name == "image_std" && values.Any(x => x <= 0))
            throw new Data.DataFormatException(path, null, name, "standard deviations must be positive.");
        return values;
    }
}
