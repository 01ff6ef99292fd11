using Alchemist.Synthesis;

namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist baseline --dry-run</c>: the task, its model and what the zero-shot baseline would cost.</summary>
internal sealed record BaselineEstimateJson(string Task, string Model, BaselineEstimate Estimate);
