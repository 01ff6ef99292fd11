using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// The texts of a split as one file the worker reads itself, so rows never travel as messages. Little-endian layout:
/// <code>
/// bytes 0-3     magic "ALTX"
/// int32         version (1)
/// int64         rows n
/// (n+1) int64   byte offset of each row's text from the start of the data (the last one is the data length)
/// ...           UTF-8 text of every row, back to back
/// </code>
/// UTF-8 rather than UTF-16 halves the file for the mostly-ASCII texts this tool sees; decoding is cheap next to a program.
/// </summary>
internal static class TextColumnFile
{
    private const int Version = 1;
    private const int HeaderBytes = 16;
    private static ReadOnlySpan<byte> Magic => "ALTX"u8;

    /// <summary>Writes <paramref name="texts"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<string> texts)
    {
        var offsets = new byte[(texts.Count + 1L) * 8];
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        var header = new byte[HeaderBytes];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), Version);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), texts.Count);
        stream.Write(header);
        stream.Write(offsets);
        var buffer = new byte[1 << 16];
        long position = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(offsets.AsSpan(i * 8), position);
            var text = texts[i] ?? "";
            var length = Encoding.UTF8.GetByteCount(text);
            if (length > buffer.Length) buffer = new byte[length];
            Encoding.UTF8.GetBytes(text, buffer);
            stream.Write(buffer, 0, length);
            position += length;
        }
        BinaryPrimitives.WriteInt64LittleEndian(offsets.AsSpan(texts.Count * 8), position);
        stream.Position = HeaderBytes;
        stream.Write(offsets);
    }

    /// <summary>Reads blocks of rows from a text column file.</summary>
    public sealed class Reader : IDisposable
    {
        private readonly SafeFileHandle _file;
        private readonly string _path;
        private byte[] _buffer = new byte[1 << 16];

        /// <summary>Opens the file and checks its header.</summary>
        public Reader(string path)
        {
            _path = path;
            _file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            Span<byte> header = stackalloc byte[HeaderBytes];
            if (RandomAccess.Read(_file, header, 0) != HeaderBytes || !header[..4].SequenceEqual(Magic)
                || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != Version)
                throw new AlchemistException($"{path} is not a text column file of version {Version}.");
            Rows = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        }

        /// <summary>Number of rows in the file.</summary>
        public long Rows { get; }

        /// <summary>Decodes rows <paramref name="first"/> .. first + destination.Length - 1 into <paramref name="destination"/>.</summary>
        public void Read(long first, Span<string> destination)
        {
            if (first < 0 || first + destination.Length > Rows) throw new ArgumentOutOfRangeException(nameof(first));
            var offsets = new byte[(destination.Length + 1) * 8];
            ReadExactly(offsets, HeaderBytes + first * 8);
            long Offset(int i) => BinaryPrimitives.ReadInt64LittleEndian(offsets.AsSpan(i * 8));
            var start = Offset(0);
            var length = checked((int)(Offset(destination.Length) - start));
            if (_buffer.Length < length) _buffer = new byte[length];
            ReadExactly(_buffer.AsSpan(0, length), HeaderBytes + (Rows + 1) * 8 + start);
            for (var i = 0; i < destination.Length; i++)
                destination[i] = Encoding.UTF8.GetString(_buffer, (int)(Offset(i) - start), (int)(Offset(i + 1) - Offset(i)));
        }

        private void ReadExactly(Span<byte> destination, long offset)
        {
            while (destination.Length > 0)
            {
                var read = RandomAccess.Read(_file, destination, offset);
                if (read == 0) throw new AlchemistException($"{_path} is truncated at byte {offset}.");
                destination = destination[read..];
                offset += read;
            }
        }

        /// <inheritdoc />
        public void Dispose() => _file.Dispose();
    }
}
