namespace Alchemist.Concepts;

/// <summary>An 8-bit RGB image, row-major, three interleaved bytes per pixel.</summary>
/// <param name="Width">Pixels per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="Pixels">Width × Height × 3 bytes: R, G, B of each pixel.</param>
internal sealed record RgbImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>The value of one channel (0 = R, 1 = G, 2 = B) of pixel (x, y).</summary>
    public byte this[int x, int y, int channel] => Pixels[(y * Width + x) * 3 + channel];
}
