namespace Alchemist.Tests.Cli;

/// <summary>A wrong choice name fails while the command line is parsed: exit 2 and one line that lists the valid names.</summary>
[Collection("Console")]
public sealed class ChoiceOptionTests
{
    public static TheoryData<string[], string> BadChoices() => new()
    {
        { ["eval", "--run", "r", "--label-model", "metal"], "Unknown label model 'metal': use one of mv, wmv, ds, snorkel, flyingsquid, auto" },
        { ["eval", "--run", "r", "--tie-break", "coin"], "Unknown tie-break policy 'coin': use one of abstain, random, prior, lowest" },
        { ["aggregate", "--run", "r", "--optimizer", "lbfgs"], "Unknown optimizer 'lbfgs': use one of sgd, adam" },
        { ["aggregate", "--run", "r", "--class-balance", "0.8,lots"], "--class-balance '0.8,lots': use auto, dev, estimate, uniform or weights like 0.8,0.2" },
        { ["distill", "--run", "r", "--end-model", "forest"], "Unknown end model 'forest': use one of mlp, logreg" },
        { ["distill", "--run", "r", "--features", "pixels"], "Unknown feature kind 'pixels': use one of auto, minilm, tfidf, minilm+tfidf, numeric" },
        { ["run", "p", "--features", "pixels"], "Unknown feature kind 'pixels': use one of auto, minilm, tfidf, minilm+tfidf, numeric, none" },
        { ["run", "p", "--end-model", "forest"], "Unknown end model 'forest': use one of mlp, logreg" },
    };

    [Theory]
    [MemberData(nameof(BadChoices))]
    public async Task A_wrong_name_is_a_parse_error_listing_the_names(string[] args, string message)
    {
        var (code, stdout, stderr) = await CliInProcess.RunCapturingAsync(args);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: " + message, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval", "--tie-break <abstain|random|prior|lowest>", "[default: prior]")]
    [InlineData("run", "--features <auto|minilm|tfidf|minilm+tfidf|numeric|none>", "[default: auto]")]
    [InlineData("aggregate", "--label-model <mv|wmv|ds|snorkel|flyingsquid|auto>", "[default: auto]")]
    public async Task Help_lists_the_names_and_the_default_by_name(string command, string usage, string defaultText)
    {
        var (code, stdout, _) = await CliInProcess.RunCapturingAsync(command, "--help");
        Assert.Equal(0, code);
        var line = stdout.Split('\n').Single(l => l.Contains(usage, StringComparison.Ordinal));
        Assert.Contains(defaultText, line, StringComparison.Ordinal);
    }
}
