// Written with hash c231803c84b627b7
// Alchemist labeling program 006-none for task 'finance'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 5, knowledge: none.
// Tokens: 333 prompt + 366 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000270 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 10 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Classify the sentiment of a sentence from financial news or a company press release, from the point of view of an
//   investor in the company. Positive: the company's results, sales, profit, orders or prospects improve, it wins a
//   contract or grows. Negative: results worsen, losses, falling sales, layoffs, lower guidance or other bad news for the
//   company. Neutral: factual statements with no clear good or bad news, such as descriptions of the company, its
//   products, ownership, plans or dates.
//   The function should return 2 if positive, 1 if neutral, 0 if negative, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Globalization;
using System.Text.RegularExpressions;

public static class FinanceNewsSentiment
{
    private static readonly Regex FromTo = new Regex(@"to (?:EUR|USD|\$|€)?\s?([\d.,]+)\s*(?:mn|million|m|bn)?\s+from (?:EUR|USD|\$|€)?\s?([\d.,]+)", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        bool lossTalk = Regex.IsMatch(t, @"\b(loss|losses)\b");
        var m = FromTo.Match(text);
        if (m.Success
            && double.TryParse(m.Groups[1].Value.Replace(",", "").TrimEnd('.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var now)
            && double.TryParse(m.Groups[2].Value.Replace(",", "").TrimEnd('.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var before)
            && now != before)
        {
            bool better = now > before;
            if (lossTalk) better = !better;
            return better ? 2 : 0;
        }

        if (Regex.IsMatch(t, @"\b(lay-?offs?|cut \d+ jobs|job cuts|profit warning|lowers? (its )?(guidance|outlook|forecast))\b")) return 0;
        if (Regex.IsMatch(t, @"\b(wins?|won|awarded|secured) (a|an|the)?\s?.{0,30}(order|contract|deal)\b")) return 2;
        if (Regex.IsMatch(t, @"\b(will be published|is headquartered|is based in|employs|is a (leading|finnish|global))\b")) return 1;
        return -1;
    }
}
