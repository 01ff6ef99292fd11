namespace Alchemist.Aggregation;

/// <summary>The prediction kernel of a fitted label model: class probabilities for each row, from its votes alone.</summary>
internal interface IVotePosterior
{
    /// <summary>Class probabilities for every row of <paramref name="votes"/> (already checked against the model).</summary>
    Pseudolabels Predict(LabelMatrix votes, CancellationToken cancellationToken);
}
