using System.CommandLine;

namespace Alchemist.Cli.Commands;

/// <summary>
/// The project folder, the same positional argument (default: the current folder) for every command that works on a
/// project: init, prompts, synthesize, baseline, concepts, run. <c>--spec</c>, the older spelling of prompts/synthesize/baseline/concepts,
/// stays accepted but hidden.
/// </summary>
internal sealed class ProjectArgument
{
    /// <summary>The positional argument.</summary>
    public Argument<string> Directory { get; } = Create();

    /// <summary>The hidden <c>--spec</c> alias.</summary>
    public Option<string?> Spec { get; } = new("--spec") { Description = "The project folder or its alchemist.yaml (old spelling of PROJECT_DIR).", Hidden = true };

    /// <summary>A bare positional project argument (for init, where the folder may not exist yet).</summary>
    public static Argument<string> Create() => new("PROJECT_DIR")
    {
        Description = "The project folder (or its alchemist.yaml); default: the current folder.",
        DefaultValueFactory = _ => ".",
    };

    /// <summary>Adds the argument and its hidden alias to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Directory);
        command.Options.Add(Spec);
    }

    /// <summary>The project named on the command line: <c>--spec</c> when given, else the positional argument.</summary>
    public string Value(ParseResult result) => result.GetValue(Spec) ?? result.GetValue(Directory)!;
}
