using Alchemist.Concepts;
using SkiaSharp;

namespace Alchemist.Tests.Concepts;

public sealed class ClipImagePreprocessorTests
{
    private static readonly double[] Mean = [0.48145466, 0.4578275, 0.40821073];
    private static readonly double[] Std = [0.26862954, 0.26130258, 0.27577711];

    /// <summary>A width × height image whose red row is <paramref name="red"/>, green 50 and blue 0 everywhere.</summary>
    private static RgbImage Image(int height, params byte[] red)
    {
        var pixels = new byte[red.Length * height * 3];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < red.Length; x++)
            {
                pixels[(y * red.Length + x) * 3] = red[x];
                pixels[(y * red.Length + x) * 3 + 1] = 50;
            }
        return new RgbImage(red.Length, height, pixels);
    }

    [Fact]
    public void Bicubic_halving_matches_hand_computed_pillow_weights()
    {
        // Scale 2: support 4, taps at distances ±0.25, 0.75, 1.25 (scaled by 1/2) → weights 0.8671875, 0.8671875,
        // 0.2265625, −0.0703125 (sum 1.890625). Output 0: (100·0.8671875 + 200·0.2265625 − 255·0.0703125) / 1.890625
        // = 60.35 → 60; output 1: (100·0.2265625 + 200·0.8671875 + 255·0.8671875) / 1.890625 = 220.68 → 221.
        var resized = ClipImagePreprocessor.Resize(Image(1, 0, 100, 200, 255), (2, 1));
        Assert.Equal(60, resized[0, 0, 0]);
        Assert.Equal(221, resized[1, 0, 0]);
        Assert.Equal(50, resized[0, 0, 1]);
        Assert.Equal(0, resized[1, 0, 2]);
    }

    [Fact]
    public void Shortest_side_resize_crop_and_normalisation_match_hand_computed_values()
    {
        // 4×2 → shortest edge 1 gives 2×1 (the rows are equal, so the vertical pass keeps them); the 1×1 centre crop
        // takes column (2 − 1) / 2 = 0, the 60 of the previous test.
        var config = new ClipPreprocessorConfig(1, 1, 1, 1.0 / 255, Mean, Std);
        var tensor = new float[3];
        new ClipImagePreprocessor(config).Preprocess(Image(2, 0, 100, 200, 255), tensor);
        Assert.Equal((60 / 255.0 - Mean[0]) / Std[0], tensor[0], 5);
        Assert.Equal((50 / 255.0 - Mean[1]) / Std[1], tensor[1], 5);
        Assert.Equal((0 - Mean[2]) / Std[2], tensor[2], 5);
    }

    [Fact]
    public void Centre_crop_is_channels_first_from_the_middle_columns()
    {
        // 4×2 with shortest edge 2: no resize; the 2×2 crop starts at column (4 − 2) / 2 = 1.
        var config = new ClipPreprocessorConfig(2, 2, 2, 1.0 / 255, [0, 0, 0], [1, 1, 1]);
        var tensor = new float[12];
        new ClipImagePreprocessor(config).Preprocess(Image(2, 10, 20, 30, 40), tensor);
        float[] expectedRed = [20 / 255f, 30 / 255f, 20 / 255f, 30 / 255f];
        Assert.Equal(expectedRed, tensor[..4], (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.All(tensor[4..8], v => Assert.Equal(50 / 255f, v, 6));
        Assert.All(tensor[8..], v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Resized_size_truncates_the_longer_side()
    {
        Assert.Equal((224, 298), ClipImagePreprocessor.ResizedSize(300, 400, 224));
        Assert.Equal((298, 224), ClipImagePreprocessor.ResizedSize(400, 300, 224));
    }

    [Fact]
    public void Fixture_config_is_read()
    {
        var config = ClipPreprocessorConfig.Load(Path.Combine(ClipFixture.Folder, "preprocessor_config.json"));
        Assert.Equal(224, config.ShortestEdge);
        Assert.Equal(224, config.CropHeight);
        Assert.Equal(Std, config.Std);
    }

    [Fact]
    public void Png_decodes_to_rgb_without_alpha()
    {
        using var folder = new Data.TempFolder();
        var path = folder.PathOf("dot.png");
        using (var bitmap = new SKBitmap(new SKImageInfo(2, 1, SKColorType.Rgba8888, SKAlphaType.Unpremul)))
        {
            bitmap.SetPixel(0, 0, new SKColor(200, 10, 20));
            bitmap.SetPixel(1, 0, new SKColor(1, 2, 3));
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(path, data.ToArray());
        }
        var image = ImageDecoder.Decode(path);
        Assert.Equal([200, 10, 20, 1, 2, 3], image.Pixels);
        File.WriteAllText(path, "not an image");
        Assert.Contains("dot.png", Assert.Throws<AlchemistException>(() => ImageDecoder.Decode(path)).Message);
    }
}
