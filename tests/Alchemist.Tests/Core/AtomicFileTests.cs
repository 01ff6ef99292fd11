using Alchemist.Tests.Data;

namespace Alchemist.Tests.Core;

/// <summary>The one write-aside-then-move mechanism every artifact writer uses: a failure never leaves a half-written target.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_failed_write_keeps_the_earlier_file_and_leaves_no_temp_file()
    {
        var path = _folder.PathOf("deep/a.json");
        AtomicFile.WriteAllText(path, "first");
        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("disk full");
        }));
        Assert.Equal("first", File.ReadAllText(path));
        Assert.Equal(["a.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_pending_file_replaces_the_target_only_when_committed()
    {
        var path = _folder.PathOf("t.csv");
        using (var pending = AtomicFile.Begin(path, path + ".partial"))
        {
            pending.Stream.Write("rows"u8);
            pending.Stream.Flush();
            Assert.True(File.Exists(path + ".partial"));
            Assert.False(File.Exists(path));
        }
        Assert.False(File.Exists(path + ".partial"));
        using (var pending = AtomicFile.Begin(path))
        {
            pending.Stream.Write("rows"u8);
            pending.Commit();
        }
        Assert.Equal("rows", File.ReadAllText(path));
    }

    [Fact]
    public void Try_create_never_replaces_an_existing_file()
    {
        var path = _folder.PathOf(".alchemist/lock.json");
        Assert.True(AtomicFile.TryCreate(path, "mine"));
        Assert.False(AtomicFile.TryCreate(path, "theirs"));
        Assert.Equal("mine", File.ReadAllText(path));
        Assert.Equal(["lock.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_is_replaced_whole_or_not_at_all()
    {
        var folder = _folder.PathOf("programs");
        AtomicFile.ReplaceDirectory(folder, temp => File.WriteAllText(Path.Combine(temp, "old.cs"), "old"));
        Assert.Throws<IOException>(() => AtomicFile.ReplaceDirectory(folder, temp =>
        {
            File.WriteAllText(Path.Combine(temp, "new.cs"), "new");
            throw new IOException("disk full");
        }));
        Assert.Equal(["old.cs"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.False(Directory.Exists(folder + ".tmp"));
        AtomicFile.ReplaceDirectory(folder, temp => File.WriteAllText(Path.Combine(temp, "new.cs"), "new"));
        Assert.Equal(["new.cs"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}
