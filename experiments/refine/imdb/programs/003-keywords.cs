// Written with hash 694f52c359b155d1
// Alchemist labeling program 003-keywords for task 'imdb'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 2, knowledge: keywords.
// Tokens: 611 prompt + 498 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000390 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 115 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   positive: great, excellent, brilliant, amazing, wonderful, loved it, love this movie, best, masterpiece, superb, outstanding, beautiful, beautifully, highly recommend, must see, must-see, enjoyed, enjoyable, fantastic, perfect, touching, moving, hilarious, funny, gem, classic, favorite, 10/10, 9/10, 8/10, worth watching, well done, well acted
//   negative: worst, awful, terrible, horrible, boring, waste of time, waste of money, bad acting, poorly, stupid, pointless, dull, disappointing, disappointed, mess, garbage, crap, lame, avoid, unwatchable, ridiculous, no plot, badly, cheesy, laughable, 1/10, 2/10, 3/10, 4/10, not worth, fell asleep, save your money
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

public static class ImdbKeywordLabeler
{
    private static readonly string[] Positive =
    {
        "great", "excellent", "brilliant", "amazing", "wonderful", "loved it", "love this movie", "masterpiece", "superb",
        "outstanding", "beautiful", "highly recommend", "must see", "must-see", "enjoyed", "enjoyable", "fantastic", "perfect",
        "touching", "moving", "hilarious", "gem", "classic", "favorite", "10/10", "9/10", "8/10", "worth watching", "well done", "well acted"
    };
    private static readonly string[] Negative =
    {
        "worst", "awful", "terrible", "horrible", "boring", "waste of time", "waste of money", "bad acting", "poorly", "stupid",
        "pointless", "dull", "disappointing", "disappointed", "mess", "garbage", "crap", "lame", "avoid", "unwatchable",
        "ridiculous", "no plot", "badly", "cheesy", "laughable", "1/10", "2/10", "3/10", "4/10", "not worth", "fell asleep", "save your money"
    };

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();
        int p = Positive.Count(k => Regex.IsMatch(t, @"(?<![a-z])" + Regex.Escape(k) + @"(?![a-z])"));
        int n = Negative.Count(k => Regex.IsMatch(t, @"(?<![a-z])" + Regex.Escape(k) + @"(?![a-z])"));
        if (t.Contains("not worth watching")) p = Math.Max(0, p - 1);
        if (p >= 2 && p >= 2 * n + 1) return 1;
        if (n >= 2 && n >= 2 * p + 1) return 0;
        if (p == 1 && n == 0) return 1;
        if (n == 1 && p == 0) return 0;
        return -1;
    }
}
