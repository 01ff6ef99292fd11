// Written with hash 42c1c89b924857af
// Alchemist labeling program 002-rules for task 'imdb'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1, knowledge: rules.
// Tokens: 756 prompt + 689 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000527 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 98 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   1. If the review contains an explicit score: n/10 or "n out of 10" with n >= 7 -> positive; n <= 4 -> negative; 5-6 -> no decision.
//   2. If it contains a strong negative phrase (worst movie, waste of time, waste of money, avoid this, unwatchable, awful, terrible, garbage, save your money) and no strong positive phrase -> negative.
//   3. If it contains a strong positive phrase (masterpiece, one of the best, must see, highly recommend, loved it, brilliant, excellent, 10/10) and no strong negative phrase -> positive.
//   4. Otherwise count positive words (great, good, excellent, wonderful, enjoyed, beautiful, funny, best) and negative words (bad, boring, awful, stupid, dull, poor, worst, disappointing); label by the clear majority (difference of 2 or more).
//   5. Give more weight to the last two sentences, which usually hold the verdict; a "but" clause overrides what comes before it.
//   6. Handle negation: "not good", "not worth", "wasn't funny" count as negative; "not bad" counts as mildly positive.
//   7. Ignore sentiment words that describe the plot or characters ("bad guy", "evil", "kill", "horror") rather than the film.
//   8. If positive and negative evidence are balanced or absent (plain plot summary) -> no decision (-1).
//   
//   Decide whether a movie review from IMDb is positive or negative about the movie. Positive reviews praise the film,
//   its acting, story or direction and recommend it; negative reviews criticise it, call it boring, bad or a waste of
//   time and advise against watching it. Reviews are a few sentences long and may mention both good and bad points;
//   the label is the reviewer's overall opinion.
//   The function should return 1 if positive, 0 if negative, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Linq;
using System.Text.RegularExpressions;

public static class ImdbRuleLabeler
{
    private static readonly Regex Score = new Regex(@"\b(10|[0-9])\s*(/|out of)\s*10\b", RegexOptions.IgnoreCase);
    private static readonly Regex StrongNeg = new Regex(@"\b(worst movie|worst film|waste of time|waste of money|avoid this|unwatchable|awful|terrible|garbage|save your money)\b", RegexOptions.IgnoreCase);
    private static readonly Regex StrongPos = new Regex(@"\b(masterpiece|one of the best|must see|must-see|highly recommend|loved it|brilliant|excellent|10/10)\b", RegexOptions.IgnoreCase);
    private static readonly Regex PosWord = new Regex(@"\b(great|good|excellent|wonderful|enjoyed|beautiful|funny|best)\b", RegexOptions.IgnoreCase);
    private static readonly Regex NegWord = new Regex(@"\b(bad|boring|awful|stupid|dull|poor|worst|disappointing)\b", RegexOptions.IgnoreCase);
    private static readonly Regex NegatedPos = new Regex(@"\b(not|n't|never)\s+(\w+\s+)?(good|great|funny|worth|interesting)\b", RegexOptions.IgnoreCase);
    private static readonly Regex PlotBad = new Regex(@"\bbad (guy|guys|boy|girl)s?\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        var m = Score.Match(text);
        if (m.Success)
        {
            int n = int.Parse(m.Groups[1].Value);
            if (n >= 7) return 1;
            if (n <= 4) return 0;
            return -1;
        }
        bool strongNeg = StrongNeg.IsMatch(text);
        bool strongPos = StrongPos.IsMatch(text);
        if (strongNeg && !strongPos) return 0;
        if (strongPos && !strongNeg) return 1;

        string cleaned = PlotBad.Replace(text, " ");
        int negated = NegatedPos.Matches(cleaned).Count;
        int pos = PosWord.Matches(cleaned).Count - negated;
        int neg = NegWord.Matches(cleaned).Count + negated;
        if (Regex.IsMatch(cleaned, @"\bnot bad\b", RegexOptions.IgnoreCase)) { neg--; pos++; }
        if (pos - neg >= 2) return 1;
        if (neg - pos >= 2) return 0;
        return -1;
    }
}
