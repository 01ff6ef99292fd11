namespace Alchemist.Aggregation;

/// <summary>
/// A fitted label model as stored in <c>label_model.json</c> (see <see cref="LabelModelFile"/> for the format).
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="Version">Format version; readers reject versions they do not know.</param>
/// <param name="Model">mv, wmv, ds, snorkel or flyingsquid.</param>
/// <param name="Classes">Number of classes k.</param>
/// <param name="Programs">Names of the programs (label-matrix columns) in column order.</param>
/// <param name="ClassBalance">The class prior used.</param>
/// <param name="ClassBalanceSource">Where the prior came from (user, dev_gold, estimated_from_votes, uniform, learned_by_model).</param>
/// <param name="ProgramAccuracies">Estimated accuracy of each program when it votes; null for mv.</param>
/// <param name="Settings">Hyper-parameters the fit used (e.g. lr, epochs), by name.</param>
/// <param name="Parameters">The learned arrays by name, each row-major; the layout of each is documented per model.</param>
/// <param name="SelectedBy">For a model chosen by <c>--label-model auto</c>: the criterion and each candidate's score.</param>
/// <param name="IgnoredPrograms">Label-matrix columns the model was told to leave out (programs refinement retired):
/// a matrix with these columns besides <paramref name="Programs"/> is predicted on <paramref name="Programs"/> alone; null when none.</param>
public sealed record LabelModelState(
    string Format,
    int Version,
    string Model,
    int Classes,
    IReadOnlyList<string> Programs,
    IReadOnlyList<double> ClassBalance,
    string ClassBalanceSource,
    IReadOnlyList<double>? ProgramAccuracies,
    IReadOnlyDictionary<string, double> Settings,
    IReadOnlyDictionary<string, double[]> Parameters,
    IReadOnlyDictionary<string, double>? SelectedBy = null,
    IReadOnlyList<string>? IgnoredPrograms = null)
{
    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "alchemist-label-model";

    /// <summary>The version this code writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>A named parameter array, checked for its expected length.</summary>
    /// <exception cref="AlchemistException">Missing or of the wrong length.</exception>
    public double[] Parameter(string name, int expectedLength)
    {
        if (!Parameters.TryGetValue(name, out var values))
            throw new AlchemistException($"Label model '{Model}' file lacks parameter '{name}'.");
        if (values.Length != expectedLength)
            throw new AlchemistException($"Label model '{Model}' parameter '{name}' has {values.Length} values, expected {expectedLength}.");
        return values;
    }

    /// <summary>The class balance as a record.</summary>
    public ClassBalance Balance() => new(ClassBalance.ToArray(), ClassBalanceSource switch
    {
        "user" => Aggregation.ClassBalanceSource.User,
        "dev_gold" => Aggregation.ClassBalanceSource.DevGold,
        "estimated_from_votes" => Aggregation.ClassBalanceSource.EstimatedFromVotes,
        "uniform" => Aggregation.ClassBalanceSource.Uniform,
        _ => Aggregation.ClassBalanceSource.LearnedByModel,
    });
}
