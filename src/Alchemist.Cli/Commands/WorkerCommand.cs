using System.CommandLine;
using Alchemist.Labeling.Isolation;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist worker --job FILE</c> (hidden): the child process that runs untrusted programs for <c>apply</c>.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var job = new Option<string>("--job") { Description = "The job file written by the parent process.", Required = true };
        var command = new Command("worker", "Internal: run labeling programs for a parent alchemist process.") { Hidden = true };
        command.Options.Add(job);
        command.SetAction(r => WorkerHost.Run(r.GetValue(job)!));
        return command;
    }
}
