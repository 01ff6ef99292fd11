namespace Alchemist.Tests.Data;

/// <summary>A fresh temporary folder for files a test writes, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder() => Directory.CreateDirectory(Root);

    /// <summary>The folder's path.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "alchemist-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file into the folder and returns its path.</summary>
    public string Write(string name, string content, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    /// <summary>A path inside the folder.</summary>
    public string PathOf(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
