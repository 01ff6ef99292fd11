// Written with hash ac01be05c8b12ac0
// Alchemist labeling program 005-examples for task 'imdb'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 4, knowledge: examples.
// Tokens: 669 prompt + 350 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000310 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 36 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   positive
//   - One of the best films I've seen this year. The acting is superb and the ending left me in tears. 9/10.
//   - I didn't expect much, but this turned out to be a charming, funny little movie. Highly recommended.
//   - A true classic. Brilliant direction, a great score and a wonderful performance by the lead.
//   - My kids and I loved it. Beautiful animation and a story with real heart.
//   - Gripping from start to finish, with a clever twist I never saw coming. A must see.
//   
//   negative
//   - This was the worst movie I have ever seen. Terrible acting, no plot and awful dialogue. 1/10.
//   - A complete waste of time. I kept waiting for something to happen and nothing did.
//   - The trailer looked promising, but the film is boring, predictable and far too long.
//   - Even the great cast can't save this mess of a script. Avoid it.
//   - I want those two hours of my life back. Stupid, pointless and not even funny.
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
using System.Text.RegularExpressions;

public static class ImdbExamplePatterns
{
    private static readonly Regex Positive = new Regex(
        @"(one of the best|superb|left me in tears|highly recommended?|a true classic|brilliant direction|wonderful performance|loved it|real heart|gripping|must see|charming)",
        RegexOptions.IgnoreCase);
    private static readonly Regex Negative = new Regex(
        @"(worst movie|terrible acting|no plot|awful dialogue|waste of time|nothing (happened|happens)|boring|predictable|far too long|mess of a|avoid it|want (those|my) .{0,20}back|pointless|not even funny)",
        RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        bool p = Positive.IsMatch(text);
        bool n = Negative.IsMatch(text);
        if (p && !n) return 1;
        if (n && !p) return 0;
        return -1;
    }
}
