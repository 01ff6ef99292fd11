using System.IO.MemoryMappedFiles;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// The memory-mapped file through which each worker tells its parent, without any message, which cell it is on
/// (so the parent can kill it on a deadline and name the culprit afterwards), how many rows it has written, and the
/// time spent per program. One slot per worker:
/// <code>
/// int64        cursor: row × columns + column of the cell running now, or <see cref="Starting"/> / <see cref="Between"/>
/// int64        committed: the end of the rows whose cells are in the result file
/// m × float64  seconds spent per program by this launch
/// </code>
/// </summary>
internal sealed class WorkerStatus : IDisposable
{
    /// <summary>The worker is starting (loading, compiling): no program runs yet.</summary>
    public const long Starting = -3;

    /// <summary>The worker is between cells (reading rows, writing results): no program runs.</summary>
    public const long Between = -2;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly int _columns;

    private WorkerStatus(MemoryMappedFile file, int columns)
    {
        _file = file;
        _view = file.CreateViewAccessor();
        _columns = columns;
    }

    /// <summary>Bytes of one slot.</summary>
    public static long SlotBytes(int columns) => (16 + 8L * columns + 63) / 64 * 64;

    /// <summary>Creates the file for <paramref name="slots"/> workers (parent side).</summary>
    public static WorkerStatus Create(string path, int slots, int columns)
    {
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite))
            stream.SetLength(SlotBytes(columns) * slots);
        return Open(path, columns);
    }

    /// <summary>Maps an existing status file (worker side).</summary>
    public static WorkerStatus Open(string path, int columns) =>
        new(MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite), columns);

    private long Base(int slot) => slot * SlotBytes(_columns);

    /// <summary>The cell a worker runs now (or a sentinel).</summary>
    public long Cursor(int slot) => _view.ReadInt64(Base(slot));

    /// <summary>Publishes the cell a worker runs now.</summary>
    public void SetCursor(int slot, long cursor) => _view.Write(Base(slot), cursor);

    /// <summary>The end of the rows a worker has written.</summary>
    public long Committed(int slot) => _view.ReadInt64(Base(slot) + 8);

    /// <summary>Records the rows written so far and the time per program.</summary>
    public void Commit(int slot, long committedRows, double[] seconds)
    {
        for (var j = 0; j < seconds.Length; j++) _view.Write(Base(slot) + 16 + 8 * j, seconds[j]);
        _view.Write(Base(slot) + 8, committedRows);
    }

    /// <summary>The time per program of a worker's launch.</summary>
    public double Seconds(int slot, int column) => _view.ReadDouble(Base(slot) + 16 + 8 * column);

    /// <summary>Clears a slot before a launch.</summary>
    public void Reset(int slot, long committedRows)
    {
        SetCursor(slot, Starting);
        Commit(slot, committedRows, new double[_columns]);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}
