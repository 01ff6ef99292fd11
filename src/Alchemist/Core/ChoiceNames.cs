namespace Alchemist.Core;

/// <summary>
/// The names a closed set of choices goes by on the command line and in files: parsed once at the edge (with a one-line
/// error that lists every valid name), passed as <typeparamref name="T"/> everywhere else, and named again for outputs.
/// </summary>
/// <typeparam name="T">The enum of choices.</typeparam>
public sealed class ChoiceNames<T> where T : struct, Enum
{
    private readonly (string Name, T Value)[] _entries;

    /// <summary>Creates the table.</summary>
    /// <param name="what">What is chosen, for messages (e.g. "label model").</param>
    /// <param name="entries">Each choice with its name, in the order help texts and messages list them; one name per value.</param>
    public ChoiceNames(string what, params (string Name, T Value)[] entries)
    {
        if (entries.Select(e => e.Value).Distinct().Count() != entries.Length || entries.Select(e => e.Name).Distinct().Count() != entries.Length)
            throw new ArgumentException("Each choice needs exactly one name.", nameof(entries));
        What = what;
        _entries = entries;
        Names = entries.Select(e => e.Name).ToArray();
    }

    /// <summary>What is chosen, e.g. "label model".</summary>
    public string What { get; }

    /// <summary>Every name, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The comma-separated names, for help texts.</summary>
    public string List => string.Join(", ", Names);

    /// <summary>The name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value the table does not name.</exception>
    public string NameOf(T value)
    {
        foreach (var (name, v) in _entries)
            if (EqualityComparer<T>.Default.Equals(v, value)) return name;
        throw new ArgumentOutOfRangeException(nameof(value), value, $"No name for this {What}.");
    }

    /// <summary>The choice called <paramref name="text"/> (trimmed, case-insensitive), or false.</summary>
    public bool TryParse(string? text, out T value)
    {
        var key = text?.Trim() ?? "";
        foreach (var (name, v) in _entries)
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        value = default;
        return false;
    }

    /// <summary>The choice called <paramref name="text"/> (trimmed, case-insensitive).</summary>
    /// <exception cref="AlchemistException">Unknown name; the message lists the valid ones.</exception>
    public T Parse(string? text) => TryParse(text, out var value) ? value : throw new AlchemistException(UnknownMessage(text));

    /// <summary>The one-line error for an unknown name: <c>Unknown label model 'metal': use one of mv, wmv, …</c>.</summary>
    public string UnknownMessage(string? text) => $"Unknown {What} '{text}': use one of {List}.";
}
