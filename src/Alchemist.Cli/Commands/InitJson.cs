namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist init</c>: the project written and the task spec as it loads.</summary>
internal sealed record InitJson(string Directory, string[] Files, string Data, int Rows, IReadOnlyList<string>? TextFields, string? LabelField,
    IReadOnlyList<string> Labels, double? Holdout);
