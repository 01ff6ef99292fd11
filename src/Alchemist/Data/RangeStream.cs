namespace Alchemist.Data;

/// <summary>A read-only stream of some bytes held in memory (a CSV header) followed by one window of a file.</summary>
internal sealed class RangeStream : Stream
{
    private readonly byte[] _prefix;
    private readonly FileStream _file;
    private readonly long _end;
    private int _prefixRead;

    /// <summary>Opens <paramref name="path"/> at <paramref name="start"/>; the stream ends at <paramref name="end"/>.</summary>
    public RangeStream(string path, byte[] prefix, long start, long end)
    {
        _prefix = prefix;
        _end = end;
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        _file.Seek(start, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefixRead < _prefix.Length)
        {
            var n = Math.Min(buffer.Length, _prefix.Length - _prefixRead);
            _prefix.AsSpan(_prefixRead, n).CopyTo(buffer);
            _prefixRead += n;
            return n;
        }
        var left = _end - _file.Position;
        return left <= 0 ? 0 : _file.Read(buffer[..(int)Math.Min(buffer.Length, left)]);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _file.Dispose();
        base.Dispose(disposing);
    }
}
