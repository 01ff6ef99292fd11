namespace Alchemist.Core;

/// <summary>
/// The classes of a task, in id order: class <c>i</c> has id <c>i</c>; -1 means abstain.
/// </summary>
public sealed record LabelSet
{
    /// <summary>The id every program and label model uses for "no opinion".</summary>
    public const int Abstain = -1;

    /// <summary>The largest number of classes a <see cref="LabelMatrix"/> can hold (its cells are sbyte).</summary>
    public const int MaxClasses = 127;

    private readonly Dictionary<string, int> _ids;

    /// <summary>Creates a label set from class names in id order.</summary>
    /// <exception cref="ArgumentException">Fewer than two names, a blank or duplicate name, or more than <see cref="MaxClasses"/>.</exception>
    public LabelSet(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count < 2) throw new ArgumentException("A label set needs at least two classes.", nameof(names));
        if (names.Count > MaxClasses) throw new ArgumentException($"At most {MaxClasses} classes are supported, got {names.Count}.", nameof(names));
        _ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"Class {i} has a blank name.", nameof(names));
            if (!_ids.TryAdd(name.Trim(), i)) throw new ArgumentException($"Class name '{name}' appears twice.", nameof(names));
        }
        Names = names.Select(n => n.Trim()).ToArray();
    }

    /// <summary>Class names in id order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of classes.</summary>
    public int Count => Names.Count;

    /// <summary>True when <paramref name="id"/> is a valid class id (abstain is not).</summary>
    public bool Contains(int id) => id >= 0 && id < Count;

    /// <summary>Finds a class id by name, ignoring case and surrounding white space.</summary>
    public bool TryGetId(string name, out int id) => _ids.TryGetValue(name.Trim(), out id);

    /// <summary>The name of class <paramref name="id"/>, or "ABSTAIN" for -1.</summary>
    public string NameOf(int id) => id == Abstain ? "ABSTAIN" : Names[id];

    /// <inheritdoc />
    public bool Equals(LabelSet? other) => other is not null && Names.SequenceEqual(other.Names);

    /// <inheritdoc />
    public override int GetHashCode() => Names.Aggregate(0, (h, n) => HashCode.Combine(h, n));
}
