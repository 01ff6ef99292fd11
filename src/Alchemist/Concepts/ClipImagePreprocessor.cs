namespace Alchemist.Concepts;

/// <summary>
/// CLIPImageProcessor in C#: shorter side resized to <see cref="ClipPreprocessorConfig.ShortestEdge"/> with PIL's
/// bicubic filter (antialiased when shrinking, 8-bit fixed point, rounded and clamped after each pass, so the bytes
/// match Pillow's), centre crop, rescale by 1/255, normalise with the mean and standard deviation, channels first.
/// </summary>
internal sealed class ClipImagePreprocessor(ClipPreprocessorConfig config)
{
    // Pillow's fixed-point precision for 8-bit images (32 − 8 − 2 bits).
    private const int PrecisionBits = 22;

    /// <summary>The configuration in use.</summary>
    public ClipPreprocessorConfig Config { get; } = config ?? throw new ArgumentNullException(nameof(config));

    /// <summary>Floats per preprocessed image (3 × crop height × crop width).</summary>
    public int TensorLength => 3 * Config.CropHeight * Config.CropWidth;

    /// <summary>Writes the normalised CHW tensor of <paramref name="image"/> to <paramref name="destination"/>.</summary>
    /// <exception cref="AlchemistException">The image is smaller than the crop after resizing (crop padding is not supported).</exception>
    public void Preprocess(RgbImage image, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (destination.Length != TensorLength) throw new ArgumentException($"Need {TensorLength} floats.", nameof(destination));
        var resized = Config.DoResize ? Resize(image, ResizedSize(image.Width, image.Height, Config.ShortestEdge)) : image;
        var (height, width) = Config.DoCenterCrop ? (Config.CropHeight, Config.CropWidth) : (resized.Height, resized.Width);
        if (height != Config.CropHeight || width != Config.CropWidth || resized.Height < height || resized.Width < width)
            throw new AlchemistException(
                $"An image of {image.Width}x{image.Height} gives {resized.Width}x{resized.Height} after resizing, which cannot fill the {Config.CropWidth}x{Config.CropHeight} crop.");
        var top = (resized.Height - height) / 2;
        var left = (resized.Width - width) / 2;
        for (var c = 0; c < 3; c++)
        {
            var scale = Config.DoRescale ? Config.RescaleFactor : 1.0;
            var (mean, std) = Config.DoNormalize ? (Config.Mean[c], Config.Std[c]) : (0.0, 1.0);
            var plane = destination.Slice(c * height * width, height * width);
            for (var y = 0; y < height; y++)
                for (var x = 0; x < width; x++)
                    plane[y * width + x] = (float)((resized[left + x, top + y, c] * scale - mean) / std);
        }
    }

    /// <summary>
    /// The size after resizing the shorter side to <paramref name="shortest"/>: the longer side is scaled and
    /// truncated to an integer, as transformers' get_resize_output_image_size does.
    /// </summary>
    public static (int Width, int Height) ResizedSize(int width, int height, int shortest) =>
        width <= height ? (shortest, (int)((long)shortest * height / width)) : ((int)((long)shortest * width / height), shortest);

    /// <summary>Resizes with Pillow's bicubic resampling: horizontal pass, then vertical, each skipped when its size is unchanged.</summary>
    public static RgbImage Resize(RgbImage image, (int Width, int Height) size)
    {
        ArgumentNullException.ThrowIfNull(image);
        var result = image;
        if (size.Width != image.Width) result = Pass(result, size.Width, horizontal: true);
        if (size.Height != image.Height) result = Pass(result, size.Height, horizontal: false);
        return result;
    }

    private static RgbImage Pass(RgbImage image, int outSize, bool horizontal)
    {
        var inSize = horizontal ? image.Width : image.Height;
        var (bounds, weights, span) = Coefficients(inSize, outSize);
        var (width, height) = horizontal ? (outSize, image.Height) : (image.Width, outSize);
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var o = horizontal ? x : y;
                var (start, count) = bounds[o];
                for (var c = 0; c < 3; c++)
                {
                    long sum = 1L << (PrecisionBits - 1);
                    for (var k = 0; k < count; k++)
                    {
                        var value = horizontal ? image[start + k, y, c] : image[x, start + k, c];
                        sum += value * weights[o * span + k];
                    }
                    pixels[(y * width + x) * 3 + c] = (byte)Math.Clamp(sum >> PrecisionBits, 0, 255);
                }
            }
        return new RgbImage(width, height, pixels);
    }

    /// <summary>Pillow's precompute_coeffs for the bicubic filter, converted to 22-bit fixed point.</summary>
    private static ((int Start, int Count)[] Bounds, long[] Weights, int Span) Coefficients(int inSize, int outSize)
    {
        const double support = 2.0;
        var scale = (double)inSize / outSize;
        var filterScale = Math.Max(scale, 1.0);
        var radius = support * filterScale;
        var span = (int)Math.Ceiling(radius) * 2 + 1;
        var bounds = new (int, int)[outSize];
        var weights = new long[outSize * span];
        var k = new double[span];
        for (var o = 0; o < outSize; o++)
        {
            var center = (o + 0.5) * scale;
            var min = Math.Max((int)(center - radius + 0.5), 0);
            var count = Math.Min((int)(center + radius + 0.5), inSize) - min;
            var total = 0.0;
            for (var i = 0; i < count; i++)
            {
                k[i] = Bicubic((i + min - center + 0.5) / filterScale);
                total += k[i];
            }
            for (var i = 0; i < count; i++)
            {
                var w = total != 0.0 ? k[i] / total : 0.0;
                weights[o * span + i] = (long)(w * (1 << PrecisionBits) + (w < 0 ? -0.5 : 0.5));
            }
            bounds[o] = (min, count);
        }
        return (bounds, weights, span);
    }

    /// <summary>Keys' cubic with a = −0.5, as Pillow uses.</summary>
    private static double Bicubic(double x)
    {
        const double a = -0.5;
        x = Math.Abs(x);
        if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
        if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
        return 0.0;
    }
}
