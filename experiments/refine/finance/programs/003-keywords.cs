// Written with hash 7cc5cd9b7a0b951a
// Alchemist labeling program 003-keywords for task 'finance'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 2, knowledge: keywords.
// Tokens: 680 prompt + 471 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000385 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 51 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   negative: fell, decreased, declined, dropped, down, decline, decrease, loss, losses, operating loss, net loss, lay-offs, layoffs, job cuts, cut, cuts, profit warning, lower, weaker, weak, worse, slumped, plunged, negative, closure, close down, bankruptcy, warning, below expectations
//   neutral: is a, is located, headquartered, employs, will be published, announced, according to, signed by, based in, provides, offers, includes, consists of, appointed, owned by, agreement, the company said, held, expected to be completed
//   positive: rose, increased, increase, grew, growth, up, improved, improvement, higher, record, profit rose, won, awarded, order, contract, signed, agreement worth, expanded, strong, exceeded, beat, climbed, gained, doubled, positive, boost
//   
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
using System.Linq;
using System.Text.RegularExpressions;

public static class FinanceKeywordLabeler
{
    private static readonly string[] Negative = { "fell", "decreased", "declined", "dropped", "decline", "decrease", "loss", "losses", "operating loss", "net loss", "lay-offs", "layoffs", "job cuts", "cuts", "profit warning", "weaker", "weak", "worse", "slumped", "plunged", "negative", "closure", "bankruptcy", "below expectations" };
    private static readonly string[] Positive = { "rose", "increased", "increase", "grew", "growth", "improved", "improvement", "higher", "record", "profit rose", "won", "awarded", "agreement worth", "expanded", "strong", "exceeded", "climbed", "gained", "doubled", "positive", "boost" };
    private static readonly string[] Neutral = { "is a", "is located", "headquartered", "employs", "will be published", "according to", "based in", "provides", "offers", "includes", "consists of", "appointed", "owned by" };

    private static int Count(string t, string[] words) => words.Count(w => Regex.IsMatch(t, @"(?<![a-z])" + Regex.Escape(w) + @"(?![a-z])"));

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();
        int n = Count(t, Negative), p = Count(t, Positive), u = Count(t, Neutral);
        if (p > 0 && n == 0) return 2;
        if (n > 0 && p == 0) return 0;
        if (p == 0 && n == 0 && u > 0) return 1;
        return -1;
    }
}
