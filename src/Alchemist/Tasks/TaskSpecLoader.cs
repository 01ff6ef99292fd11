using Alchemist.Data;
using Alchemist.Llm;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Alchemist.Tasks;

/// <summary>Reads <c>alchemist.yaml</c>; every error names the file, the line and the field.</summary>
public static class TaskSpecLoader
{
    /// <summary>Finds the spec: <paramref name="path"/> itself when it is a file, else <c>alchemist.yaml</c> inside it.</summary>
    /// <exception cref="AlchemistException">No spec file exists there.</exception>
    public static string Locate(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, TaskSpec.FileName) : path;
        return File.Exists(file) ? Path.GetFullPath(file)
            : throw new AlchemistException($"{file}: no task spec found; create one with 'alchemist init'.");
    }

    /// <summary>The largest spec file read: a task spec is a page of settings and prose, not a data set.</summary>
    public const long MaxFileBytes = 1 << 20;

    /// <summary>The deepest nesting of sections and lists accepted (the real spec needs 2; a bomb needs thousands).</summary>
    public const int MaxNesting = 32;

    /// <summary>Loads the spec in <paramref name="path"/> (a file, or a folder holding <c>alchemist.yaml</c>).</summary>
    /// <exception cref="AlchemistException">The file is missing, too large, not YAML, nested too deep, or a field is missing or invalid.</exception>
    public static TaskSpec Load(string path)
    {
        var file = Locate(path);
        var size = new FileInfo(file).Length;
        if (size > MaxFileBytes)
            throw new AlchemistException($"{file}: the task spec is {size:N0} bytes; the limit is {MaxFileBytes:N0}. Keep long texts short (a task description of a few paragraphs) and data in the data file.");
        var text = File.ReadAllText(file);
        var yaml = new YamlStream();
        try
        {
            // Checked on the flat event stream first: building the document recurses once per level, and a deep enough
            // file overflows the stack, which no handler can catch.
            CheckNesting(file, text);
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // The scanner reports where the faulty construct started (a whole mapping may start on line 1) and where it
            // found the fault; the latter is what the user must fix.
            var message = e.InnerException?.Message ?? e.Message;
            throw new AlchemistException($"{file}, line {FaultLine(text, e, message)}: not valid YAML: {Excerpt.Of(message)}", e);
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new AlchemistException($"{file}, line 1: expected a mapping of fields (see 'alchemist init').");
        return Read(file, new YamlFields(file, "", root));
    }

    /// <summary>
    /// The line to fix. The scanner marks where the faulty construct started (a whole mapping may start on line 1) and
    /// where it noticed the fault; for a tab used as indentation it may mark neither, so the first indenting tab from the
    /// construct's start on is the line.
    /// </summary>
    private static long FaultLine(string text, YamlException e, string message)
    {
        var line = Math.Max(e.Start.Line, e.End.Line);
        if (!message.Contains("tab", StringComparison.OrdinalIgnoreCase)) return line;
        var lines = text.Split('\n');
        for (var i = (int)Math.Max(0, e.Start.Line - 1); i < lines.Length; i++)
            if (lines[i].Length > lines[i].TrimStart(' ', '\t').Length && lines[i][..(lines[i].Length - lines[i].TrimStart(' ', '\t').Length)].Contains('\t'))
                return i + 1;
        return line;
    }

    private static void CheckNesting(string file, string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > MaxNesting:
                    throw new AlchemistException($"{file}, line {parser.Current.Start.Line}: sections and lists are nested more than {MaxNesting} deep; a task spec needs two or three levels.");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
    }

    private static TaskSpec Read(string file, YamlFields root)
    {
        var directory = Path.GetDirectoryName(file)!;
        var name = root.RequiredString("name");
        var labelList = root.List("labels") ?? throw root.Error(null, "labels", "is required: the class names in id order.");
        LabelSet labels;
        try { labels = new LabelSet(labelList.Select(l => l.Value).ToArray()); }
        catch (ArgumentException e) { throw root.Error(labelList.Count > 0 ? labelList[0].Node : default, "labels", e.Message); }

        var dataSection = root.Section("data") ?? throw root.Error(null, "data", "is required: where the rows are (data: {path: ...}).");
        var features = dataSection.List("feature_fields")?.Select(f => f.Value).ToArray();
        if (features is { Length: 0 }) throw dataSection.Error(null, "feature_fields", "lists no columns; name the numeric columns programs read, or leave it out for a text task.");
        if (features is not null && dataSection.List("text_fields") is not null)
            throw dataSection.Error(null, "feature_fields", "and text_fields exclude each other: a task's rows are text or named numeric features.");
        var data = ReadData(directory, dataSection);
        if (features is not null) data = data with { TextFields = features };
        var description = root.RequiredString("task_description");
        var instruction = root.String("labeling_instruction") ?? TaskSpec.DefaultLabelingInstruction(labels);
        var signature = root.String("function_signature")
            ?? (features is null ? TaskSpec.DefaultFunctionSignature : TaskSpec.FeatureFunctionSignature(features));
        var programs = root.Number("programs", 1, 1000) ?? 10;
        var allowDataExamples = root.Bool("allow_data_examples") ?? false;
        var knowledgeList = root.List("knowledge");
        var knowledge = knowledgeList is null
            ? [KnowledgeStrategy.None, KnowledgeStrategy.Rules, KnowledgeStrategy.Keywords, KnowledgeStrategy.Description, KnowledgeStrategy.Examples]
            : knowledgeList.Select(k => ParseStrategy(root, k.Value, k.Node, allowDataExamples)).ToArray();
        if (knowledge.Length == 0) throw root.Error(null, "knowledge", "needs at least one strategy (use [none] for plain prompts).");
        var model = ReadModel(root.Section("model") ?? throw root.Error(null, "model", "is required: provider and name of the LLM."));
        var validation = ReadValidation(root.Section("validation"));
        var output = root.String("output") ?? "programs";
        var disabled = root.List("disabled")?.Select(d => d.Value.Trim()).Where(d => d.Length > 0).ToArray() ?? [];
        var refine = ReadRefine(root.Section("refine"));
        var fallback = ReadFallback(root.Section("fallback"));
        root.RejectUnknown();
        return new TaskSpec(name, directory, data, labels, description.Trim(), instruction.Trim(), signature.Trim(), programs, model,
            knowledge, validation, output, features, disabled, refine, fallback);
    }

    private static KnowledgeStrategy ParseStrategy(YamlFields root, string value, YamlNode node, bool allowDataExamples)
    {
        if (!KnowledgeStrategies.ByName.TryGetValue(value.Trim(), out var strategy))
            throw root.Error(node, "knowledge", $"unknown strategy '{value}'; use {string.Join(", ", KnowledgeStrategies.ByName.Keys)}.");
        if (strategy == KnowledgeStrategy.DataExamples && !allowDataExamples)
            throw root.Error(node, "knowledge", "data_examples shows rows of your data to the LLM; set allow_data_examples: true to permit it.");
        return strategy;
    }

    private static DataSourceSpec ReadData(string directory, YamlFields data)
    {
        var path = data.RequiredString("path");
        var spec = new DataSourceSpec(
            Path.GetFullPath(Path.Combine(directory, path)),
            Format: data.String("format"),
            Split: data.String("split"),
            TextFields: data.List("text_fields")?.Select(f => f.Value).ToArray(),
            LabelField: data.String("label_field"),
            Encoding: data.String("encoding"),
            SkipBadRows: data.Bool("skip_bad_rows") ?? false,
            IdField: data.String("id_field"),
            ExcludeIdsFile: data.String("exclude_ids_file") is { } exclude ? Path.GetFullPath(Path.Combine(directory, exclude)) : null,
            LabelMap: data.Map("label_map"));
        spec = spec with { Holdout = ReadHoldout(data, spec) };
        data.RejectUnknown();
        return spec;
    }

    /// <summary>
    /// <c>holdout</c> (share of rows held out, 0 for none) and <c>holdout_seed</c>: by default a single labeled file holds out
    /// <see cref="Holdout.DefaultFraction"/>; a WRENCH dataset has its own splits, and data without gold has nothing to score.
    /// </summary>
    private static Holdout? ReadHoldout(YamlFields data, DataSourceSpec spec)
    {
        var fraction = data.Number("holdout", 0.0, 0.9);
        var seed = data.Number("holdout_seed", int.MinValue, int.MaxValue) ?? Holdout.DefaultSeed;
        var wrench = Directory.Exists(spec.Path) || (File.Exists(spec.Path) && DatasetLoader.FormatOf(spec) == "wrench");
        if (wrench && fraction > 0)
            throw data.Error(null, "holdout", "applies to a single data file; a WRENCH dataset brings its own valid and test splits.");
        fraction ??= wrench || spec.LabelField is null ? 0 : Holdout.DefaultFraction;
        return fraction > 0 ? new Holdout(fraction.Value, seed) : null;
    }

    private static ModelSettings ReadModel(YamlFields model)
    {
        var provider = model.RequiredString("provider").Trim().ToLowerInvariant();
        if (provider is not ("openai" or "anthropic"))
            throw model.Error(null, "provider", $"unknown provider '{provider}'; use openai (also for OpenAI-compatible servers) or anthropic.");
        var temperatures = model.List("temperature")?.Select(t => float.TryParse(t.Value, System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 2
                ? v : throw model.Error(t.Node, "temperature", $"'{t.Value}' is not a temperature in [0, 2].")).ToArray()
            ?? [0.7f];
        var settings = new ModelSettings(
            provider,
            model.RequiredString("name").Trim(),
            model.String("base_url"),
            temperatures,
            MaxTokens: model.Number("max_tokens", 16, 200_000) ?? 1024,
            Concurrency: model.Number("concurrency", 1, 64) ?? 4,
            TimeoutSeconds: model.Number("timeout_seconds", 1.0, 3600.0) ?? 120,
            MaxRetries: model.Number("max_retries", 0, 20) ?? 5,
            MaxRetryAfterSeconds: model.Number("max_retry_after_seconds", 0.0, 86_400.0) ?? Llm.LlmCallOptions.DefaultMaxRetryAfterSeconds);
        model.RejectUnknown();
        return settings;
    }

    private static ValidationSettings ReadValidation(YamlFields? validation)
    {
        if (validation is null) return new ValidationSettings();
        var settings = new ValidationSettings(
            SmokeRows: validation.Number("smoke_rows", 1, 1_000_000) ?? 200,
            MaxFaultRate: validation.Number("max_fault_rate", 0.0, 1.0) ?? 0.1,
            Repair: validation.Bool("repair") ?? true,
            Seed: validation.Number("seed", int.MinValue, int.MaxValue) ?? 13,
            LlmSample: validation.Number("llm_sample", 0, 100_000) ?? 0);
        validation.RejectUnknown();
        return settings;
    }

    private static RefineSettings? ReadRefine(YamlFields? refine)
    {
        if (refine is null) return null;
        var defaults = new RefineSettings();
        var settings = new RefineSettings(
            Rounds: refine.Number("rounds", 0, 100) ?? defaults.Rounds,
            ProgramsPerRound: refine.Number("programs_per_round", 1, 100) ?? defaults.ProgramsPerRound,
            SampleRows: refine.Number("sample_rows", 1, 200) ?? defaults.SampleRows,
            MinAccuracy: refine.Number("min_accuracy", 0.0, 1.0) ?? defaults.MinAccuracy,
            DuplicateAgreement: refine.Number("duplicate_agreement", 0.5, 1.0) ?? defaults.DuplicateAgreement,
            MinTargetVotes: refine.Number("min_target_votes", 1, 1_000_000) ?? defaults.MinTargetVotes,
            DropHarmful: refine.Bool("drop_harmful") ?? defaults.DropHarmful);
        refine.RejectUnknown();
        return settings;
    }

    private static FallbackSettings? ReadFallback(YamlFields? fallback)
    {
        if (fallback is null) return null;
        var defaults = new FallbackSettings();
        var rows = fallback.String("rows") is { } name
            ? FallbackSettings.Names.TryParse(name, out var parsed) ? parsed : throw fallback.Error(null, "rows", $"is '{name}'; use one of {FallbackSettings.Names.List}.")
            : defaults.Rows;
        var settings = new FallbackSettings(rows, fallback.Number("share", 0.0, 1.0) ?? defaults.Share);
        fallback.RejectUnknown();
        return settings;
    }
}
