using System.CommandLine;
using System.CommandLine.Parsing;

namespace Alchemist.Cli.Commands;

/// <summary>
/// Options whose value is one of a closed set of choices (<see cref="ChoiceNames{T}"/>): the name is parsed with the
/// command line, so a wrong one fails before anything runs with a one-line error listing the valid names, and the
/// command reads a typed value.
/// </summary>
internal static class ChoiceOption
{
    /// <summary>An option taking one of <paramref name="names"/>, <paramref name="defaultValue"/> when absent.</summary>
    public static Option<T> Create<T>(string name, ChoiceNames<T> names, T defaultValue, string description) where T : struct, Enum
    {
        var option = new Option<T>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => Parse(result, names) ?? defaultValue,
        };
        option.CompletionSources.Add(names.Names.ToArray());
        return option;
    }

    /// <summary>An option taking one of <paramref name="names"/> or <paramref name="noneName"/> (no value), <paramref name="defaultValue"/> when absent.</summary>
    /// <remarks>The value comes wrapped: System.CommandLine cannot bind a custom parser's null.</remarks>
    public static Option<Choice<T>> CreateOptional<T>(string name, ChoiceNames<T> names, string noneName, T? defaultValue, string description) where T : struct, Enum
    {
        var option = new Option<Choice<T>>(name)
        {
            Description = description,
            DefaultValueFactory = _ => new(defaultValue),
            CustomParser = result => result.Tokens is [.., var last] && string.Equals(last.Value.Trim(), noneName, StringComparison.OrdinalIgnoreCase)
                ? new(null)
                : new(Parse(result, names, noneName) ?? defaultValue),
        };
        option.CompletionSources.Add([.. names.Names, noneName]);
        return option;
    }

    /// <summary>The value of an optional choice: null for the "none" name.</summary>
    internal readonly record struct Choice<T>(T? Value) where T : struct, Enum;

    private static T? Parse<T>(ArgumentResult result, ChoiceNames<T> names, string? noneName = null) where T : struct, Enum
    {
        if (result.Tokens is not [.., var last]) return null;
        if (names.TryParse(last.Value, out var value)) return value;
        result.AddError(noneName is null ? names.UnknownMessage(last.Value) : $"Unknown {names.What} '{last.Value}': use one of {names.List}, {noneName}.");
        return null;
    }
}
