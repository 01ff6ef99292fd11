namespace Alchemist.Aggregation;

/// <summary>The label models, named on the command line and in <c>label_model.json</c> by <see cref="LabelModels.Names"/>.</summary>
public enum LabelModelKind
{
    /// <summary><c>mv</c>: <see cref="Aggregation.MajorityVote"/>.</summary>
    MajorityVote,
    /// <summary><c>wmv</c>: <see cref="Aggregation.WeightedMajorityVote"/>.</summary>
    WeightedMajorityVote,
    /// <summary><c>ds</c>: <see cref="Aggregation.DawidSkene"/>.</summary>
    DawidSkene,
    /// <summary><c>snorkel</c>: <see cref="SnorkelLabelModel"/>.</summary>
    Snorkel,
    /// <summary><c>flyingsquid</c>: <see cref="Aggregation.FlyingSquid"/>.</summary>
    FlyingSquid,
    /// <summary><c>auto</c>: <see cref="AutoLabelModel"/> picks one of the others without gold labels.</summary>
    Auto,
}
