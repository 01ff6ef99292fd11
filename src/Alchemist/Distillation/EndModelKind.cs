namespace Alchemist.Distillation;

/// <summary>The kind of classifier distilled from the pseudolabels.</summary>
public enum EndModelKind
{
    /// <summary>A multi-layer perceptron with ReLU hidden layers.</summary>
    Mlp,

    /// <summary>Multinomial logistic regression (an MLP without hidden layers).</summary>
    LogisticRegression,
}

/// <summary>The names of <see cref="EndModelKind"/> on the command line and in outputs.</summary>
internal static class EndModelKinds
{
    /// <summary>mlp and logreg.</summary>
    public static ChoiceNames<EndModelKind> Names { get; } = new("end model", ("mlp", EndModelKind.Mlp), ("logreg", EndModelKind.LogisticRegression));
}
