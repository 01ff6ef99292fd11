using Alchemist.Cli;

namespace Alchemist.Tests.Cli;

/// <summary>Every kind of command-line mistake gets one human line, a pointer to --help and exit code 2: never a .NET type name.</summary>
public sealed class ParseErrorTests
{
    [Theory]
    // an unknown command, with the nearest real one and the list
    [InlineData("error: unknown command 'synthsize' (did you mean 'synthesize'?); the commands are version, apply, ", "synthsize", "DIR")]
    // an unknown option, with the nearest real one
    [InlineData("error: unknown option '--dedline' for 'alchemist apply' (did you mean '--deadline'?)", "apply", "--dedline", "3", "--data", "d", "--programs", "p", "--out", "o")]
    // a positional argument the command does not take
    [InlineData("error: unexpected argument 'extra': 'alchemist synthesize' takes PROJECT_DIR (options start with --)", "synthesize", "dir", "extra")]
    // an option without its value
    [InlineData("error: --deadline needs a value: a number, such as 2 (the default) (see 'alchemist apply --help').", "apply", "--data", "d", "--programs", "p", "--out", "o", "--deadline")]
    // a required option left out, named with what it is for
    [InlineData("error: missing --run: the run folder written by 'alchemist apply' (see 'alchemist analyze --help').", "analyze")]
    // a required positional argument left out
    [InlineData("error: missing RUNDIR: the run folder (after alchemist run) (see 'alchemist report --help').", "report")]
    // a whole number that is not one
    [InlineData("error: --seed '1.5' is not a whole number, such as 0 (the default) (see 'alchemist distill --help').", "distill", "--run", "r", "--seed", "1.5")]
    // a nullable whole number (the parser's message named System.Nullable`1[System.Int32])
    [InlineData("error: --max-epochs '1e3' is not a whole number, such as 10 (see 'alchemist distill --help').", "distill", "--run", "r", "--max-epochs", "1e3")]
    // a number that is not one
    [InlineData("error: --lr 'fast' is not a number, such as 0.01 (the default) (see 'alchemist eval --help').", "eval", "--lr", "fast")]
    // a decimal with its own parser keeps its own message
    [InlineData("error: --budget 'abc' is not an amount of dollars: give a non-negative number such as 0.50 (see 'alchemist synthesize --help').", "synthesize", "--budget", "abc")]
    // a closed choice keeps the list of names
    [InlineData("error: Unknown label model 'foo': use one of mv, wmv, ds, snorkel, flyingsquid, auto (see 'alchemist eval --help').", "eval", "--label-model", "foo")]
    // a value outside a closed list
    [InlineData("error: --provider 'openia' is not one Alchemist speaks: use openai (also Ollama, vLLM, LM Studio or llama.cpp with a base_url) or anthropic (see 'alchemist init --help').", "init", "p", "--data", "d.csv", "--provider", "openia")]
    // no command at all
    [InlineData("error: no command given: use one of version, apply, analyze, ", "--verbose")]
    public async Task Each_kind_of_mistake_is_one_human_line_with_the_help_hint_and_exit_2(string expected, params string[] args)
    {
        var (code, stdout, error) = await CliInProcess.RunCapturingAsync(args);

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.Contains("--help'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_mistakes_share_the_line_unknown_tokens_first_then_values_then_what_is_missing()
    {
        var (code, _, error) = await CliInProcess.RunCapturingAsync("distill", "--nope", "--seed", "soon");

        Assert.Equal((int)ExitCode.UserError, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: unknown option '--nope' for 'alchemist distill'; --seed 'soon' is not a whole number", line, StringComparison.Ordinal);
        Assert.Contains("; missing --run: ", line, StringComparison.Ordinal);
        Assert.EndsWith("(see 'alchemist distill --help').", line, StringComparison.Ordinal);
    }
}
