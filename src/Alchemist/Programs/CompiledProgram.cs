using Alchemist.Programs.Runtime;

namespace Alchemist.Programs;

/// <summary>
/// A labeling program compiled into its own collectible load context. <see cref="Label"/> returns the program's
/// answer as a class id (or -1); faults (exceptions, exhausted budgets, regex timeouts) surface as exceptions for the
/// caller to count — <see cref="ProgramRunner"/> classifies them.
/// </summary>
internal sealed class CompiledProgram : IDisposable
{
    private readonly Func<string, int> _label;
    private ProgramLoadContext? _context;

    internal CompiledProgram(string name, string methodName, ProgramReturnKind returnKind, ProgramLimits limits,
        Func<string, int> label, ProgramLoadContext context)
    {
        Name = name;
        MethodName = methodName;
        ReturnKind = returnKind;
        Limits = limits;
        _label = label;
        _context = context;
    }

    /// <summary>The program's name (its label-matrix column).</summary>
    public string Name { get; }

    /// <summary>The labeling method that was found in the source.</summary>
    public string MethodName { get; }

    /// <summary>What the method returns, and so how its answer was mapped to an id.</summary>
    public ProgramReturnKind ReturnKind { get; }

    /// <summary>The per-row bounds enforced on every call of <see cref="Label"/>.</summary>
    public ProgramLimits Limits { get; }

    /// <summary>
    /// Runs the program on one row's text with a fresh budget on this thread and returns its raw answer (not yet
    /// checked against the label set). Throws whatever the program throws, <see cref="ProgramBudgetExceededException"/>,
    /// <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/> or <see cref="ProgramOutputException"/>.
    /// </summary>
    public int Label(string text)
    {
        ProgramBudget.Reset(Limits.MaxSteps, Limits.MaxCallDepth);
        var id = _label(text);
        // A fault the program caught through a framework callback (which wraps it) still makes the row a fault.
        if (ProgramBudget.Faulted)
            throw new ProgramBudgetExceededException("The program hit its budget on this row and carried on; the row counts as a fault.");
        return id;
    }

    /// <summary>The load context holding the program's assembly, until disposed (tests check that it unloads).</summary>
    internal System.Runtime.Loader.AssemblyLoadContext? LoadContext => _context;

    /// <summary>Unloads the program's assembly once no delegate to it is in use.</summary>
    public void Dispose()
    {
        _context?.Unload();
        _context = null;
    }
}
