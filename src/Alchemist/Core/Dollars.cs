using System.Globalization;

namespace Alchemist.Core;

/// <summary>
/// The one way a dollar amount is printed (tables, the HTML report, program headers, messages), so the same cost reads
/// the same everywhere: four decimals, or six below a cent, where per-call costs live.
/// </summary>
internal static class Dollars
{
    /// <summary>E.g. <c>$0.0338</c>, <c>$0.000412</c>; <c>unknown</c> for null (a model without a price).</summary>
    public static string Format(decimal? amount) =>
        amount is { } v ? "$" + v.ToString(v < 0.01m ? "0.000000" : "0.0000", CultureInfo.InvariantCulture) : "unknown";
}
