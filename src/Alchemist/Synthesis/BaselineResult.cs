using Alchemist.Evaluation;
using Alchemist.Llm;

namespace Alchemist.Synthesis;

/// <summary>
/// The zero-shot baseline's artifact, <c>RUNDIR/baseline.json</c>: one LLM call per row of a split, its cost and (with
/// gold labels) its scores, for comparison with the programs.
/// </summary>
/// <param name="Split">The split labeled.</param>
/// <param name="Model">provider/model asked.</param>
/// <param name="Rows">Rows of the split.</param>
/// <param name="Answered">Rows with an answer (live, cached or imported).</param>
/// <param name="Unparsed">Answers that named no class (counted as abstentions).</param>
/// <param name="Calls">Where the answers came from.</param>
/// <param name="InputTokens">Prompt tokens of the answered rows (as reported; imported answers may report none).</param>
/// <param name="OutputTokens">Answer tokens of the answered rows.</param>
/// <param name="Cost">Dollars of the answered rows at list prices; null when the model has no price.</param>
/// <param name="Scores">Scores against gold labels when every row is answered and the split has gold; else null.</param>
public sealed record BaselineResult(
    string Split,
    string Model,
    int Rows,
    int Answered,
    int Unparsed,
    CallCounts Calls,
    long InputTokens,
    long OutputTokens,
    decimal? Cost,
    ClassificationScores? Scores)
{
    /// <summary>The artifact's path in a run folder.</summary>
    public static string PathOf(RunFolder run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.BaselinePath;
    }
}
