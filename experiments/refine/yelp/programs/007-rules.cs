// Written with hash e1429231391ced96
// Alchemist labeling program 007-rules for task 'yelp'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 6, knowledge: rules.
// Tokens: 726 prompt + 486 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000401 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 65 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   1. If the review says the customer will return or recommends the place ("will be back", "highly recommend", "can't wait to go back", "my new favorite") and has no return-refusal -> positive.
//   2. If it says the customer will not return or warns others ("never again", "won't be back", "will not return", "stay away", "avoid", "do not go") -> negative.
//   3. Complaints about staff behaviour ("rude", "unprofessional", "ignored us", "didn't care") or long waits ("waited 30 minutes", "over an hour") -> negative unless a clear positive verdict follows.
//   4. Explicit star talk: "5 stars", "five stars" -> positive; "1 star", "one star", "zero stars", "if I could give 0" -> negative.
//   5. Count strong positive words (amazing, delicious, excellent, awesome, perfect, fantastic, friendly, love) and strong negative words (terrible, horrible, worst, disgusting, awful, rude, bland, dirty, overpriced); a margin of 2 or more decides.
//   6. Negated praise ("not good", "not great", "not worth") counts as negative.
//   7. Reviews that are mostly neutral description (menu items, location, hours) or balanced between praise and complaint -> no decision (-1).
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
using System.Text.RegularExpressions;

public static class YelpScoredRules
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();
        int score = 0;

        if (Regex.IsMatch(t, @"\b(will (definitely )?be back|highly recommend|can'?t wait to (go|come) back|new favou?rite|will return)\b")) score += 3;
        if (Regex.IsMatch(t, @"\b(never again|won'?t be back|will not (be back|return)|stay away|do not go|avoid)\b")) score -= 3;
        if (Regex.IsMatch(t, @"\b(rude|unprofessional|ignored|didn'?t care|waited)\b")) score -= 2;
        if (Regex.IsMatch(t, @"\b(five|5) stars\b")) score += 3;
        if (Regex.IsMatch(t, @"\b(one|1|zero|0) stars?\b")) score -= 3;

        string[] pos = { "amazing", "delicious", "excellent", "awesome", "perfect", "fantastic", "friendly", "love" };
        string[] neg = { "terrible", "horrible", "worst", "disgusting", "awful", "bland", "dirty", "overpriced" };
        var words = Regex.Split(t, @"[^a-z']+");
        score += words.Count(w => pos.Contains(w));
        score -= words.Count(w => neg.Contains(w));
        score -= Regex.Matches(t, @"\bnot (good|great|worth)\b").Count * 2;

        if (score >= 2) return 1;
        if (score <= -2) return 0;
        return -1;
    }
}
