using Alchemist.Labeling;

namespace Alchemist.Tests.Pipeline;

/// <summary>The report is where programs are approved: an overview of every program first, and a <c>disabled:</c> list that <c>run</c> honours.</summary>
public sealed class DisabledProgramsTests
{
    [Fact]
    public async Task Run_leaves_out_disabled_programs_and_the_report_overview_lists_them_as_disabled()
    {
        using var project = new CsvProject(rows: 150);
        File.AppendAllText(Path.Combine(project.Root, "alchemist.yaml"), "\ndisabled: [002-song]\n");

        var (code, summary) = await CliInProcess.RunAsync("run", project.Root, "--offline", "--in-process", "--features", "none", "--json");

        Assert.Equal(0, code);
        var run = new RunFolder(summary.GetProperty("run").GetString()!);
        var manifest = RunManifest.Load(run);
        Assert.Equal(["001-link"], manifest.Programs);
        Assert.Equal(["002-song"], manifest.Disabled!);

        var (reportCode, report) = await CliInProcess.RunAsync("report", run.Root, "--json");
        Assert.Equal(0, reportCode);
        var dom = HeadlessChromium.DumpDom(report.GetProperty("report").GetString()!);
        var overview = dom.IndexOf("id=\"overview\"", StringComparison.Ordinal);
        Assert.True(overview >= 0 && overview < dom.IndexOf("id=\"scores\"", StringComparison.Ordinal), "the overview comes before everything else");
        Assert.Contains("<td class=\"l\">002-song</td><td class=\"l\">disabled</td>", dom, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#program-001-link\">001-link</a>", dom, StringComparison.Ordinal);
        Assert.Contains("<code>disabled:</code>", dom, StringComparison.Ordinal);

        // Switching it back on applies it again.
        var yaml = Path.Combine(project.Root, "alchemist.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("disabled: [002-song]", "", StringComparison.Ordinal));
        Assert.Equal(0, (await CliInProcess.RunAsync("run", project.Root, "--offline", "--in-process", "--features", "none", "--json")).Code);
        Assert.Equal(["001-link", "002-song"], RunManifest.Load(run).Programs);
    }

    [Fact]
    public async Task A_disabled_name_that_is_no_program_is_an_error()
    {
        using var project = new CsvProject(rows: 60);
        File.AppendAllText(Path.Combine(project.Root, "alchemist.yaml"), "\ndisabled: [002-songs]\n");

        var (code, _) = await CliInProcess.RunAsync("run", project.Root, "--offline", "--in-process", "--features", "none");

        Assert.Equal(2, code);
    }
}
