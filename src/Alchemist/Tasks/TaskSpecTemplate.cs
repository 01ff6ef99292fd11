namespace Alchemist.Tasks;

/// <summary>The commented <c>alchemist.yaml</c> that <c>alchemist init</c> writes.</summary>
internal static class TaskSpecTemplate
{
    /// <summary>The template text, filled with what the user gave on the command line.</summary>
    /// <param name="name">The task's name.</param>
    /// <param name="dataPath">The data (relative to the project folder).</param>
    /// <param name="labels">Class names in id order.</param>
    /// <param name="provider">openai or anthropic.</param>
    /// <param name="model">The model name.</param>
    /// <param name="textFields">The text field(s) read from the data, or null to leave the default commented out.</param>
    /// <param name="labelField">The gold-label column read from the data, or null to leave it commented out.</param>
    /// <param name="dataNote">Comment lines describing the data's columns (each written after "# "), or null.</param>
    public static string Render(string name, string dataPath, IReadOnlyList<string> labels, string provider, string model,
        IReadOnlyList<string>? textFields = null, string? labelField = null, IReadOnlyList<string>? dataNote = null)
    {
        var labelSet = new LabelSet(labels);
        var text = textFields is { Count: > 0 } ? $"text_fields: [{string.Join(", ", textFields.Select(Quote))}]" : "# text_fields: [text]";
        var label = labelField is not null ? $"label_field: {Quote(labelField)}" : "# label_field: label";
        var note = dataNote is null ? "" : string.Concat(dataNote.Select(line => $"\n  # {line}"));
        return $$"""
            # Alchemist task spec: how to ask an LLM for labeling programs for your data.
            # Paths are relative to this file. Check what will be sent with `alchemist prompts`,
            # what it will cost with `alchemist synthesize --dry-run`, then run `alchemist synthesize`.

            name: {{name}}

            # The rows to label. Formats: WRENCH folder or split json, csv, tsv (inferred from the path when omitted).
            data:{{note}}
              path: {{Quote(dataPath)}}
              # split: train            # WRENCH folder: train, valid or test
              {{text}}     # several fields are joined by a blank line
              {{label}}      # gold labels are never shown to the LLM
              # holdout: 0.2            # one labeled file: share held out for honest scores (0 = none)
              # encoding: utf-8
              # skip_bad_rows: false    # true skips (and counts) rows with a missing text or unknown label
              # label_map: {"3": ~}     # raw label -> class name; ~ (null) drops the row

            # Class names in id order: the first is 0, the second 1, ... Programs return an id, or -1 to abstain.
            labels: [{{string.Join(", ", labelSet.Names.Select(Quote))}}]

            # What the task is, as you would explain it to a colleague. This goes verbatim into every prompt.
            task_description: |
              Describe the data and the decision to make, e.g. "Decide whether a comment on a YouTube video is spam."

            # How the function's answer maps to classes. Generated from the labels when omitted:
            # {{TaskSpec.DefaultLabelingInstruction(labelSet)}}
            # labeling_instruction: ...

            # The signature the LLM must implement (a static C# method taking the row's text, returning the class id).
            # function_signature: {{TaskSpec.DefaultFunctionSignature}}

            # How many programs to ask for (the paper uses about 10-20).
            programs: 10

            model:
              provider: {{provider}}        # openai (also Ollama, vLLM, LM Studio, llama.cpp, Azure via base_url) or anthropic
              name: {{model}}
              # base_url: http://localhost:11434/v1   # or OPENAI_BASE_URL / ANTHROPIC_BASE_URL, or --base-url
              temperature: [0.7, 1.0]   # cycled across rounds of programs, for diversity
              max_tokens: 1024
              # concurrency: 4
              # timeout_seconds: 120
              # max_retries: 5
            # Keys come only from OPENAI_API_KEY / ANTHROPIC_API_KEY and are never written anywhere.

            # Supplementary knowledge before each program prompt, mixed across programs (program i uses entry i mod count):
            # none, rules, keywords, description, examples (all written by the LLM in a first call),
            # data_examples (rows of your data, without labels; needs allow_data_examples: true).
            knowledge: [none, rules, keywords, description, examples]
            allow_data_examples: false

            validation:
              smoke_rows: 200         # each compiled program runs on this many sampled rows
              max_fault_rate: 0.1     # largest share of rows where it may throw
              repair: true            # send a rejected program's errors back to the LLM once
              # seed: 13

            # Accepted programs go here (rejected ones to its rejected/ folder, with the reason).
            output: programs
            # Prompt templates can be overridden by files in prompts/ (see `alchemist init --templates`);
            # prices by prices.json in this folder.
            """ + "\n";
    }

    /// <summary>A YAML scalar for a name: plain when safe, else double-quoted.</summary>
    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/') && !char.IsDigit(value[0]) && value[0] != '.'
            && value is not ("null" or "true" or "false" or "yes" or "no" or "on" or "off" or "~")
            ? value
            : System.Text.Json.JsonSerializer.Serialize(value);
}
