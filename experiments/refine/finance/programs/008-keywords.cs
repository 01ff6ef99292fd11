// Written with hash a0c89aee589d9268
// Alchemist labeling program 008-keywords for task 'finance'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 7, knowledge: keywords.
// Tokens: 680 prompt + 406 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000346 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 188 votes, 0 faults.
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
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

public static class FinancePhraseLexicon
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        var tokens = Regex.Split(text.ToLowerInvariant(), @"[^a-z\-]+").Where(w => w.Length > 0).ToList();

        var neg = new HashSet<string> { "fell", "decreased", "declined", "dropped", "decline", "decrease", "loss", "losses", "lay-offs", "layoffs", "cut", "cuts", "lower", "weaker", "weak", "worse", "slumped", "plunged", "negative", "closure", "bankruptcy", "warning" };
        var pos = new HashSet<string> { "rose", "increased", "increase", "grew", "growth", "improved", "improvement", "higher", "record", "won", "awarded", "expanded", "strong", "exceeded", "beat", "climbed", "gained", "doubled", "positive", "boost" };

        int n = tokens.Count(neg.Contains);
        int p = tokens.Count(pos.Contains);
        if (p >= 1 && n == 0) return 2;
        if (n >= 1 && p == 0) return 0;
        if (p >= n + 2) return 2;
        if (n >= p + 2) return 0;
        if (p == 0 && n == 0 && !Regex.IsMatch(text, @"\d+(\.\d+)?\s?%")) return 1;
        return -1;
    }
}
