using System.CommandLine;
using Alchemist.Concepts;
using Alchemist.Synthesis;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist concepts</c>: asks the LLM for the visual concepts that separate the classes and stores them for editing.</summary>
internal static class ConceptsCommand
{
    public static Command Create()
    {
        var project = new ProjectArgument();
        var count = new Option<int>("--count", "-n") { Description = "Concepts to ask for at most.", DefaultValueFactory = _ => 8 };
        var output = new Option<string?>("--out") { Description = "The concepts file to write (default: concepts.json in the project folder)." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing concepts file (it may hold your edits)." };
        var budget = BudgetOption.Create("Dollars this call may spend; a call that could exceed it is not made.");
        var refresh = new Option<bool>("--refresh") { Description = "Ignore the cached answer and ask again." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The provider endpoint (overrides the spec and the environment)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout." };
        var command = new Command("concepts", "Ask the LLM for visual primitive concepts that separate the classes (one contrasting description per class); writes a concepts file to edit.");
        project.AddTo(command);
        foreach (var option in new Option[] { count, output, force, budget, refresh, baseUrl, json }) command.Options.Add(option);
        command.SetAction(async (r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var asJson = r.GetValue(json);
            var settings = new SynthesisSettings(BaseUrl: r.GetValue(baseUrl), Budget: r.GetValue(budget), Refresh: r.GetValue(refresh),
                Log: asJson ? null : line => io.Error.MarkupLineInterpolated($"[grey]{line}[/]"));
            using var session = SynthesisSession.Open(project.Value(r), settings, loadData: false, cancellationToken: ct);
            var path = r.GetValue(output) ?? Path.Combine(session.Spec.Directory, "concepts.json");
            if (File.Exists(path) && !r.GetValue(force))
                throw new AlchemistException($"{path} exists (it may hold your edits); pass --force to replace it.");
            var (concepts, calls, spent) = await session.ExtractConceptsAsync(r.GetValue(count), ct);
            if (concepts is null)
                throw new AlchemistException("The concepts call was not made: it could exceed --budget.");
            ConceptFile.Save(path, concepts);
            if (asJson)
                io.Json(new ConceptsJson(path, concepts.Concepts.Select(c => c.Name).ToArray(), concepts.FeatureColumns(), calls.Live, calls.Cached, spent));
            else
                io.Error.MarkupLine($"Wrote [bold]{concepts.Concepts.Count}[/] concepts to [bold]{Markup.Escape(path)}[/] " +
                    $"({(calls.Cached > 0 ? "cached answer" : "live call")}, {Dollars.Format(spent)}): {Markup.Escape(string.Join(", ", concepts.Concepts.Select(c => c.Name)))}.");
            return 0;
        });
        return command;
    }
}
