using System.CommandLine;
using System.Globalization;
using Alchemist.Data;
using Alchemist.Llm;
using Alchemist.Tasks;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist init</c>: reads the user's data (refusing a path that does not exist), proposes the text field(s), the
/// label column and the label values from its columns, and writes a commented task spec that runs, the editable price
/// table and optionally the prompt templates.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var command = new Command("init", "Create a project from your data: reads its columns, proposes the text and label fields and the labels, writes alchemist.yaml and prices.json.");
        var directory = ProjectArgument.Create();
        var name = new Option<string?>("--name") { Description = "The task's name (default: the folder's name)." };
        var data = new Option<string>("--data") { Description = "The data: a CSV/TSV/JSONL/JSON/Parquet file or a WRENCH folder (relative to the current folder, or to the project folder).", Required = true };
        var labels = new Option<string?>("--labels") { Description = "Class names in id order, comma-separated (default: the label column's values)." };
        var textFields = new Option<string[]>("--text-field") { Description = "Column holding the text; repeat for several (default: detected from the data)." };
        var labelField = new Option<string?>("--label-field") { Description = "Column holding gold labels (default: detected from the data)." };
        var provider = new Option<string>("--provider") { Description = "openai or anthropic.", DefaultValueFactory = _ => "openai" };
        provider.CompletionSources.Add("openai", "anthropic");
        provider.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } given && given is not ("openai" or "anthropic"))
                result.AddError($"--provider '{given}' is not one Alchemist speaks: use openai (also Ollama, vLLM, LM Studio or llama.cpp with a base_url) or anthropic.");
        });
        var model = new Option<string>("--model") { Description = "The model name.", DefaultValueFactory = _ => "gpt-4o-mini" };
        var templates = new Option<bool>("--templates") { Description = "Also write the prompt templates into prompts/ for editing." };
        var force = new Option<bool>("--force") { Description = "Overwrite existing files." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout." };
        command.Arguments.Add(directory);
        foreach (var option in new Option[] { name, data, labels, textFields, labelField, provider, model, templates, force, json }) command.Options.Add(option);
        Examples.Add(command, "alchemist init my-task --data comments.csv", "alchemist init my-task --data reviews.jsonl --text-field title --text-field body --label-field stars");
        command.SetAction(r =>
        {
            var io = CommandOutput.Of(r);
            var folder = Path.GetFullPath(r.GetValue(directory)!);
            var dataPath = Locate(r.GetValue(data)!, folder);
            var profile = DatasetLoader.FormatOf(new DataSourceSpec(dataPath)) is "wrench" or "parquet" ? null : DataProfile.Read(dataPath);
            var given = r.GetValue(textFields);
            var text = given is { Length: > 0 } ? given : profile?.TextFields;
            var label = r.GetValue(labelField) ?? profile?.LabelField;
            var labelNames = r.GetValue(labels) is { } list
                ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : LabelsOf(dataPath, label, profile);
            var relativeData = Path.GetRelativePath(folder, dataPath);
            string spec;
            try
            {
                spec = TaskSpecTemplate.Render(r.GetValue(name) ?? new DirectoryInfo(folder).Name, relativeData, labelNames, r.GetValue(provider)!, r.GetValue(model)!,
                    text, label, profile is null ? null : Describe(profile));
            }
            catch (ArgumentException e)
            {
                throw new AlchemistException($"--labels: {e.Message}");
            }
            var files = new Dictionary<string, string>
            {
                [TaskSpec.FileName] = spec,
                [PriceTable.FileName] = PriceTable.DefaultJson(),
            };
            if (r.GetValue(templates))
                foreach (var template in PromptTemplates.Names)
                    files[Path.Combine(PromptTemplates.OverrideFolder, template + ".txt")] = PromptTemplates.Default(template);
            var existing = files.Keys.Where(f => File.Exists(Path.Combine(folder, f))).ToArray();
            if (existing.Length > 0 && !r.GetValue(force))
                throw new AlchemistException($"{Path.Combine(folder, existing[0])} already exists; use --force to overwrite.");
            foreach (var (file, content) in files) AtomicFile.WriteAllText(Path.Combine(folder, file), content);
            // The spec must load as written: a proposal that does not fit the data fails here, not at the first run.
            var loaded = TaskSpecLoader.Load(folder);
            var rows = DatasetLoader.Load(loaded.Data with { Holdout = null }, loaded.Labels).Count;
            if (r.GetValue(json))
                io.Json(new InitJson(folder, files.Keys.Order().ToArray(), dataPath, rows, loaded.Data.TextFields, loaded.Data.LabelField, loaded.Labels.Names,
                    loaded.Data.Holdout?.Fraction));
            else Print(io.Error, folder, files.Keys, loaded, rows, profile);
            return 0;
        });
        return command;
    }

    /// <summary>The data path as typed (relative to the current folder), else relative to the project folder; refuses one that exists in neither.</summary>
    private static string Locate(string path, string folder)
    {
        foreach (var candidate in new[] { Path.GetFullPath(path), Path.GetFullPath(Path.Combine(folder, path)) })
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        throw new AlchemistException($"--data {path}: no such file or folder (looked in {Directory.GetCurrentDirectory()} and {folder}).");
    }

    /// <summary>The label column's values, a WRENCH dataset's own classes, or a clear request for --labels.</summary>
    private static string[] LabelsOf(string dataPath, string? labelField, DataProfile? profile)
    {
        if (profile is null && DatasetLoader.FormatOf(new DataSourceSpec(dataPath)) == "wrench")
            return DatasetLoader.Load(new DataSourceSpec(dataPath, Split: Directory.Exists(dataPath) ? "train" : null)).Labels.Names.ToArray();
        if (profile is null)
            throw new AlchemistException($"{dataPath}: init does not read the columns of this format; give --labels NAME,NAME (and --text-field, --label-field).");
        if (profile.Labels is { } found && profile.LabelField == labelField) return found.ToArray();
        if (labelField is not null && profile.Columns.FirstOrDefault(c => c.Name == labelField) is { FewValues: true } column)
            return column.Distinct.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        throw new AlchemistException($"{dataPath}: no column looks like a label (2 to {DataProfile.MaxClasses} distinct values); give the classes with --labels NAME,NAME.");
    }

    /// <summary>Comment lines for the spec: each column with what it looks like.</summary>
    private static string[] Describe(DataProfile profile) =>
    [
        $"Read by alchemist init from the first {profile.Rows:N0} rows; columns:",
        .. profile.Columns.Select(c => c.FewValues
            ? $"  {c.Name}: {c.Distinct.Count} values ({string.Join(", ", c.Distinct.Select(p => $"{p.Key} {p.Value}"))})"
            : $"  {c.Name}: free text, {c.AverageLength.ToString("0", CultureInfo.InvariantCulture)} characters on average"),
    ];

    private static void Print(IAnsiConsole console, string folder, IEnumerable<string> files, TaskSpec spec, int rows, DataProfile? profile)
    {
        if (profile is not null)
            foreach (var line in Describe(profile)) console.MarkupLine(Markup.Escape(line));
        console.MarkupLine(Markup.Escape($"Proposed: text_fields [{string.Join(", ", spec.Data.TextFields ?? ["text"])}], label_field {spec.Data.LabelField ?? "(none)"}, " +
            $"labels [{string.Join(", ", spec.Labels.Names)}] (ids 0..{spec.Labels.Count - 1}); {rows:N0} rows load" +
            (spec.Data.Holdout is { } h ? $", {h.Fraction:P0} held out for honest scores." : ".")));
        var project = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder);
        console.MarkupLine(Markup.Escape($"Wrote {string.Join(", ", files.Order())} in {folder}. Check the proposal and write task_description in {TaskSpec.FileName}, then: alchemist prompts {project}"));
    }
}
