namespace Alchemist.Distillation.Training;

/// <summary>What happened while an end model was trained.</summary>
/// <param name="TrainRows">Rows the model was fitted on (covered rows, minus any held out).</param>
/// <param name="ValidationRows">Rows that decided early stopping.</param>
/// <param name="ValidationSource">"gold" when a dev split's gold labels decided early stopping, "llm sample" when the LLM's answers on
/// the sampled training rows did (those rows held out of training), "pseudolabels" when held-out training rows' pseudolabels did.</param>
/// <param name="Epochs">Epochs run.</param>
/// <param name="BestEpoch">The epoch whose weights were kept (1-based).</param>
/// <param name="ValidationLoss">Cross-entropy on the validation rows at the best epoch.</param>
/// <param name="ValidationAccuracy">Agreement of the predicted class with the validation target's most likely class at the best epoch.</param>
/// <param name="Seconds">Wall-clock training time.</param>
public sealed record TrainingReport(
    int TrainRows,
    int ValidationRows,
    string ValidationSource,
    int Epochs,
    int BestEpoch,
    double ValidationLoss,
    double ValidationAccuracy,
    double Seconds);

/// <summary>One finished epoch, for progress display.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="MaxEpochs">The epoch limit.</param>
/// <param name="TrainLoss">Mean cross-entropy over the epoch's batches.</param>
/// <param name="ValidationLoss">Cross-entropy on the validation rows.</param>
/// <param name="ValidationAccuracy">Validation accuracy against the targets' most likely class.</param>
internal sealed record TrainingEpoch(int Epoch, int MaxEpochs, double TrainLoss, double ValidationLoss, double ValidationAccuracy);
