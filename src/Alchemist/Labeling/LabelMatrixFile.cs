using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Alchemist.Labeling;

/// <summary>
/// The binary file of a <see cref="LabelMatrix"/> (<c>label_matrix.bin</c>). Little-endian layout:
/// <code>
/// bytes 0-3   magic "ALMX"
/// uint16      format version (1)
/// uint16      reserved, 0
/// int32       rows n
/// int32       columns m
/// m times     int32 byte length + UTF-8 program name
/// n × m       sbyte cells, row-major (class id, or -1 for abstain)
/// uint64      FNV-1a 64 checksum of every byte before it
/// </code>
/// Writes are atomic; reads reject a foreign, truncated or corrupted file with a message naming it.
/// </summary>
internal static class LabelMatrixFile
{
    /// <summary>The current format version.</summary>
    public const ushort Version = 1;

    private static ReadOnlySpan<byte> Magic => "ALMX"u8;

    /// <summary>Writes <paramref name="matrix"/> to <paramref name="path"/> atomically (temp file + move).</summary>
    public static void Save(string path, LabelMatrix matrix)
    {
        var header = Header(matrix);
        var hash = Fnv1a.Offset;
        hash = Fnv1a.Add(hash, header);
        var cells = MemoryMarshal.AsBytes(matrix.Cells);
        hash = Fnv1a.Add(hash, cells);
        var trailer = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(trailer, hash);
        AtomicFile.Write(path, stream =>
        {
            stream.Write(header);
            stream.Write(MemoryMarshal.AsBytes(matrix.Cells));
            stream.Write(trailer);
        });
    }

    /// <summary>Reads a matrix written by <see cref="Save"/>.</summary>
    /// <exception cref="AlchemistException">The file is missing, not a label matrix, of another version, truncated or corrupt.</exception>
    public static LabelMatrix Load(string path)
    {
        if (!File.Exists(path)) throw new AlchemistException($"{path} is missing: run 'alchemist apply' first.");
        var bytes = File.ReadAllBytes(path);
        AlchemistException Bad(string problem) => new($"{path} is not a readable label matrix: {problem}.");
        if (bytes.Length < 16 || !bytes.AsSpan(0, 4).SequenceEqual(Magic)) throw Bad("wrong magic number (not a label_matrix.bin file)");
        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4));
        if (version != Version) throw Bad($"format version {version}, this build reads version {Version}");
        var rows = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        var columns = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        if (rows < 0 || columns < 0) throw Bad($"negative size {rows}×{columns}");
        var position = 16;
        var names = new string[columns];
        for (var j = 0; j < columns; j++)
        {
            if (position + 4 > bytes.Length) throw Bad("truncated in the program names");
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position));
            position += 4;
            if (length < 0 || position + length > bytes.Length) throw Bad($"truncated or corrupt name of column {j}");
            names[j] = Encoding.UTF8.GetString(bytes, position, length);
            position += length;
        }
        var cellCount = (long)rows * columns;
        if (position + cellCount + 8 != bytes.Length)
            throw Bad($"expected {position + cellCount + 8} bytes for {rows}×{columns} cells, found {bytes.Length} (truncated or corrupt)");
        var stored = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8));
        if (Fnv1a.Add(Fnv1a.Offset, bytes.AsSpan(0, bytes.Length - 8)) != stored) throw Bad("checksum mismatch (the file is corrupt)");
        var cells = MemoryMarshal.Cast<byte, sbyte>(bytes.AsSpan(position, (int)cellCount)).ToArray();
        return new LabelMatrix(rows, columns, cells, names);
    }

    private static byte[] Header(LabelMatrix matrix)
    {
        var names = matrix.ProgramNames.Select(Encoding.UTF8.GetBytes).ToArray();
        var header = new byte[16 + names.Sum(n => 4 + n.Length)];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), Version);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), matrix.Rows);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), matrix.Columns);
        var position = 16;
        foreach (var name in names)
        {
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(position), name.Length);
            name.CopyTo(header, position + 4);
            position += 4 + name.Length;
        }
        return header;
    }

    /// <summary>64-bit FNV-1a: a simple, dependency-free checksum that catches truncation and flipped bytes.</summary>
    private static class Fnv1a
    {
        public const ulong Offset = 14695981039346656037;
        private const ulong Prime = 1099511628211;

        public static ulong Add(ulong hash, ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes) hash = (hash ^ b) * Prime;
            return hash;
        }
    }
}
