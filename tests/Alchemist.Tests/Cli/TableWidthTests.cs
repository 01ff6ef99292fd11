using Alchemist.Tests.Data;
using Spectre.Console;

namespace Alchemist.Tests.Cli;

/// <summary>Tables are laid out at the terminal's width (COLUMNS) and never cut a program's name, however narrow.</summary>
public sealed class TableWidthTests : IDisposable
{
    /// <summary>Longer than a column of an 80-wide, nine-column table: the old layout cut these.</summary>
    private static readonly string[] Names =
    [
        "001-keywords-that-mark-channel-promotion-and-subscription-requests",
        "002-links-and-domains-in-the-comment-text-vote-spam",
        "003-short-enthusiastic-reactions-to-the-song-vote-ham",
    ];

    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(40)]   // narrower than one name: the table takes its narrowest layout, names whole
    [InlineData(150)]  // narrower than the table's natural width: it fits the terminal (other columns wrap), names whole
    [InlineData(250)]  // wider than the table: one line per program
    public async Task Analyze_fits_the_terminal_and_keeps_program_names_whole(int columns)
    {
        var run = await ApplyAsync();

        var (code, _, error) = await CliInProcess.RunCapturingAsync(new Dictionary<string, string> { ["COLUMNS"] = $"{columns}" }, "analyze", "--run", run, "--split", "valid");

        Assert.True(code == 0, error);
        var lines = Lines(error);
        foreach (var name in Names) Assert.Contains(lines, l => l.Contains(name, StringComparison.Ordinal));
        var widest = lines.Max(l => l.Length);
        if (columns < Names.Max(n => n.Length)) Assert.True(widest > columns, error);
        else Assert.True(widest <= columns, error);
        if (columns == 250) // room for every column at full width: each program is one line holding its name and its coverage
            foreach (var name in Names) Assert.Matches($@"{name}\s*│[^│]*│\s*0\.\d{{3}}\s*│", string.Join('\n', lines));
    }

    [Fact]
    public async Task Redirected_output_without_columns_is_laid_out_at_its_natural_width()
    {
        var run = await ApplyAsync();

        var (narrow, _, narrowError) = await CliInProcess.RunCapturingAsync(new Dictionary<string, string> { ["COLUMNS"] = "110" }, "analyze", "--run", run, "--split", "valid");
        var (natural, _, naturalError) = await CliInProcess.RunCapturingAsync(new Dictionary<string, string>(), "analyze", "--run", run, "--split", "valid");

        Assert.Equal((0, 0), (narrow, natural));
        Assert.True(Lines(naturalError).Max(l => l.Length) > 110, naturalError); // not squeezed to 80 (or 110) columns
        Assert.True(Lines(naturalError).Length < Lines(narrowError).Length, naturalError); // nothing wrapped
    }

    [Fact]
    public void A_title_wider_than_its_table_is_not_cut()
    {
        const string title = "youtube-spam: /tmp/a/rather/long/path/to/examples/youtube-spam/runs/youtube-spam";
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = 200;
        var table = new Table().Title(title).AddColumns("Stage", "Status");
        table.AddRow("apply", "skipped");

        Alchemist.Cli.Commands.ConsoleTables.Write(console, table);

        Assert.Contains(title, Lines(output.ToString())[0], StringComparison.Ordinal);
    }

    /// <summary>The non-empty lines of <paramref name="text"/> as a terminal shows them (colour codes removed).</summary>
    private static string[] Lines(string text) =>
        [.. System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", "").Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];

    private async Task<string> ApplyAsync()
    {
        var programs = Directory.CreateDirectory(_folder.PathOf("programs")).FullName;
        var examples = Path.Combine(TestPaths.RepoRoot, "examples", "youtube-spam", "synthesized");
        string[] sources = ["003-keywords.cs", "002-rules.cs", "004-description.cs"];
        for (var i = 0; i < Names.Length; i++) File.Copy(Path.Combine(examples, sources[i]), Path.Combine(programs, Names[i] + ".cs"));
        var run = _folder.PathOf("run");
        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", TestPaths.Shared("youtube"), "--programs", programs, "--out", run, "--json");
        Assert.True(code == 0, error);
        return run;
    }

    public void Dispose() => _folder.Dispose();
}
