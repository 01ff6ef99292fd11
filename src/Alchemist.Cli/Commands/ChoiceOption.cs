using System.CommandLine;
using System.CommandLine.Parsing;

namespace Alchemist.Cli.Commands;

/// <summary>
/// Options whose value is one of a closed set of choices (<see cref="ChoiceNames{T}"/>): the name is parsed with the
/// command line, so a wrong one fails before anything runs with a one-line error listing the valid names, and the
/// command reads a typed value. Values come wrapped so that help shows their names (<c>[default: auto]</c>), not the
/// enum's member names.
/// </summary>
internal static class ChoiceOption
{
    /// <summary>An option taking one of <paramref name="names"/>, <paramref name="defaultValue"/> when absent.</summary>
    public static Option<Named<T>> Create<T>(string name, ChoiceNames<T> names, T defaultValue, string description) where T : struct, Enum
    {
        var fallback = new Named<T>(defaultValue, names.NameOf(defaultValue));
        var option = new Option<Named<T>>(name)
        {
            Description = description,
            HelpName = string.Join("|", names.Names),
            DefaultValueFactory = _ => fallback,
            CustomParser = result => Parse(result, names, names.UnknownMessage) is { } value ? new Named<T>(value, names.NameOf(value)) : fallback,
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add(names.Names.ToArray());
        return option;
    }

    /// <summary>An option taking one of <paramref name="names"/> or <paramref name="noneName"/> (no value), <paramref name="defaultValue"/> when absent.</summary>
    public static Option<Optional<T>> CreateOptional<T>(string name, ChoiceNames<T> names, string noneName, T? defaultValue, string description)
        where T : struct, Enum
    {
        Optional<T> Of(T? value) => new(value, value is { } v ? names.NameOf(v) : noneName);
        var option = new Option<Optional<T>>(name)
        {
            Description = description,
            HelpName = string.Join("|", [.. names.Names, noneName]),
            DefaultValueFactory = _ => Of(defaultValue),
            CustomParser = result => result.Tokens is [.., var last] && string.Equals(last.Value.Trim(), noneName, StringComparison.OrdinalIgnoreCase)
                ? Of(null)
                : Of(Parse(result, names, text => $"Unknown {names.What} '{text}': use one of {names.List}, {noneName}.") ?? defaultValue),
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add([.. names.Names, noneName]);
        return option;
    }

    /// <summary>A parsed choice with its name; converts to the choice itself.</summary>
    internal readonly record struct Named<T>(T Value, string Name) where T : struct, Enum
    {
        public static implicit operator T(Named<T> choice) => choice.Value;

        /// <inheritdoc />
        public override string ToString() => Name;
    }

    /// <summary>A parsed choice that may be "none" (null): System.CommandLine cannot bind a custom parser's null itself.</summary>
    internal readonly record struct Optional<T>(T? Value, string Name) where T : struct, Enum
    {
        /// <inheritdoc />
        public override string ToString() => Name;
    }

    private static T? Parse<T>(ArgumentResult result, ChoiceNames<T> names, Func<string, string> unknown) where T : struct, Enum
    {
        if (result.Tokens is not [.., var last]) return null;
        if (names.TryParse(last.Value, out var value)) return value;
        result.AddError(unknown(last.Value));
        return null;
    }
}
