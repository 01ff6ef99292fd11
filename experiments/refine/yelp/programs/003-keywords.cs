// Written with hash c5d83674b7edb152
// Alchemist labeling program 003-keywords for task 'yelp'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 2, knowledge: keywords.
// Tokens: 598 prompt + 404 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000332 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 72 votes, 0 faults.
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
using System.Linq;

public static class YelpKeywordLabeler
{
    private static readonly string[] Positive =
    {
        "amazing", "delicious", "excellent", "awesome", "fantastic", "love this place", "highly recommend", "will be back",
        "will definitely be back", "can't wait to come back", "perfect", "wonderful", "friendly", "helpful", "attentive",
        "tasty", "yummy", "outstanding", "favorite", "five stars", "5 stars", "reasonable prices"
    };
    private static readonly string[] Negative =
    {
        "rude", "terrible", "horrible", "awful", "worst", "disgusting", "never again", "never coming back", "will not be back",
        "won't be back", "overpriced", "bland", "dirty", "disappointed", "disappointing", "unprofessional", "refund", "mediocre",
        "one star", "1 star", "zero stars", "not worth"
    };

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();
        int p = Positive.Count(t.Contains);
        int n = Negative.Count(t.Contains);
        if (p >= 2 && n == 0) return 1;
        if (n >= 1 && p == 0) return 0;
        if (p >= 2 * n + 2) return 1;
        if (n >= 2 * p + 1 && n >= 2) return 0;
        return -1;
    }
}
