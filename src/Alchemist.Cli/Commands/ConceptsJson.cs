namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist concepts</c>: the file written, its concepts and feature columns, and the calls made.</summary>
internal sealed record ConceptsJson(string Out, string[] Concepts, IReadOnlyList<string> Features, int LiveCalls, int CachedCalls, decimal SpentUsd);
