namespace Alchemist.Programs;

/// <summary>
/// A labeling program compiled into its own collectible load context. <see cref="Label"/> returns the program's
/// answer as a class id (or -1); faults (exceptions, exhausted budgets) surface as exceptions for the caller to count.
/// </summary>
public sealed class CompiledProgram : IDisposable
{
    private readonly Func<string, int> _label;
    private ProgramLoadContext? _context;

    internal CompiledProgram(string name, Func<string, int> label, ProgramLoadContext context)
    {
        Name = name;
        _label = label;
        _context = context;
    }

    /// <summary>The program's name (its label-matrix column).</summary>
    public string Name { get; }

    /// <summary>Runs the program on one row's text and returns its raw answer.</summary>
    public int Label(string text) => _label(text);

    /// <summary>Unloads the program's assembly once no delegate to it is in use.</summary>
    public void Dispose()
    {
        _context?.Unload();
        _context = null;
    }
}
