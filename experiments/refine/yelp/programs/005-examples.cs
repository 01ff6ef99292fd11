// Written with hash 56b79ef0346ffe97
// Alchemist labeling program 005-examples for task 'yelp'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 4, knowledge: examples.
// Tokens: 670 prompt + 353 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000312 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 25 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   positive
//   - Best tacos in town! Friendly staff, fast service and great prices. Will definitely be back.
//   - Dr. Lee and her team were amazing. They explained everything and made me feel comfortable.
//   - Cute little coffee shop with delicious pastries and a cozy atmosphere. Love this place!
//   - Our server was attentive and the steak was cooked perfectly. Highly recommend for a date night.
//   - They fixed my car the same day and charged less than the quote. Honest and reliable.
//   
//   negative
//   - Waited 40 minutes for cold food and the waitress never came back to check on us. Never again.
//   - The front desk staff was rude and the room was dirty. Do not stay here.
//   - Overpriced and bland. The portions were tiny and the manager didn't care when we complained.
//   - They charged me for services I never asked for and refused a refund. Terrible customer service.
//   - Used to be my favorite spot, but the quality has gone downhill. Very disappointed.
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
using System.Text.RegularExpressions;

public static class YelpExampleLabeler
{
    private static readonly Regex Positive = new Regex(
        @"(best \w+ in town|will definitely be back|made me feel comfortable|love this place|highly recommend|cooked perfectly|honest and reliable|cozy atmosphere|friendly staff|great prices)",
        RegexOptions.IgnoreCase);
    private static readonly Regex Negative = new Regex(
        @"(waited \d+ minutes|cold food|never came back|never again|was rude|room was dirty|do not stay|overpriced|didn'?t care|refused a refund|terrible customer service|gone downhill|very disappointed)",
        RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        bool p = Positive.IsMatch(text), n = Negative.IsMatch(text);
        if (p && !n) return 1;
        if (n && !p) return 0;
        return -1;
    }
}
