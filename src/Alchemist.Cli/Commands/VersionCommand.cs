using System.CommandLine;
using System.Reflection;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist version</c>: prints the tool's version.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the version of alchemist.");
        command.SetAction(r =>
        {
            r.InvocationConfiguration.Output.WriteLine(typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return 0;
        });
        return command;
    }
}
