using System.CommandLine;
using Alchemist.Aggregation;

namespace Alchemist.Cli.Commands;

/// <summary>The options <c>eval</c> and <c>aggregate</c> share: where the votes come from and how the label model is fitted.</summary>
internal sealed class LabelModelOptions
{
    public Option<string?> Data { get; } = new("--data") { Description = "A WRENCH dataset folder whose own weak labels are aggregated (with --weak-labels dataset)." };
    public Option<string?> WeakLabels { get; } = new("--weak-labels") { Description = "Where the votes come from with --data: 'dataset' (the shipped weak_labels)." };
    public Option<string?> Run { get; } = new("--run") { Description = "A run folder made by alchemist apply (its label matrices)." };
    /// <summary>What <c>--class-balance</c> accepts (shared with <c>run</c>).</summary>
    public const string ClassBalanceDescription =
        "Class prior: auto (valid split's gold when present and not scored, else estimated from votes), dev, estimate, uniform, or weights like 0.8,0.2.";

    public Option<ChoiceOption.Named<LabelModelKind>> LabelModel { get; } = ChoiceOption.Create("--label-model", LabelModels.Names, LabelModelKind.Auto,
        $"Label model: {LabelModels.Names.List} (auto: the candidate that agrees best with held-out votes).");
    public Option<string?> FitSplit { get; } = new("--fit-split") { Description = "Split whose votes fit the model (default: train when present)." };
    public Option<ClassBalanceChoice> ClassBalance { get; } = ClassBalanceOption();
    public Option<string?> ExcludeIds { get; } = new("--exclude-ids")
    {
        Description = "JSON file of ids to drop from a WRENCH train split (TREC: DIR/labeled_ids.json restores WRENCH's split).",
    };
    public Option<int> Epochs { get; } = new("--epochs") { Description = "Snorkel: optimiser steps.", DefaultValueFactory = _ => 100 };
    public Option<double> LearningRate { get; } = new("--lr") { Description = "Snorkel: learning rate.", DefaultValueFactory = _ => 0.01 };
    public Option<ChoiceOption.Named<SnorkelOptimizer>> Optimizer { get; } = ChoiceOption.Create("--optimizer", SnorkelOptimizers.Names, SnorkelOptimizer.Sgd, "Snorkel: sgd (momentum 0.9) or adam.");
    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of everything random in the fit.", DefaultValueFactory = _ => 0 };
    public Option<bool> Json { get; } = new("--json") { Description = "Print one JSON object on stdout instead of tables." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Data, WeakLabels, Run, LabelModel, FitSplit, ClassBalance, ExcludeIds, Epochs, LearningRate, Optimizer, Seed, Json })
            command.Options.Add(option);
    }

    /// <summary>The <c>--class-balance</c> option (shared with <c>run</c>): a rule or weights, parsed with the command line.</summary>
    public static Option<ClassBalanceChoice> ClassBalanceOption() => new("--class-balance")
    {
        Description = ClassBalanceDescription,
        DefaultValueFactory = _ => ClassBalanceChoice.Auto,
        CustomParser = result =>
        {
            if (result.Tokens is not [.., var last]) return ClassBalanceChoice.Auto;
            try
            {
                return ClassBalanceChoice.Parse(last.Value);
            }
            catch (AlchemistException e)
            {
                result.AddError(e.Message);
                return ClassBalanceChoice.Auto;
            }
        },
    };

    /// <summary>The aggregation options given on the command line: the object <c>alchemist run</c> builds from its settings.</summary>
    public AggregateOptions Aggregation(ParseResult r) =>
        new(r.GetValue(LabelModel), r.GetValue(ClassBalance), r.GetValue(FitSplit), r.GetValue(Seed), Snorkel(r));

    /// <summary>The Snorkel settings given on the command line.</summary>
    public SnorkelOptions Snorkel(ParseResult r) => new(r.GetValue(Epochs), r.GetValue(LearningRate), Optimizer: r.GetValue(Optimizer));

    /// <summary>The run folder named by --run, or null.</summary>
    public RunFolder? RunFolder(ParseResult r) => r.GetValue(Run) is { } path ? new RunFolder(path) : null;

    /// <summary>Loads the votes from --run or --data/--weak-labels (exactly one of them).</summary>
    public VoteSplits Load(ParseResult r, bool loadGold, CancellationToken ct)
    {
        var data = r.GetValue(Data);
        var run = RunFolder(r);
        if ((data is null) == (run is null)) throw new AlchemistException("Give either --run RUNDIR or --data DIR --weak-labels dataset.");
        if (run is not null) return VoteSplits.FromRun(run, loadGold, ct);
        var weak = r.GetValue(WeakLabels);
        if (weak != "dataset")
            throw new AlchemistException($"--data needs --weak-labels dataset (the dataset's own weak labels){(weak is null ? "" : $", not '{weak}'")}.");
        return VoteSplits.FromWrench(data!, r.GetValue(ExcludeIds), ct);
    }
}
