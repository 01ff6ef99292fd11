using Alchemist.Labeling;

namespace Alchemist.Tests.Labeling;

public sealed class LabelMatrixFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alchemist-lmx-").FullName;

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static LabelMatrix Sample() => new(3, 2, [0, -1, 1, 1, -1, -1], ["keyword_ü", "regex"]);

    [Fact]
    public void Round_trips_cells_and_names()
    {
        LabelMatrixFile.Save(PathOf("m.bin"), Sample());

        var loaded = LabelMatrixFile.Load(PathOf("m.bin"));

        Assert.Equal((3, 2), (loaded.Rows, loaded.Columns));
        Assert.Equal(Sample().ProgramNames, loaded.ProgramNames);
        Assert.Equal(Sample().Cells.ToArray(), loaded.Cells.ToArray());
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void Rejects_a_foreign_file_naming_it()
    {
        File.WriteAllText(PathOf("x.bin"), "this is not a label matrix at all");

        var error = Assert.Throws<AlchemistException>(() => LabelMatrixFile.Load(PathOf("x.bin")));

        Assert.Contains(PathOf("x.bin"), error.Message);
        Assert.Contains("magic", error.Message);
    }

    [Fact]
    public void Rejects_a_truncated_file()
    {
        LabelMatrixFile.Save(PathOf("m.bin"), Sample());
        var bytes = File.ReadAllBytes(PathOf("m.bin"));
        File.WriteAllBytes(PathOf("m.bin"), bytes[..^3]);

        Assert.Contains("truncated", Assert.Throws<AlchemistException>(() => LabelMatrixFile.Load(PathOf("m.bin"))).Message);
    }

    [Fact]
    public void Rejects_a_flipped_cell_by_its_checksum()
    {
        LabelMatrixFile.Save(PathOf("m.bin"), Sample());
        var bytes = File.ReadAllBytes(PathOf("m.bin"));
        bytes[^9] ^= 0x01; // the last cell
        File.WriteAllBytes(PathOf("m.bin"), bytes);

        Assert.Contains("checksum", Assert.Throws<AlchemistException>(() => LabelMatrixFile.Load(PathOf("m.bin"))).Message);
    }

    [Fact]
    public void Rejects_another_format_version()
    {
        LabelMatrixFile.Save(PathOf("m.bin"), Sample());
        var bytes = File.ReadAllBytes(PathOf("m.bin"));
        bytes[4] = 9;
        File.WriteAllBytes(PathOf("m.bin"), bytes);

        Assert.Contains("version 9", Assert.Throws<AlchemistException>(() => LabelMatrixFile.Load(PathOf("m.bin"))).Message);
    }

    [Fact]
    public void A_missing_file_says_to_run_apply() =>
        Assert.Contains("alchemist apply", Assert.Throws<AlchemistException>(() => LabelMatrixFile.Load(PathOf("none.bin"))).Message);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
