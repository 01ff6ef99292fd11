using Alchemist.Programs;

namespace Alchemist.Pipeline;

/// <summary>
/// A folder of labeling programs, one per file: <c>*.cs</c> (C# source) or <c>*.md</c> (an LLM answer with the code
/// in a fenced block). The file name without extension is the program's name; programs are ordered by name (ordinal),
/// which fixes the label-matrix column order.
/// </summary>
internal static class ProgramFolder
{
    private static readonly string[] Extensions = [".cs", ".md"];

    /// <summary>Reads every program in <paramref name="folder"/>.</summary>
    /// <exception cref="AlchemistException">The folder is missing or holds no program file.</exception>
    public static IReadOnlyList<ProgramSource> Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new AlchemistException($"The programs folder {folder} does not exist.");
        var files = Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new AlchemistException($"The programs folder {folder} holds no program (*.cs or *.md files).");
        foreach (var file in files)
        {
            // A link could point the run at any file on the machine (and copy it into the run folder): programs are plain files.
            if (new FileInfo(file).LinkTarget is { } target)
                throw new AlchemistException($"{file} is a symbolic link (to {target}); programs must be plain files: copy the program into the folder.");
            if (Path.GetFileName(file).Any(char.IsControl))
                throw new AlchemistException($"A program file in {folder} has control characters in its name; rename it.");
        }
        return files.Select(f => new ProgramSource(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), Path.GetFullPath(f))).ToArray();
    }

    /// <summary>Copies the programs into the run folder (replacing an earlier copy), so a run records exactly what it applied.</summary>
    public static void Copy(IReadOnlyList<ProgramSource> programs, RunFolder run)
    {
        AtomicFile.ReplaceDirectory(run.ProgramsDirectory, temp =>
        {
            foreach (var program in programs)
                File.WriteAllText(Path.Combine(temp, Path.GetFileName(program.Path) ?? program.Name + ".cs"), program.Code);
        });
    }
}
