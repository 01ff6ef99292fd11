// Written with hash 17fa4ce7fc608bc2
// Alchemist labeling program 008-keywords for task 'imdb'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 7, knowledge: keywords.
// Tokens: 611 prompt + 485 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000382 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 86 votes, 0 faults.
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
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

public static class SentimentLexiconLabeler
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        var words = Regex.Split(text.ToLowerInvariant(), @"[^a-z0-9/]+").Where(w => w.Length > 0).ToList();

        var pos = new Dictionary<string, int>
        {
            ["masterpiece"] = 3, ["superb"] = 2, ["brilliant"] = 2, ["excellent"] = 2, ["outstanding"] = 2, ["amazing"] = 2,
            ["wonderful"] = 2, ["fantastic"] = 2, ["perfect"] = 1, ["great"] = 1, ["beautiful"] = 1, ["enjoyed"] = 1,
            ["enjoyable"] = 1, ["hilarious"] = 1, ["touching"] = 1, ["gem"] = 2, ["favorite"] = 1, ["loved"] = 1,
            ["10/10"] = 3, ["9/10"] = 3, ["8/10"] = 2
        };
        var neg = new Dictionary<string, int>
        {
            ["worst"] = 3, ["awful"] = 2, ["terrible"] = 2, ["horrible"] = 2, ["boring"] = 2, ["waste"] = 2, ["stupid"] = 1,
            ["pointless"] = 2, ["dull"] = 1, ["disappointing"] = 2, ["disappointed"] = 1, ["garbage"] = 2, ["crap"] = 2,
            ["lame"] = 1, ["unwatchable"] = 3, ["ridiculous"] = 1, ["laughable"] = 2, ["poorly"] = 1, ["badly"] = 1,
            ["1/10"] = 3, ["2/10"] = 3, ["3/10"] = 2, ["4/10"] = 2
        };

        int p = words.Sum(w => pos.TryGetValue(w, out var s) ? s : 0);
        int n = words.Sum(w => neg.TryGetValue(w, out var s) ? s : 0);
        if (p >= 2 && p >= n + 2) return 1;
        if (n >= 2 && n >= p + 2) return 0;
        return -1;
    }
}
