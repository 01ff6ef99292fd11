using System.CommandLine;
using Alchemist.Synthesis;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist prompts</c>: prints every request synthesis will send, exactly: the knowledge calls, then each program
/// call. A program prompt whose knowledge answer is not cached yet shows a marked placeholder in its place.
/// </summary>
internal static class PromptsCommand
{
    public static Command Create()
    {
        var command = new Command("prompts", "Print exactly what 'alchemist synthesize' will send to the LLM.");
        var project = new ProjectArgument();
        project.AddTo(command);
        Examples.Add(command, "alchemist prompts my-task", "alchemist prompts . -n 3 --json");
        var count = new Option<int?>("--count", "-n") { Description = "Programs to ask for (default: the spec's 'programs')." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout." };
        foreach (var option in new Option[] { count, json }) command.Options.Add(option);
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            using var session = SynthesisSession.Open(project.Value(r), new SynthesisSettings(Offline: true), cancellationToken: ct);
            var requests = session.Plan(r.GetValue(count));
            if (r.GetValue(json))
                io.Json(PromptsJson.Of(session.Spec.Name, session.Templates.Origins, requests));
            else
                foreach (var (request, cached, complete) in requests)
                {
                    io.Out.WriteLine($"===== {request.Purpose} | {request.Provider}/{request.Model} | temperature {request.Temperature} | max_tokens {request.MaxTokens} | sample {request.SampleIndex}{(cached ? " | cached" : "")}{(complete ? "" : " | knowledge not yet answered")}");
                    foreach (var message in request.Messages) io.Out.WriteLine($"--- {message.Role}\n{message.Text}");
                    io.Out.WriteLine();
                }
            return Task.FromResult(0);
        });
        return command;
    }
}
