using System.CommandLine;
using Alchemist.Labeling.Isolation;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist worker</c> (hidden): the child process that runs untrusted programs for <c>apply</c>; job files arrive on stdin.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Internal: run labeling programs for a parent alchemist process.") { Hidden = true };
        command.SetAction(_ => WorkerHost.Serve());
        return command;
    }
}
