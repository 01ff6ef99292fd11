using System.IO.MemoryMappedFiles;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// The memory-mapped file through which a worker tells its parent, without any message, where it is — so that when
/// it dies (its CPU watchdog ended it, or it crashed) the parent can name the cell — how many rows it has written,
/// and the time its program took:
/// <code>
/// int64    cursor: the row (or the program being compiled) the worker is on, or a sentinel below 0
/// int64    committed: the end of the rows whose cells are in the result file
/// float64  seconds spent in the program
/// </code>
/// </summary>
internal sealed class WorkerStatus : IDisposable
{
    /// <summary>The worker is starting (runtime start, jail, loading): no program code runs yet.</summary>
    public const long Starting = -3;

    /// <summary>The worker is between rows (reading rows, writing results): no program runs.</summary>
    public const long Between = -2;

    /// <summary>The worker is creating the program and running it once on an empty row, outside any row's deadline.</summary>
    public const long WarmingUp = -4;

    private const int Bytes = 64;
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;

    /// <summary>
    /// The view's address: the cursor is written before every cell, and a plain aligned 8-byte store through it costs
    /// a nanosecond where the accessor's checked write costs tens.
    /// </summary>
    private readonly IntPtr _address;

    private WorkerStatus(MemoryMappedFile file)
    {
        _file = file;
        _view = file.CreateViewAccessor(0, Bytes);
        var added = false;
        _view.SafeMemoryMappedViewHandle.DangerousAddRef(ref added);
        _address = _view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)_view.PointerOffset;
    }

    /// <summary>Creates (or clears) the file of one worker, parent side.</summary>
    public static WorkerStatus Create(string path)
    {
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite)) stream.SetLength(Bytes);
        var status = Open(path);
        status.Reset(0);
        return status;
    }

    /// <summary>Maps an existing status file.</summary>
    public static WorkerStatus Open(string path) =>
        new(MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite));

    /// <summary>Where the worker is.</summary>
    public long Cursor => System.Runtime.InteropServices.Marshal.ReadInt64(_address);

    /// <summary>Publishes where the worker is.</summary>
    public void SetCursor(long cursor) => System.Runtime.InteropServices.Marshal.WriteInt64(_address, cursor);

    /// <summary>The end of the rows written so far.</summary>
    public long Committed => _view.ReadInt64(8);

    /// <summary>Seconds spent in the program by this launch.</summary>
    public double Seconds => _view.ReadDouble(16);

    /// <summary>Records the rows written so far and the time in the program.</summary>
    public void Commit(long committedRows, double seconds)
    {
        _view.Write(16, seconds);
        _view.Write(8, committedRows);
    }

    /// <summary>Clears the status before a job.</summary>
    public void Reset(long committedRows)
    {
        SetCursor(Starting);
        Commit(committedRows, 0);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_view.SafeMemoryMappedViewHandle is { IsClosed: false } handle) handle.DangerousRelease();
        _view.Dispose();
        _file.Dispose();
    }
}
