using Alchemist.Aggregation;
using Alchemist.Distillation;
using Alchemist.Distillation.Features;

namespace Alchemist.Tests.Core;

/// <summary>Every choice the command line offers has exactly one name that parses back to it, and a wrong name is one line listing the valid ones.</summary>
public class ChoiceNamesTests
{
    private static void RoundTrips<T>(ChoiceNames<T> names, params T[] unnamed) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>().Except(unnamed))
        {
            Assert.Equal(value, names.Parse(names.NameOf(value)));
            Assert.Equal(value, names.Parse($"  {names.NameOf(value).ToUpperInvariant()} "));
        }
        Assert.Equal(Enum.GetValues<T>().Length - unnamed.Length, names.Names.Count);
    }

    [Fact]
    public void Every_value_has_one_name_that_parses_back()
    {
        RoundTrips(LabelModels.Names);
        RoundTrips(TieBreakPolicy.Names);
        RoundTrips(FeatureKinds.Names);
        RoundTrips(EndModelKinds.Names);
        RoundTrips(SnorkelOptimizers.Names);
        RoundTrips(ClassBalanceChoice.Names, ClassBalanceRule.Weights);
    }

    [Fact]
    public void The_names_are_the_documented_command_line_words()
    {
        Assert.Equal(["mv", "wmv", "ds", "snorkel", "flyingsquid", "auto"], LabelModels.Names.Names);
        Assert.Equal(["abstain", "random", "prior", "lowest"], TieBreakPolicy.Names.Names);
        Assert.Equal(["auto", "minilm", "tfidf", "minilm+tfidf", "numeric"], FeatureKinds.Names.Names);
        Assert.Equal(["mlp", "logreg"], EndModelKinds.Names.Names);
        Assert.Equal("lowest", new TieBreakPolicy(TieBreakKind.LowestId).Name);
    }

    [Fact]
    public void An_unknown_name_is_one_line_listing_the_valid_ones()
    {
        var error = Assert.Throws<AlchemistException>(() => TieBreakPolicy.Names.Parse("coin"));
        Assert.Equal("Unknown tie-break policy 'coin': use one of abstain, random, prior, lowest.", error.Message);
        Assert.False(EndModelKinds.Names.TryParse("", out _));
        Assert.False(EndModelKinds.Names.TryParse(null, out _));
    }

    [Fact]
    public void A_table_with_a_value_named_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ChoiceNames<EndModelKind>("end model", ("mlp", EndModelKind.Mlp), ("perceptron", EndModelKind.Mlp)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChoiceNames<EndModelKind>("end model", ("mlp", EndModelKind.Mlp)).NameOf(EndModelKind.LogisticRegression));
    }

    [Fact]
    public void Class_balance_is_a_rule_or_weights()
    {
        Assert.Equal(ClassBalanceRule.Dev, ClassBalanceChoice.Parse(" Dev ").Rule);
        var weights = ClassBalanceChoice.Parse("0.8, 0.2");
        Assert.Equal(ClassBalanceRule.Weights, weights.Rule);
        Assert.Equal([0.8, 0.2], weights.Weights);
        Assert.Equal("0.8,0.2", weights.Name);
        Assert.Equal("auto", ClassBalanceChoice.Auto.Name);
        Assert.True(ClassBalanceChoice.Auto.MayReadDevGold);
        Assert.True(ClassBalanceChoice.Of(ClassBalanceRule.Dev).MayReadDevGold);
        Assert.False(ClassBalanceChoice.Of(ClassBalanceRule.Estimate).MayReadDevGold);
        Assert.False(weights.MayReadDevGold);
        var error = Assert.Throws<AlchemistException>(() => ClassBalanceChoice.Parse("0.8,lots"));
        Assert.Equal("--class-balance '0.8,lots': use auto, dev, estimate, uniform or weights like 0.8,0.2.", error.Message);
        Assert.Throws<ArgumentException>(() => ClassBalanceChoice.Of(ClassBalanceRule.Weights));
    }
}
