using System.Text.Json;

namespace Alchemist.Pipeline;

/// <summary>
/// <c>RUNDIR/stages.json</c>: each stage's input hash, so a re-run skips stages whose inputs did not change. The file
/// is rewritten after every stage, so an interrupted run keeps what finished.
/// </summary>
internal sealed class StageLog
{
    private readonly RunFolder _run;
    private readonly Dictionary<string, StageRecord> _previous;
    private readonly List<StageRecord> _current = [];

    private StageLog(RunFolder run, Dictionary<string, StageRecord> previous)
    {
        _run = run;
        _previous = previous;
    }

    /// <summary>The log file of a run.</summary>
    public static string PathOf(RunFolder run) => run.StagesPath;

    /// <summary>Opens the log of <paramref name="run"/> (empty when the run is new).</summary>
    public static StageLog Open(RunFolder run)
    {
        var path = PathOf(run);
        var previous = new Dictionary<string, StageRecord>();
        if (File.Exists(path))
        {
            try
            {
                foreach (var record in JsonSerializer.Deserialize<StageRecord[]>(File.ReadAllText(path), ArtifactJson.Options) ?? [])
                    previous[record.Stage] = record;
            }
            catch (JsonException)
            {
                // An unreadable log only costs a full re-run.
            }
        }
        return new StageLog(run, previous);
    }

    /// <summary>The stages of this invocation, in order.</summary>
    public IReadOnlyList<StageRecord> Current => _current;

    /// <summary>
    /// True when <paramref name="stage"/> last ran on inputs with <paramref name="hash"/> and every artifact still exists
    /// and matches its <see cref="ArtifactChecksum"/> (a damaged artifact is rebuilt, not skipped over).
    /// </summary>
    public bool Unchanged(string stage, string hash, params string[] artifacts) =>
        _previous.TryGetValue(stage, out var record) && record.InputHash == hash
        && artifacts.All(a => Directory.Exists(a) || (File.Exists(a) && ArtifactChecksum.IsIntact(a)));

    /// <summary>Records a stage and rewrites the log (atomically).</summary>
    public void Record(StageRecord record)
    {
        _current.Add(record);
        _previous[record.Stage] = record;
        Directory.CreateDirectory(_run.Root);
        // This invocation's stages in the order they ran, then any stage it has not reached (yet, or at all).
        var ordered = _current.Concat(_previous.Values.Where(p => !_current.Exists(c => c.Stage == p.Stage))).ToArray();
        AtomicFile.WriteAllText(PathOf(_run), JsonSerializer.Serialize(ordered, ArtifactJson.Options));
    }
}
