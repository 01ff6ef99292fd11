using Alchemist.Aggregation;

namespace Alchemist.Pipeline;

/// <summary>
/// How the evaluation stage scores: the one options object <c>alchemist run</c> builds from its settings and
/// <c>alchemist eval</c> builds from its command line, both handed to <see cref="EvaluateStep"/>, so the two cannot
/// score differently. The defaults are what <c>run</c> uses.
/// </summary>
/// <param name="ClassBalance">The <c>--class-balance</c> choice, for the label-model comparison and a single model's fit.</param>
/// <param name="Seed">Seed of the fits and of the random tie-break.</param>
/// <param name="WithEndModel">Score the run's end model too.</param>
/// <param name="TieBreak">How ties and uncovered rows become answers.</param>
/// <param name="LabelModel">The label model <see cref="EvaluateStep.Score"/> fits (<c>eval --label-model</c>).</param>
/// <param name="Snorkel">Snorkel's settings for that fit.</param>
/// <param name="FitSplit">Split whose votes fit that model (null: train when present).</param>
/// <param name="PositiveClass">Positive class id for binary F1 of that model.</param>
/// <param name="GroupField">A column of the scored split's data naming each row's group, for group metrics; null for none.</param>
public sealed record EvaluateOptions(
    ClassBalanceChoice ClassBalance,
    int Seed,
    bool WithEndModel,
    TieBreakKind TieBreak = TieBreakKind.Prior,
    LabelModelKind LabelModel = LabelModelKind.Auto,
    SnorkelOptions? Snorkel = null,
    string? FitSplit = null,
    int PositiveClass = 1,
    string? GroupField = null);
