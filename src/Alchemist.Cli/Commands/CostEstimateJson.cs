using Alchemist.Synthesis;

namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist synthesize --dry-run</c>: the task, its model and what synthesis would cost.</summary>
internal sealed record CostEstimateJson(string Task, string Model, CostEstimate Estimate, double? Ratio);
