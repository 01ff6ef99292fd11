using Alchemist.Data;
using Alchemist.Labeling;
using Alchemist.Pipeline;
using Alchemist.Programs;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Concepts;

public sealed class FeatureProgramTests
{
    private static readonly LabelSet Classes = new(["benign", "malignant"]);
    private static readonly string[] Features = ["mean_radius", "Texture", "worst area"];

    /// <summary>Row i: radius i, texture 100 − i, worst area 10·i.</summary>
    private static string[] Rows(int n) => Enumerable.Range(0, n).Select(i => FeatureRow.Format([i, 100 - i, 10.0 * i])).ToArray();

    private static ProgramSource Source(string name, string code) => new(name, code, $"programs/{name}.cs");

    [Theory]
    [InlineData(ProgramIsolation.InProcess)]
    [InlineData(ProgramIsolation.Worker)]
    public async Task Parameters_bind_to_columns_by_name_in_any_case_and_order(ProgramIsolation isolation)
    {
        using var applier = new ProgramApplier(new ApplyOptions { Isolation = isolation, Parallelism = 2, FeatureNames = Features });
        var rows = Rows(300);
        var result = await applier.ApplyAsync(
        [
            Source("area_then_radius", "static int Label(double worstArea, double meanRadius) => worstArea > 1000 && meanRadius > 100 ? 1 : -1;"),
            Source("texture", "public static class P { private static int? Classify(double texture) => texture < 50 ? 1 : 0; }"),
        ], Classes, rows);
        Assert.All(result.Programs, p => Assert.False(p.Quarantined, p.QuarantineReason));
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(i > 100 ? 1 : -1, result.Matrix[i, 0]);
            Assert.Equal(100 - i < 50 ? 1 : 0, result.Matrix[i, 1]);
        }
    }

    [Fact]
    public void An_unknown_parameter_is_named_with_the_program_file_and_the_columns()
    {
        var compilation = ProgramCompiler.Compile(Source("typo", "static int Label(double meanRadus) => 1;"), Classes,
            new ProgramCompilerOptions { FeatureNames = Features });
        var message = Assert.Single(compilation.Diagnostics).ToString();
        Assert.Contains("programs/typo.cs", message);
        Assert.Contains("parameter 'meanRadus'", message);
        Assert.Contains("mean_radius, Texture, worst area", message);
    }

    [Fact]
    public void Text_and_feature_programs_are_refused_on_the_other_kind_of_task()
    {
        var text = ProgramCompiler.Compile(Source("text", "static int Label(string text) => 1;"), Classes, new ProgramCompilerOptions { FeatureNames = Features });
        Assert.Contains("numeric features", Assert.Single(text.Diagnostics).Message);
        var features = ProgramCompiler.Compile(Source("features", "static int Label(double texture) => 1;"), Classes);
        Assert.Contains("rows are text", Assert.Single(features.Diagnostics).Message);
    }

    [Fact]
    public async Task Safety_rules_hold_for_feature_programs()
    {
        using var applier = new ProgramApplier(new ApplyOptions { Isolation = ProgramIsolation.InProcess, FeatureNames = Features });
        var result = await applier.ApplyAsync(
        [
            Source("reads_files", "static int Label(double texture) => System.IO.File.Exists(\"/etc/passwd\") ? 1 : 0;"),
            Source("spins", "static int Label(double texture) { while (texture > -1) { texture += 1; } return 0; }"),
        ], Classes, Rows(20));
        Assert.True(result.Programs[0].Quarantined);
        Assert.Contains("File", result.Programs[0].QuarantineReason);
        Assert.True(result.Programs[1].Quarantined);
        Assert.Contains("Budget", result.Programs[1].QuarantineReason);
    }

    [Fact]
    public async Task Apply_step_reads_feature_columns_and_names_a_non_numeric_cell()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf("programs"));
        folder.Write("programs/big.cs", "static int Label(double meanRadius) => meanRadius > 15 ? 1 : 0;");
        var data = folder.Write("cells.csv", "mean_radius,texture,label\n20.5,10,malignant\n11,12,benign\n");
        var request = new ApplyRequest(new DataSourceSpec(data, LabelField: "label"), folder.PathOf("programs"), new RunFolder(folder.PathOf("run")),
            Classes, new ApplyOptions { Isolation = ProgramIsolation.InProcess }, ["mean_radius", "texture"]);
        var result = await ApplyStep.RunAsync(request);
        var matrix = result.Splits[DataSplits.OneFile].Matrix;
        Assert.Equal((1, 0), (matrix[0, 0], matrix[1, 0]));

        File.WriteAllText(data, "mean_radius,texture,label\n20.5,10,malignant\n11,n/a,benign\n");
        var error = await Assert.ThrowsAsync<DataFormatException>(() => ApplyStep.RunAsync(request with { Run = new RunFolder(folder.PathOf("run2")) }));
        Assert.Contains("cells.csv, row 3, field 'texture'", error.Message);
    }
}
