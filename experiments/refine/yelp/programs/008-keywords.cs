// Written with hash 2606a9e702751aa7
// Alchemist labeling program 008-keywords for task 'yelp'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 7, knowledge: keywords.
// Tokens: 598 prompt + 447 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000358 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 99 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   positive: amazing, delicious, great, excellent, awesome, fantastic, love, loved, love this place, best, friendly, helpful, attentive, highly recommend, recommend, will be back, will definitely be back, can't wait to come back, perfect, wonderful, fresh, tasty, clean, reasonable prices, favorite, five stars, 5 stars, yummy, outstanding
//   negative: rude, terrible, horrible, awful, worst, disgusting, never again, never coming back, will not be back, won't be back, waste, overpriced, cold, bland, dirty, slow, waited, disappointed, disappointing, unprofessional, refund, manager, avoid, mediocre, poor, one star, 1 star, zero stars, not worth
//   
//   Decide whether a Yelp review of a business (restaurant, shop, salon, hotel, service) is positive or negative.
//   Positive reviews praise the food, service, staff, prices or atmosphere and say they will come back or recommend the
//   place; negative reviews complain about bad service, rude staff, poor food, long waits, dirt or high prices and say
//   they will not return.
//   The function should return 1 if positive, 0 if negative, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

public static class YelpLexicon
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        var words = Regex.Split(text.ToLowerInvariant(), @"[^a-z']+").Where(w => w.Length > 0).ToList();
        var pos = new HashSet<string> { "amazing", "delicious", "great", "excellent", "awesome", "fantastic", "love", "loved", "best",
            "friendly", "helpful", "attentive", "perfect", "wonderful", "fresh", "tasty", "clean", "favorite", "yummy", "outstanding" };
        var neg = new HashSet<string> { "rude", "terrible", "horrible", "awful", "worst", "disgusting", "overpriced", "cold", "bland",
            "dirty", "slow", "waited", "disappointed", "disappointing", "unprofessional", "refund", "manager", "mediocre", "poor" };

        int p = 0, n = 0;
        for (int i = 0; i < words.Count; i++)
        {
            bool negated = i > 0 && (words[i - 1] == "not" || words[i - 1] == "never" || words[i - 1].EndsWith("n't"));
            if (pos.Contains(words[i])) { if (negated) n++; else p++; }
            else if (neg.Contains(words[i])) { if (negated) p++; else n++; }
        }
        if (p == 0 && n == 0) return -1;
        double ratio = (double)p / (p + n);
        if (ratio >= 0.75 && p >= 2) return 1;
        if (ratio <= 0.3 && n >= 2) return 0;
        return -1;
    }
}
