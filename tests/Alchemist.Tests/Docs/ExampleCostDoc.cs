using System.Globalization;
using System.Text;
using System.Text.Json;
using Alchemist.Llm;
using Alchemist.Synthesis;

namespace Alchemist.Tests.Docs;

/// <summary>
/// The cost figures of the example quoted in README.md (the cost model) and docs/synthesis.md (Cost): the dry-run
/// estimate of examples/youtube-spam per priced model, and the tokens of the calls actually answered in its batch
/// files, counted with o200k_base and priced with the shipped table. All offline, computed from checked-in files.
/// </summary>
public sealed class ExampleCostDoc
{
    private const string Producer = "tests/Alchemist.Tests/Docs/ExampleCostDoc.cs";
    private static readonly string[] Models = ["gpt-4o-mini", "claude-sonnet-4-5"];

    [Fact, Trait(DocBlock.Trait, DocBlock.Generated)]
    public void The_quoted_costs_are_the_costs_of_the_example()
    {
        var estimates = Models.Select(Estimate).ToList();
        var spec = estimates[0];
        var answered = AnsweredTokens();
        var price = PriceTable.Load(null).Find(spec.Model)!;
        var paid = price.Cost(answered.Input, answered.Output);
        var baseline = spec.Estimate.BaselineCost!.Value;

        DocBlock.Verify("README.md", Producer + " (readme)",
            $"For the example (gpt-4o-mini prices of {spec.Estimate.PricesAsOf}): the per-row baseline on the " +
            $"{N(spec.Estimate.BaselineRows)} training rows is estimated at {Dollars(baseline)} and grows with every new row; " +
            $"the {answered.Calls} synthesis calls that produced its programs hold about {Dollars(paid)} of tokens " +
            $"({Ratio(baseline, paid)} less), paid once");

        var md = new StringBuilder("\n| model | synthesis: calls, prompt + answer tokens, cost (upper bound) | per-row baseline: rows, prompt + answer tokens, cost | ratio |\n|---|---|---|---|\n");
        foreach (var (model, e) in estimates)
            md.Append($"| {model} | {e.Calls}, {N(e.InputTokens)} + {N(e.OutputTokens)}, {Dollars(e.Cost!.Value)} | " +
                      $"{N(e.BaselineRows)}, {N(e.BaselineInputTokens)} + {N(e.BaselineOutputTokens)}, {Dollars(e.BaselineCost!.Value)} | " +
                      $"{Ratio(e.BaselineCost!.Value, e.Cost!.Value)} |\n");
        md.Append($"\nThe {answered.Calls} calls actually answered for the example (`examples/youtube-spam/batch/`) hold " +
                  $"{N(answered.Input)} prompt and {N(answered.Output)} answer tokens (o200k count): {Dollars(paid)} at gpt-4o-mini " +
                  $"prices, {Ratio(baseline, paid)} below the per-row baseline's {Dollars(baseline)}.\n");
        DocBlock.Verify("docs/synthesis.md", Producer + " (synthesis)", md.ToString());
    }

    /// <summary>What <c>alchemist synthesize --dry-run</c> estimates for the example with <paramref name="model"/>, in a fresh copy (no cache).</summary>
    private static (string Model, CostEstimate Estimate) Estimate(string model)
    {
        var example = Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam");
        var project = Directory.CreateTempSubdirectory("alchemist-doc-cost-").FullName;
        try
        {
            CopyDirectory(Path.Combine(example, "data"), Path.Combine(project, "data"));
            var provider = model.StartsWith("claude", StringComparison.Ordinal) ? "anthropic" : "openai";
            var spec = File.ReadAllText(Path.Combine(example, "alchemist.yaml"))
                .Replace("provider: openai", $"provider: {provider}", StringComparison.Ordinal)
                .Replace("name: gpt-4o-mini", $"name: {model}", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(project, "alchemist.yaml"), spec);
            using var session = SynthesisSession.Open(project, new SynthesisSettings(Offline: true));
            Assert.Equal(model, session.Spec.Model.Name);
            return (model, session.Estimate(null, CancellationToken.None));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    /// <summary>The o200k token counts of every request in the example's batch input files and of its answers in the output files.</summary>
    private static (int Calls, long Input, long Output) AnsweredTokens()
    {
        var batch = Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam", "batch");
        long input = 0, output = 0;
        var calls = 0;
        foreach (var file in Directory.GetFiles(batch, "*input*.jsonl").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                var messages = json.RootElement.GetProperty("body").GetProperty("messages").EnumerateArray()
                    .Select(m => new LlmMessage(m.GetProperty("role").GetString()!, m.GetProperty("content").GetString()!)).ToList();
                input += TokenEstimator.Count(messages);
                calls++;
            }
        foreach (var file in Directory.GetFiles(batch, "*output*.jsonl").Order(StringComparer.Ordinal))
            foreach (var answer in BatchFile.Import(file).Answers.Values)
                output += TokenEstimator.Count(answer.Text);
        return (calls, input, output);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Dollars(decimal value) => "$" + value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Ratio(decimal baseline, decimal synthesis) =>
        (baseline / synthesis).ToString("0.0", CultureInfo.InvariantCulture) + "×";
}
