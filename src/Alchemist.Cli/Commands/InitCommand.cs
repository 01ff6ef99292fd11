using System.CommandLine;
using Alchemist.Llm;
using Alchemist.Tasks;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist init</c>: writes a commented task spec, the editable price table and optionally the prompt templates.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var command = new Command("init", "Create a project: a commented alchemist.yaml, prices.json, and optionally the prompt templates to edit.");
        var directory = new Argument<string>("directory") { Description = "The project folder (created when missing).", DefaultValueFactory = _ => "." };
        var name = new Option<string?>("--name") { Description = "The task's name (default: the folder's name)." };
        var data = new Option<string>("--data") { Description = "The data path, relative to the project folder.", DefaultValueFactory = _ => "data" };
        var labels = new Option<string>("--labels") { Description = "Class names in id order, comma-separated.", DefaultValueFactory = _ => "negative,positive" };
        var provider = new Option<string>("--provider") { Description = "openai or anthropic.", DefaultValueFactory = _ => "openai" };
        var model = new Option<string>("--model") { Description = "The model name.", DefaultValueFactory = _ => "gpt-4o-mini" };
        var templates = new Option<bool>("--templates") { Description = "Also write the prompt templates into prompts/ for editing." };
        var force = new Option<bool>("--force") { Description = "Overwrite existing files." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout." };
        command.Arguments.Add(directory);
        foreach (var option in new Option[] { name, data, labels, provider, model, templates, force, json }) command.Options.Add(option);
        command.SetAction(r =>
        {
            var folder = Path.GetFullPath(r.GetValue(directory)!);
            var labelNames = r.GetValue(labels)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var providerName = r.GetValue(provider)!.Trim().ToLowerInvariant();
            if (providerName is not ("openai" or "anthropic")) throw new AlchemistException($"--provider: unknown provider '{providerName}'; use openai or anthropic.");
            string spec;
            try
            {
                spec = TaskSpecTemplate.Render(r.GetValue(name) ?? new DirectoryInfo(folder).Name, r.GetValue(data)!, labelNames, providerName, r.GetValue(model)!);
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
            foreach (var (file, text) in files)
            {
                var path = Path.Combine(folder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path + ".tmp", text);
                File.Move(path + ".tmp", path, overwrite: true);
            }
            if (r.GetValue(json)) JsonOutput.Write(new { directory = folder, files = files.Keys.Order().ToArray() });
            else StandardError.Console.MarkupLineInterpolated($"Wrote {string.Join(", ", files.Keys.Order())} in {folder}. Edit task_description in {TaskSpec.FileName}, then run 'alchemist prompts'.");
            return 0;
        });
        return command;
    }
}
