// Written with hash c167e0f5559d1a47
// Alchemist labeling program 007-rules for task 'imdb'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 6, knowledge: rules.
// Tokens: 756 prompt + 559 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000449 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 30 votes, 0 faults.
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

public static class ReviewScoreAndPhrases
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        var score = Regex.Match(t, @"\b(10|[0-9])(\.\d)?\s*(/|out of)\s*10\b");
        if (score.Success)
        {
            int n = int.Parse(score.Groups[1].Value);
            return n >= 7 ? 1 : n <= 4 ? 0 : -1;
        }

        // negation-aware word counting over the last half of the review, where the verdict usually is
        string half = t.Substring(t.Length / 2);
        string[] words = Regex.Split(half, @"[^a-z']+").Where(w => w.Length > 0).ToArray();
        int pos = 0, neg = 0;
        for (int i = 0; i < words.Length; i++)
        {
            bool negated = i > 0 && (words[i - 1] == "not" || words[i - 1].EndsWith("n't") || words[i - 1] == "never");
            switch (words[i])
            {
                case "great": case "good": case "excellent": case "wonderful": case "enjoyed": case "beautiful": case "funny": case "best": case "brilliant": case "loved":
                    if (negated) neg++; else pos++;
                    break;
                case "bad": case "boring": case "awful": case "stupid": case "dull": case "poor": case "worst": case "disappointing": case "terrible": case "waste":
                    if (negated) pos++; else neg++;
                    break;
            }
        }
        if (pos >= neg + 2) return 1;
        if (neg >= pos + 2) return 0;
        return -1;
    }
}
