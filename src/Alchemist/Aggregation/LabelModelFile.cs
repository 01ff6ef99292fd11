using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alchemist.Aggregation;

/// <summary>
/// Saves and loads fitted label models as JSON (<c>RUNDIR/label_model.json</c>).
/// </summary>
/// <remarks>
/// The file is one object with snake_case keys: <c>format</c> ("alchemist-label-model"), <c>version</c> (1),
/// <c>model</c> (mv, wmv, ds, snorkel, flyingsquid), <c>classes</c>, <c>programs</c> (column names in order),
/// <c>class_balance</c> and <c>class_balance_source</c>, <c>program_accuracies</c> (null for mv),
/// <c>settings</c> (hyper-parameters by name), <c>parameters</c> (learned arrays by name, row-major; layouts are
/// documented on each model's Export) and, for a model picked by <c>auto</c>, <c>selected_by</c> (each candidate's
/// held-out agreement) and, when some columns were left out of the fit, <c>ignored_programs</c> (their names: a matrix
/// with them besides <c>programs</c> is predicted on <c>programs</c> alone). Writes go to a temporary file that is then moved over the target.
/// </remarks>
public static class LabelModelFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes a fitted model atomically.</summary>
    public static void Save(string path, FittedLabelModel model) => Save(path, model.Export());

    /// <summary>Writes a model state atomically, with its <see cref="ArtifactChecksum"/>.</summary>
    public static void Save(string path, LabelModelState state)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(state, Json));
        ArtifactChecksum.Record(path);
    }

    /// <summary>Reads a model saved by <see cref="Save(string, FittedLabelModel)"/>, ready to predict.</summary>
    /// <exception cref="AlchemistException">Missing file, not a label-model file, unknown version or model, or bad parameters.</exception>
    public static FittedLabelModel Load(string path)
    {
        if (!File.Exists(path)) throw new AlchemistException($"Label model file {path} does not exist.");
        ArtifactChecksum.Verify(path, "re-run `alchemist aggregate`");
        LabelModelState state;
        try
        {
            state = JsonSerializer.Deserialize<LabelModelState>(File.ReadAllText(path), Json)
                ?? throw new AlchemistException($"{path}: empty label model file.");
        }
        catch (JsonException e)
        {
            throw new AlchemistException($"{path}, line {e.LineNumber + 1}, field '{e.Path}': {e.Message}", e);
        }
        if (state.Format != LabelModelState.FormatName)
            throw new AlchemistException($"{path}, field 'format': expected '{LabelModelState.FormatName}', got '{state.Format}'.");
        if (state.Version != LabelModelState.CurrentVersion)
            throw new AlchemistException($"{path}, field 'version': version {state.Version} is not supported (this build reads {LabelModelState.CurrentVersion}).");
        if (state.ClassBalance.Count != state.Classes)
            throw new AlchemistException($"{path}, field 'class_balance': {state.ClassBalance.Count} entries for {state.Classes} classes.");
        try
        {
            return FittedLabelModel.Create(state, state.Balance());
        }
        catch (AlchemistException e)
        {
            throw new AlchemistException($"{path}: {e.Message}", e);
        }
    }
}
