// Written with hash 5d76d8adc16f2ee1
// Alchemist labeling program 004-description for task 'yelp'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 3, knowledge: description.
// Tokens: 750 prompt + 476 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000398 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 43 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   The data are customer reviews from Yelp about local businesses: restaurants, bars, cafes, shops, salons, hotels, auto repair and other services. They are informal English, from one sentence to several paragraphs, describing a visit: the food or product, the service, the staff, waiting time, price and atmosphere.
//   
//   positive (1, 4-5 stars): the customer was satisfied. Typical language: "amazing", "delicious", "great service", "friendly staff", "highly recommend", "best ... in town", "will definitely be back", "love this place", "can't wait to come back", exclamation marks with praise.
//   
//   negative (0, 1-2 stars): the customer was dissatisfied. Typical language: "rude", "terrible", "worst", "never again", "will not be back", "waited 45 minutes", "cold food", "overpriced", "dirty", "manager didn't care", "disappointed", "avoid", "horrible customer service", requests for refunds.
//   
//   How to tell them apart: the verdict is usually explicit at the start or end ("will be back" vs. "never coming back"); complaints about staff behaviour and waiting are strong negative signals; enthusiastic praise of food and staff and recommendations are strong positive signals. Mixed reviews that list both good and bad points without a clear verdict should be left undecided.
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

public static class YelpVerdictLabeler
{
    private static readonly Regex PosVerdict = new Regex(@"\b(will (definitely )?be back|love this place|highly recommend|best \w+ in town|can'?t wait to come back)\b", RegexOptions.IgnoreCase);
    private static readonly Regex NegVerdict = new Regex(@"\b(never again|will not be back|won'?t be back|avoid|want(ed)? a refund|horrible customer service)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Praise = new Regex(@"\b(amazing|delicious|great service|friendly staff|friendly|excellent|fantastic)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Complaint = new Regex(@"\b(rude|terrible|worst|waited \d+ minutes|cold food|overpriced|dirty|didn'?t care|disappointed)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        bool pv = PosVerdict.IsMatch(text), nv = NegVerdict.IsMatch(text);
        if (pv && !nv) return 1;
        if (nv && !pv) return 0;
        int p = Praise.Matches(text).Count, c = Complaint.Matches(text).Count;
        if (p >= 2 && c == 0) return 1;
        if (c >= 2 && p == 0) return 0;
        return -1;
    }
}
