using Alchemist.Data;
using Alchemist.Labeling;

namespace Alchemist.Tests.Pipeline;

public class RunManifestTests
{
    [Fact]
    public void Data_paths_survive_moving_the_project_with_its_runs()
    {
        var project = Directory.CreateTempSubdirectory("alchemist-manifest-").FullName;
        Directory.CreateDirectory(Path.Combine(project, "data"));
        var data = Path.Combine(project, "data", "rows.csv");
        var ids = Path.Combine(project, "data", "ids.json");
        var run = new RunFolder(Path.Combine(project, "runs", "r1"));
        new RunManifest(["ham", "spam"], new Dictionary<string, DataSourceSpec> { ["data"] = new(data, ExcludeIdsFile: ids) }, ["p1"]).Save(run);

        Assert.DoesNotContain(project, File.ReadAllText(run.ManifestPath));

        var moved = project + "-moved";
        Directory.Move(project, moved);
        var loaded = RunManifest.Load(new RunFolder(Path.Combine(moved, "runs", "r1")));

        Assert.Equal(Path.Combine(moved, "data", "rows.csv"), loaded.Splits["data"].Path);
        Assert.Equal(Path.Combine(moved, "data", "ids.json"), loaded.Splits["data"].ExcludeIdsFile);
        Directory.Delete(moved, recursive: true);
    }
}
