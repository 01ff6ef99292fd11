namespace Alchemist.Data;

/// <summary>
/// Reads a UTF-8 file line by line as bytes, without decoding to UTF-16: JSON parses straight from UTF-8, so the
/// round trip through strings that a <see cref="StreamReader"/> costs is saved. A leading byte-order mark is skipped
/// and a trailing '\r' removed.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Opens the file for one sequential pass.</summary>
    public Utf8LineReader(string path)
        : this(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
    {
    }

    /// <summary>Reads <paramref name="stream"/> (owned: disposed with the reader) for one sequential pass.</summary>
    public Utf8LineReader(Stream stream)
    {
        _stream = stream;
        Fill();
        if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8)) _start = 3;
    }

    /// <summary>
    /// The next line, or false at the end of the file. The bytes stay valid only until the next call: the buffer is
    /// reused.
    /// </summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Trim(_start, newline);
                _start += newline + 1;
                return true;
            }
            if (_eof)
            {
                var rest = _end - _start;
                line = Trim(_start, rest);
                _start = _end;
                return rest > 0;
            }
            Fill();
        }
    }

    private ReadOnlyMemory<byte> Trim(int start, int length) =>
        _buffer.AsMemory(start, length > 0 && _buffer[start + length - 1] == (byte)'\r' ? length - 1 : length);

    // Moves the unread tail to the front (growing the buffer for a line longer than it) and reads more.
    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _stream.Dispose();
}
