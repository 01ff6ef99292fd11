using Alchemist.Llm;
using Alchemist.Synthesis;

namespace Alchemist.Tests.Core;

/// <summary>One dollar format everywhere: the run summary prints a sub-cent cost as the synthesize table and the report do.</summary>
public class DollarsTests
{
    [Theory]
    [InlineData("0.0338", "$0.0338")]
    [InlineData("0.01", "$0.0100")]
    [InlineData("0.000412", "$0.000412")]
    [InlineData("12.5", "$12.5000")]
    [InlineData("0", "$0.000000")]
    public void Four_decimals_or_six_below_a_cent(string amount, string expected) =>
        Assert.Equal(expected, Dollars.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_unpriced_model_costs_unknown() => Assert.Equal("unknown", Dollars.Format(null));

    [Fact]
    public void The_run_summary_prints_sub_cent_costs_with_six_decimals()
    {
        var summary = new SynthesisSummary("openai", "gpt-4o-mini", "2025-01-01", 2, 0, 0, new CallCounts(2, 0, 0, 0), 0.000412m,
            new Usage(1000, 500, 0.000412m), [], 100, 0.0338m, [], []);
        var lines = string.Join("\n", Alchemist.Cli.Commands.RunCommand.SynthesisLines(summary, applied: 2));
        Assert.Contains("spent $0.000412 this run", lines, StringComparison.Ordinal);
        Assert.Contains("1,000 in + 500 out, $0.000412", lines, StringComparison.Ordinal);
        Assert.Contains("about $0.0338", lines, StringComparison.Ordinal);
    }
}
