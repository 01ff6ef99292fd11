using System.CommandLine;
using System.Globalization;

namespace Alchemist.Cli.Commands;

/// <summary><c>--budget</c>: dollars, parsed with a message a person understands (not a .NET type name), never negative.</summary>
internal static class BudgetOption
{
    /// <summary>A <c>--budget</c> option with <paramref name="description"/>.</summary>
    public static Option<decimal?> Create(string description) => new("--budget")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            var amount = text.TrimStart('$');
            if (decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var dollars) && dollars >= 0) return dollars;
            result.AddError($"--budget '{text}' is not an amount of dollars: give a non-negative number such as 0.50.");
            return null;
        },
    };
}
