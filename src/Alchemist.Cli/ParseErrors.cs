using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Alchemist.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors into one line a person understands: an unknown command or option with the
/// nearest real one, a missing value or option by name, a number that is not one with an example (never a .NET type
/// name), followed by where to look (<c>--help</c>). Errors are read from the parse tree where it can say what went
/// wrong (unmatched tokens, missing required options and arguments, values of the wrong type); the messages our own
/// parsers and validators wrote are already meant for people and are kept as they are.
/// </summary>
internal static class ParseErrors
{
    /// <summary>The one line (without the <c>error: </c> prefix) for a parse that failed.</summary>
    public static string Describe(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var commandResult = parsed.CommandResult;
        var command = commandResult.Command;
        var commandLine = command is RootCommand ? "alchemist" : $"alchemist {command.Name}";
        var problems = new List<string>();
        var covered = new List<string>(); // names the parser's own messages about the command quote: those messages are replaced here

        var needsCommand = command.Subcommands.Count > 0 && command.Action is null;
        var unknownCommand = false;
        // A command with an optional positional argument (apply's PROJECT_DIR) takes an unknown option as its value; the
        // argument's validator refuses it, and it is reported as the unknown option it is.
        foreach (var token in command.Arguments.Select(a => commandResult.GetResult(a)).SelectMany(r => r?.Tokens ?? []).Select(t => t.Value).Where(v => v.StartsWith('-')))
        {
            covered.Add(token);
            problems.Add(UnknownOption(token, command, commandLine));
        }
        foreach (var token in parsed.UnmatchedTokens)
        {
            covered.Add(token);
            if (token.StartsWith('-')) problems.Add(UnknownOption(token, command, commandLine));
            else if (!needsCommand) problems.Add(Unexpected(token, command, commandLine));
            else if (!unknownCommand) // the words after an unknown command are its arguments: one message says it all
            {
                unknownCommand = true;
                problems.Add($"unknown command '{token}'{Suggest(token, Visible(command.Subcommands).SelectMany(c => c.Aliases.Prepend(c.Name)))}; " +
                    $"the commands are {string.Join(", ", Visible(command.Subcommands).Select(c => c.Name))}");
            }
        }
        if (needsCommand && !unknownCommand)
            problems.Add($"no command given: use one of {string.Join(", ", Visible(command.Subcommands).Select(c => c.Name))}");

        foreach (var error in parsed.Errors)
            if (IsAboutTheTree(error)) continue; // rebuilt from the tree below, or quoted after it
            else if (Of(error) is { } line && !problems.Contains(line)) problems.Add(line);

        foreach (var option in AllOptions(commandResult).Where(o => o.Required && commandResult.GetResult(o) is null or { IdentifierToken: null }))
        {
            covered.Add(option.Name);
            problems.Add($"missing {option.Name}: {Sentence(option.Description)}");
        }
        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && !a.HasDefaultValue
            && (commandResult.GetResult(a)?.Tokens.Count ?? 0) < a.Arity.MinimumNumberOfValues))
        {
            covered.Add(command.Name);
            problems.Add($"missing {argument.Name}: {Sentence(argument.Description)}");
        }

        // What the parser said about the command that the tree did not explain (a command's own validator).
        foreach (var error in parsed.Errors.Where(e => e.SymbolResult is CommandResult))
            if (!(needsCommand && !error.Message.Contains('\'', StringComparison.Ordinal)) && !covered.Any(name => error.Message.Contains($"'{name}'", StringComparison.Ordinal)))
                problems.Add(error.Message.TrimEnd('.'));

        if (problems.Count == 0) problems.AddRange(parsed.Errors.Select(e => e.Message.TrimEnd('.')));
        return $"{string.Join("; ", problems)} (see '{commandLine} --help').";
    }

    /// <summary>
    /// Errors the tree explains better than their message: about the command itself (unknown words, no command), a
    /// required option not given, a required argument not given.
    /// </summary>
    private static bool IsAboutTheTree(ParseError error) => error.SymbolResult switch
    {
        CommandResult => true,
        OptionResult { IdentifierToken: null } => true,
        ArgumentResult { Parent: OptionResult { IdentifierToken: null } } => true,
        ArgumentResult { Parent: CommandResult } argument => argument.Tokens.Count < argument.Argument.Arity.MinimumNumberOfValues,
        _ => false,
    };

    /// <summary>An option the command does not have, with the nearest one it has.</summary>
    private static string UnknownOption(string token, Command command, string commandLine) =>
        $"unknown option '{token}' for '{commandLine}'{Suggest(token.Split('=', ':')[0], AllOptionNames(command))}";

    /// <summary>A positional token the command has no argument for.</summary>
    private static string Unexpected(string token, Command command, string commandLine)
    {
        var takes = command.Arguments.Count == 0 ? "takes no positional argument" : $"takes {string.Join(" ", command.Arguments.Select(a => a.Name))}";
        return $"unexpected argument '{token}': '{commandLine}' {takes} (options start with --)";
    }

    /// <summary>The line for an error about one option's value, or null to keep the parser's message.</summary>
    private static string? Of(ParseError error)
    {
        var optionResult = error.SymbolResult as OptionResult ?? (error.SymbolResult as ArgumentResult)?.Parent as OptionResult;
        if (optionResult is null) return error.Message.TrimEnd('.');
        var option = optionResult.Option;
        var valueType = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        if (optionResult.Tokens.Count == 0 && valueType != typeof(bool))
            return $"{option.Name} needs a value{(Expected(valueType) is { } expected ? $": {expected}{Example(option)}" : "")}";
        // The parser's conversion message names the .NET type; our own parsers' messages never do, and are kept.
        if (!error.Message.Contains(option.ValueType.ToString(), StringComparison.Ordinal) && !error.Message.Contains(valueType.ToString(), StringComparison.Ordinal))
            return error.Message.TrimEnd('.');
        var given = optionResult.Tokens[^1].Value;
        return $"{option.Name} '{given}' is not {Expected(valueType) ?? "a valid value"}{Example(option)}";
    }

    private static string? Expected(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) ? "a whole number"
        : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? "a number"
        : type == typeof(bool) ? "true or false"
        : null;

    /// <summary>The option's default as an example (<c> such as 512, the default</c>), when it has one to show.</summary>
    private static string Example(Option option) =>
        option.HasDefaultValue && option.GetDefaultValue() is IFormattable value
            ? $", such as {value.ToString(null, CultureInfo.InvariantCulture)} (the default)"
            : Expected(Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType) switch
            {
                "a whole number" => ", such as 10",
                "a number" => ", such as 0.5",
                _ => "",
            };

    /// <summary>Options of the command and the recursive ones of its parents (<c>--verbose</c>, <c>--help</c>).</summary>
    private static IEnumerable<Option> AllOptions(CommandResult result)
    {
        foreach (var option in result.Command.Options) yield return option;
        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
            foreach (var option in parent.Command.Options.Where(o => o.Recursive)) yield return option;
    }

    private static IEnumerable<string> AllOptionNames(Command command)
    {
        var names = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            names.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)));
        return names.Distinct();
    }

    private static IEnumerable<Command> Visible(IEnumerable<Command> commands) => commands.Where(c => !c.Hidden);

    /// <summary><c> (did you mean 'X'?)</c> for the nearest name within a few edits, else nothing.</summary>
    private static string Suggest(string typed, IEnumerable<string> names)
    {
        var best = names.Select(n => (Name: n, Distance: EditDistance(typed.ToLowerInvariant(), n.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, x.Name.Length / 3)).OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is null ? "" : $" (did you mean '{best.Name}'?)";
    }

    /// <summary>Levenshtein distance.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static string Sentence(string? description) => (description ?? "").TrimEnd('.') is { Length: > 0 } text ? char.ToLowerInvariant(text[0]) + text[1..] : "required";
}
