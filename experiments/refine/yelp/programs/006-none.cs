// Written with hash d11d065dcccf1be4
// Alchemist labeling program 006-none for task 'yelp'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 5, knowledge: none.
// Tokens: 298 prompt + 248 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000194 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 22 votes, 0 faults.
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
using System.Text.RegularExpressions;

public static class ReviewReturnIntent
{
    private static readonly Regex WontReturn = new Regex(
        @"\b(never (again|coming back|going back|return)|won'?t be (back|returning)|will not (be back|return)|not (coming|going) back|stay away|avoid this|do not (go|waste)|don'?t waste|zero stars|one star|1 star)\b",
        RegexOptions.IgnoreCase);
    private static readonly Regex WillReturn = new Regex(
        @"\b(will (definitely |certainly )?be back|(can'?t|cannot) wait to (go|come) back|highly recommend|five stars|5 stars|my new favou?rite|will (definitely )?return|coming back soon)\b",
        RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        bool neg = WontReturn.IsMatch(text);
        bool pos = WillReturn.IsMatch(text);
        if (neg && !pos) return 0;
        if (pos && !neg) return 1;
        return -1;
    }
}
