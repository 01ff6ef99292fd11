namespace Alchemist.Distillation;

/// <summary>The kind of classifier distilled from the pseudolabels.</summary>
public enum EndModelKind
{
    /// <summary>A multi-layer perceptron with ReLU hidden layers.</summary>
    Mlp,

    /// <summary>Multinomial logistic regression (an MLP without hidden layers).</summary>
    LogisticRegression,
}
