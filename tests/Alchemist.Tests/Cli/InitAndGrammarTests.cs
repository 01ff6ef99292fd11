using Alchemist.Data;
using Alchemist.Tasks;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Cli;

/// <summary><c>init</c> reads the data; every project command takes the project the same way; parse errors speak plainly.</summary>
public sealed class InitAndGrammarTests
{
    private static async Task<(int Code, string Error)> RunCapturingErrorAsync(params string[] args)
    {
        var (code, _, error) = await CliInProcess.RunCapturingAsync(args);
        return (code, error);
    }

    [Fact]
    public async Task Init_detects_the_text_and_label_columns_and_the_labels_and_writes_a_spec_that_loads_every_row()
    {
        using var folder = new TempFolder();
        var rows = string.Concat(Enumerable.Range(0, 50).Select(i => $"{i},\"You won't believe what happened to headline {i}\",{(i % 2 == 0 ? "clickbait" : "news")}\n"));
        var data = folder.Write("headlines.csv", "id,headline,class\n" + rows);
        var project = folder.PathOf("task");

        var (code, init) = await CliInProcess.RunAsync("init", project, "--data", data, "--json");

        Assert.Equal(0, code);
        Assert.Equal(["headline"], init.GetProperty("text_fields").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("class", init.GetProperty("label_field").GetString());
        Assert.Equal(["clickbait", "news"], init.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(50, init.GetProperty("rows").GetInt32());
        var spec = TaskSpecLoader.Load(project);
        Assert.Equal(Path.GetFullPath(data), spec.Data.Path);
        Assert.Equal(50, DatasetLoader.Load(spec.Data with { Holdout = null }, spec.Labels).Count);
        // The project is positional for prompts as for run; the old --spec still works.
        Assert.Equal(0, (await CliInProcess.RunAsync("prompts", project, "--json")).Code);
        Assert.Equal(0, (await CliInProcess.RunAsync("prompts", "--spec", project, "--json")).Code);
        Assert.Equal(0, (await CliInProcess.RunAsync("synthesize", project, "--dry-run", "--json")).Code);
    }

    [Fact]
    public async Task Init_refuses_a_data_path_that_does_not_exist()
    {
        using var folder = new TempFolder();

        var (code, error) = await RunCapturingErrorAsync("init", folder.PathOf("task"), "--data", folder.PathOf("nowhere.csv"));

        Assert.Equal(2, code);
        Assert.Contains("nowhere.csv: no such file or folder", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.PathOf("task"), TaskSpec.FileName)));
    }

    [Fact]
    public async Task A_budget_that_is_not_a_number_gets_a_human_message()
    {
        using var folder = new TempFolder();

        var (code, error) = await RunCapturingErrorAsync("synthesize", folder.Root, "--budget", "abc");

        Assert.NotEqual(0, code);
        Assert.Contains("--budget 'abc' is not an amount of dollars", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Decimal", error, StringComparison.Ordinal);
    }
}
