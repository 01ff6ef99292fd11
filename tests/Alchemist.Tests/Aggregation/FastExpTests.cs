using Alchemist.Aggregation;

namespace Alchemist.Tests.Aggregation;

public class FastExpTests
{
    [Fact]
    public void Matches_the_exponential_to_float_precision_over_its_range()
    {
        var values = Enumerable.Range(0, 100_003).Select(i => FastExp.MinInput * i / 100_002f).ToArray();
        var exact = values.Select(v => Math.Exp(v)).ToArray();
        FastExp.InPlace(values);
        for (var i = 0; i < values.Length; i++)
            Assert.True(Math.Abs(values[i] - exact[i]) <= 1e-6 * exact[i], $"e^x at index {i}: {values[i]} vs {exact[i]}");
    }
}
