using System.Globalization;
using System.Text;
using Alchemist.Cli;
using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Distillation.Embeddings;
using Alchemist.Tests.Pipeline;

namespace Alchemist.Tests.Distillation;

/// <summary>
/// Token-budget batches (<see cref="EmbeddingOptions.BatchTokens"/>, <c>--max-batch-tokens</c>) change how texts are
/// grouped for the model, never what comes out: the same vectors to 1e-5 and the same predictions.
/// </summary>
public sealed class BatchTokensTests(SentenceEmbedderTests.Model model) : IClassFixture<SentenceEmbedderTests.Model>
{
    [Theory]
    // short texts fill the budget: 3 texts pad to 5 tokens (15 > 12 would be the third of length 5)
    [InlineData(new[] { 3, 3, 5, 5, 5, 10 }, 32, 12, 2)]
    [InlineData(new[] { 3, 3, 3, 3 }, 32, 12, 4)]
    // the text count caps first
    [InlineData(new[] { 3, 3, 3, 3 }, 2, 1000, 2)]
    // a text longer than the whole budget still goes, alone
    [InlineData(new[] { 200, 256 }, 32, 100, 1)]
    [InlineData(new int[0], 32, 100, 0)]
    public void A_batch_holds_the_texts_that_pad_within_the_budget(int[] sortedLengths, int batchSize, int batchTokens, int expected) =>
        Assert.Equal(expected, SentenceEmbedder.BatchLength(sortedLengths, batchSize, batchTokens));

    [Fact]
    public void Token_budget_batches_give_the_vectors_of_one_text_at_a_time()
    {
        // Short comments and long ones (up to the 256-token maximum) mixed, so the budget makes batches of very different sizes.
        var comments = SentenceEmbedderTests.YouTubeTexts(60);
        var texts = comments.Select((t, i) => i % 5 == 0 ? string.Concat(Enumerable.Repeat(t + " ", 12)) : t).ToArray();
        using var alone = new SentenceEmbedder(new EmbeddingOptions(BatchSize: 1));
        using var tight = new SentenceEmbedder(new EmbeddingOptions(BatchSize: 1000) { BatchTokens = 300 });
        var reference = alone.Embed(texts);

        foreach (var (name, vectors) in new[] { ("default budget", model.Embedder.Embed(texts)), ("budget 300", tight.Embed(texts)) })
            for (var i = 0; i < texts.Length; i++)
            {
                var diff = reference.Row(i).ToArray().Zip(vectors.Row(i).ToArray(), (a, b) => Math.Abs(a - b)).Max();
                Assert.True(diff <= 1e-5f, $"{name}, row {i}: largest difference {diff} from the vector embedded alone");
            }
    }

    [Fact]
    public void A_budget_below_one_token_is_refused_with_its_value()
    {
        var error = Assert.Throws<AlchemistException>(() => new SentenceEmbedder(new EmbeddingOptions { BatchTokens = 0 }));
        Assert.Equal("Embedding batch tokens must be at least 1, got 0.", error.Message);
    }

    [Fact]
    public async Task Predict_with_a_tiny_budget_writes_the_labels_and_probabilities_of_the_default()
    {
        using var project = new CsvProject(rows: 240);
        var (code, summary) = await CliInProcess.RunAsync("run", project.Root, "--offline", "--in-process", "--features", "minilm", "--end-model", "logreg", "--json");
        Assert.Equal(0, code);
        var run = summary.GetProperty("run").GetString()!;
        var modelPath = Path.Combine(run, "end_model.bin");
        var data = Path.Combine(project.Root, "varied.csv");
        var csv = new StringBuilder("comment\n");
        for (var i = 0; i < 90; i++) csv.Append(CultureInfo.InvariantCulture, $"{(i % 2 == 0 ? "lovely song" : "check my channel")} {string.Join(" ", Enumerable.Repeat("really", i % 17))} {i}\n");
        File.WriteAllText(data, csv.ToString());

        string[][] Predict(int? budget, string name)
        {
            // Without the run's embedding cache: the second predict must embed again, not read the first one's vectors.
            var cache = EmbeddingCache.ForModel(modelPath).Directory;
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
            var output = Path.Combine(project.Root, name);
            PredictStep.Run(new PredictOptions(modelPath, new DataSourceSpec(data, TextFields: ["comment"]), output) { BatchTokens = budget });
            return File.ReadAllLines(output).Skip(1).Select(line => line.Split(',')).ToArray();
        }
        var byDefault = Predict(null, "default.csv");
        var tiny = Predict(24, "tiny.csv"); // one or two texts per batch

        Assert.Equal(90, tiny.Length);
        Assert.Equal(byDefault.Select(r => r[^2]), tiny.Select(r => r[^2]));
        for (var i = 0; i < tiny.Length; i++)
            Assert.Equal(double.Parse(byDefault[i][^1], CultureInfo.InvariantCulture), double.Parse(tiny[i][^1], CultureInfo.InvariantCulture), 1e-5);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("lots")]
    public async Task A_bad_budget_is_one_human_line_naming_the_option(string value)
    {
        var (code, stdout, error) = await CliInProcess.RunCapturingAsync("predict", "--model", "m.bin", "--data", "d.csv", "--out", "o.csv", "--max-batch-tokens", value);

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Equal("", stdout);
        Assert.Equal($"error: --max-batch-tokens '{value}' is not a whole number of tokens of at least 1: give the padded tokens per batch, such as 2048 (the default) (see 'alchemist predict --help').",
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Distill_refuses_a_bad_budget_the_same_way()
    {
        var (code, _, error) = await CliInProcess.RunCapturingAsync("distill", "--run", "r", "--max-batch-tokens", "-5");

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.StartsWith("error: --max-batch-tokens '-5' is not a whole number of tokens of at least 1", error.Trim(), StringComparison.Ordinal);
    }
}
