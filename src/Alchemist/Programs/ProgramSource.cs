namespace Alchemist.Programs;

/// <summary>The text of one labeling program as written by the LLM or the user.</summary>
/// <param name="Name">A short stable name (the file name without extension), used as the label-matrix column name.</param>
/// <param name="Code">The raw text: C# source, possibly wrapped in prose and Markdown fences.</param>
/// <param name="Path">The file it was read from, when it came from disk.</param>
internal sealed record ProgramSource(string Name, string Code, string? Path = null);
