using Alchemist.Aggregation;
using Alchemist.Evaluation;
using Alchemist.Llm;
using Alchemist.Tasks;

namespace Alchemist.Refinement;

/// <summary>
/// What the selective per-row fallback did (<c>fallback.json</c> in the run folder): which training rows went to the
/// LLM, its answers, what they cost, and the curve of label accuracy against the share of rows sent.
/// </summary>
/// <param name="Split">The split whose rows were sent (the label model's fit split, which the end model trains on).</param>
/// <param name="Mode">Which rows could go.</param>
/// <param name="Share">The largest share of the split asked for.</param>
/// <param name="SplitRows">Rows in the split.</param>
/// <param name="Rows">The rows sent, most in need first (<see cref="FallbackRanking"/>).</param>
/// <param name="Labels">The LLM's class per sent row; -1 where its answer named no class, -2 where it is still pending.</param>
/// <param name="Calls">Where the answers came from.</param>
/// <param name="InputTokens">Prompt tokens of the answers.</param>
/// <param name="OutputTokens">Answer tokens.</param>
/// <param name="Cost">Dollars at list prices; null when the model has no price.</param>
/// <param name="BudgetStopped">True when the budget left rows unasked.</param>
/// <param name="Curve">Label accuracy at each share of rows sent, the first point being the programs alone.</param>
public sealed record FallbackRecord(string Split, FallbackRows Mode, double Share, int SplitRows, IReadOnlyList<int> Rows, IReadOnlyList<int> Labels,
    CallCounts Calls, long InputTokens, long OutputTokens, decimal? Cost, bool BudgetStopped, FallbackCurve Curve)
{
    /// <summary>Sent rows with a usable answer.</summary>
    public int Answered => Labels.Count(l => l >= 0);

    /// <summary>Sent rows still waiting for an answer.</summary>
    public int Pending => Labels.Count(l => l == RowAnswers.Pending);

    /// <summary>The answered rows as labels the end model trains on in place of the label model's.</summary>
    public ReferenceLabels Answers => new(Rows, Labels.Select(l => Math.Max(l, -1)).ToArray(), "llm fallback");

    /// <summary>The name of <paramref name="mode"/> as files and the command line write it.</summary>
    public static string ModeName(FallbackRows mode) => FallbackSettings.Names.NameOf(mode);

    /// <summary>The run's fallback, or null when it made none.</summary>
    public static FallbackRecord? Load(RunFolder run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return File.Exists(run.FallbackPath) ? ArtifactJson.Load<FallbackRecord>(run.FallbackPath) : null;
    }
}

/// <summary>The accuracy of the labels a run delivers for its training rows, against the share of them sent to the LLM.</summary>
/// <param name="Judge">What the labels are scored against, in words (gold labels of the split, or the LLM-labeled sample); null when nothing can score them.</param>
/// <param name="Points">One point per share, in increasing order.</param>
public sealed record FallbackCurve(string? Judge, IReadOnlyList<FallbackPoint> Points);

/// <summary>One point of <see cref="FallbackCurve"/>.</summary>
/// <param name="Share">Share of the split's rows sent to the LLM.</param>
/// <param name="Rows">Rows sent.</param>
/// <param name="Accuracy">Accuracy of the labels (the LLM's answer on the sent rows, the label model's elsewhere) on the judge's rows; null when nothing judges them or answers are pending.</param>
/// <param name="Cost">Dollars the sent rows cost (their measured average per row); null without prices or answers.</param>
public sealed record FallbackPoint(double Share, int Rows, AccuracyEstimate? Accuracy, decimal? Cost);
