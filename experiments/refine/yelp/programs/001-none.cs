// Written with hash a6c537934fc24502
// Alchemist labeling program 001-none for task 'yelp'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 0, knowledge: none.
// Tokens: 298 prompt + 255 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000198 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 82 votes, 0 faults.
// Prompt (system message omitted; see the system template):
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
using System.Text.RegularExpressions;

public static class YelpPolarityLabeler
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        string[] positive = { "amazing", "delicious", "excellent", "awesome", "fantastic", "love this place", "highly recommend", "will be back", "friendly", "best", "great service", "perfect", "wonderful" };
        string[] negative = { "rude", "terrible", "horrible", "worst", "disgusting", "never again", "won't be back", "will not be back", "overpriced", "awful", "disappointed", "waste", "dirty", "refund" };

        int p = positive.Count(t.Contains);
        int n = negative.Count(t.Contains);
        if (Regex.IsMatch(t, @"\bnot (good|great|worth)\b")) n++;

        if (p >= 2 && n == 0) return 1;
        if (n >= 1 && p == 0) return 0;
        if (p - n >= 2) return 1;
        if (n - p >= 2) return 0;
        return -1;
    }
}
