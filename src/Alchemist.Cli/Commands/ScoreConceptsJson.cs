namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist score-concepts</c>: images and concepts scored, the feature columns written, and where.</summary>
internal sealed record ScoreConceptsJson(int Images, int Concepts, IReadOnlyList<string> Features, double LogitScale, string Out, double Seconds);
