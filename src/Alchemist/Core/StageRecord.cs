namespace Alchemist.Core;

/// <summary>One stage of a run as last executed.</summary>
/// <param name="Stage">synthesize, apply, analyze, aggregate, distill or evaluate.</param>
/// <param name="InputHash">The stage hash of its inputs and settings when it last ran.</param>
/// <param name="Seconds">Wall time of this invocation (0 when skipped).</param>
/// <param name="Skipped">True when this invocation found the inputs unchanged and reused the artifact.</param>
/// <param name="Note">What was done or reused, in a few words.</param>
public sealed record StageRecord(string Stage, string InputHash, double Seconds, bool Skipped, string? Note = null);
