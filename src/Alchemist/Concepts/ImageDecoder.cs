using SkiaSharp;

namespace Alchemist.Concepts;

/// <summary>Decodes JPEG, PNG (and the other formats Skia reads) to 8-bit RGB; alpha is dropped, as PIL's convert("RGB") does.</summary>
internal static class ImageDecoder
{
    /// <summary>Decodes the image file at <paramref name="path"/>.</summary>
    /// <exception cref="AlchemistException">The file is not an image Skia can decode.</exception>
    public static RgbImage Decode(string path)
    {
        using var stream = File.OpenRead(path);
        using var decoded = SKBitmap.Decode(stream)
            ?? throw new AlchemistException($"{path}: not an image this build can decode (JPEG, PNG, WebP, GIF, BMP).");
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var rgba = new SKBitmap(info);
        if (!decoded.CopyTo(rgba, SKColorType.Rgba8888))
            throw new AlchemistException($"{path}: the image could not be converted to RGB.");
        var source = rgba.GetPixelSpan();
        var pixels = new byte[decoded.Width * decoded.Height * 3];
        for (int p = 0, q = 0; q < pixels.Length; p += 4, q += 3)
        {
            pixels[q] = source[p];
            pixels[q + 1] = source[p + 1];
            pixels[q + 2] = source[p + 2];
        }
        return new RgbImage(decoded.Width, decoded.Height, pixels);
    }
}
