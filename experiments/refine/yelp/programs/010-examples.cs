// Written with hash e8c238424166243a
// Alchemist labeling program 010-examples for task 'yelp'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 9, knowledge: examples.
// Tokens: 670 prompt + 316 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000290 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 55 votes, 0 faults.
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

public static class YelpLikeExamples
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();
        bool neg = Regex.IsMatch(t, @"(never again|do not (stay|go|eat)|charged me|refused|refund|the manager|waited (\d+|forever|over)|quality has gone|used to be (my|our|a) favou?rite|tiny portions|portions were tiny|bland|\brude\b)");
        bool pos = Regex.IsMatch(t, @"(will definitely be back|highly recommend|love this place|best [a-z]+ (in town|ever)|cooked perfectly|so friendly|very friendly|explained everything|same day|delicious|cozy)");
        if (neg && !pos) return 0;
        if (pos && !neg) return 1;
        return -1;
    }
}
