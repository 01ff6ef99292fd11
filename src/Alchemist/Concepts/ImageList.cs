using nietras.SeparatedValues;

namespace Alchemist.Concepts;

/// <summary>The images to score, with their class and group where the source gives them.</summary>
/// <param name="Paths">Image file paths.</param>
/// <param name="Classes">Class name per image (the folder name, or the CSV's label column), or null.</param>
/// <param name="Groups">Group per image (the CSV's group column), or null.</param>
internal sealed record ImageList(string[] Paths, string[]? Classes, string[]? Groups)
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif" };

    /// <summary>
    /// A folder laid out as <c>class/…/image</c> (every image below a top-level sub-folder, whose name is its class),
    /// or a CSV with a <paramref name="pathColumn"/> column (relative paths are taken from the CSV's folder) and
    /// optional <paramref name="labelColumn"/> and <paramref name="groupColumn"/> columns. Sorted by path, so the
    /// order is the same on every machine.
    /// </summary>
    /// <exception cref="AlchemistException">The folder holds no images, or the CSV lacks the path column.</exception>
    public static ImageList Load(string source, string pathColumn = "path", string labelColumn = "label", string groupColumn = "group")
    {
        if (Directory.Exists(source)) return FromFolder(source);
        if (File.Exists(source)) return FromCsv(source, pathColumn, labelColumn, groupColumn);
        throw new AlchemistException($"{source}: no such image folder or CSV.");
    }

    private static ImageList FromFolder(string folder)
    {
        var paths = new List<string>();
        var classes = new List<string>();
        foreach (var classFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
            foreach (var file in Directory.GetFiles(classFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                if (Extensions.Contains(Path.GetExtension(file)))
                {
                    paths.Add(file);
                    classes.Add(Path.GetFileName(classFolder));
                }
        if (paths.Count == 0) throw new AlchemistException($"{folder}: no images in class sub-folders (expected {folder}/CLASS/*.jpg or .png).");
        return new ImageList(paths.ToArray(), classes.ToArray(), null);
    }

    private static ImageList FromCsv(string csv, string pathColumn, string labelColumn, string groupColumn)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(csv);
        var header = reader.Header;
        if (!header.ColNames.Contains(pathColumn))
            throw new Data.DataFormatException(csv, 1, pathColumn, $"the CSV has no '{pathColumn}' column (columns: {string.Join(", ", header.ColNames)}).");
        var hasLabel = header.ColNames.Contains(labelColumn);
        var hasGroup = header.ColNames.Contains(groupColumn);
        var baseFolder = Path.GetDirectoryName(Path.GetFullPath(csv))!;
        var (paths, classes, groups) = (new List<string>(), new List<string>(), new List<string>());
        var line = 1;
        foreach (var row in reader)
        {
            line++;
            var path = row[pathColumn].ToString();
            if (path.Length == 0) throw new Data.DataFormatException(csv, line, pathColumn, "is empty.");
            paths.Add(Path.IsPathRooted(path) ? path : Path.Combine(baseFolder, path));
            if (hasLabel) classes.Add(row[labelColumn].ToString());
            if (hasGroup) groups.Add(row[groupColumn].ToString());
        }
        if (paths.Count == 0) throw new Data.DataFormatException(csv, null, null, "lists no images.");
        return new ImageList(paths.ToArray(), hasLabel ? classes.ToArray() : null, hasGroup ? groups.ToArray() : null);
    }
}
