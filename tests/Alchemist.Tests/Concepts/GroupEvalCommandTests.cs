using Alchemist.Tests.Data;
using Alchemist.Tests.Distillation;

namespace Alchemist.Tests.Concepts;

public sealed class GroupEvalCommandTests
{
    [Fact]
    public void Eval_reports_average_worst_group_and_gap_from_a_group_column()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf("programs"));
        folder.Write("programs/background.cs", "static int Label(double backgroundWater) => backgroundWater > 0.5 ? 1 : 0;");
        // Groups: label × background. The background program is right on the majority groups and wrong on the minority ones.
        var rows = new List<string> { "background_water,label,group" };
        for (var i = 0; i < 40; i++)
        {
            var (water, label) = (i % 4) switch { 0 or 1 => (1, "waterbird"), 2 => (0, "landbird"), _ => (1, "landbird") };
            rows.Add($"{water},{label},{label}_on_{(water == 1 ? "water" : "land")}");
        }
        var data = folder.Write("birds.csv", string.Join("\n", rows) + "\n");
        var run = folder.PathOf("run");
        Assert.Equal(0, CliProcess.Run("apply", "--data", data, "--programs", folder.PathOf("programs"), "--out", run, "--labels", "landbird,waterbird",
            "--label-field", "label", "--feature-field", "background_water", "--in-process", "--json").ExitCode);
        var result = CliProcess.Run("eval", "--run", run, "--label-model", "mv", "--split", "data", "--group-field", "group", "--json");
        Assert.True(result.ExitCode == 0, result.StandardError);
        var groups = result.Json.GetProperty("group_metrics");
        Assert.Equal(0.75, groups.GetProperty("average_accuracy").GetDouble(), 9);
        Assert.Equal(0.0, groups.GetProperty("worst_group_accuracy").GetDouble(), 9);
        Assert.Equal("landbird_on_water", groups.GetProperty("worst_group").GetString());
        Assert.Equal(0.75, groups.GetProperty("gap").GetDouble(), 9);
        Assert.Equal(10, groups.GetProperty("per_group").GetProperty("landbird_on_water").GetProperty("rows").GetInt32());
    }
}
