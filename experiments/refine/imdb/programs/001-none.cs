// Written with hash f2c420381c319bdf
// Alchemist labeling program 001-none for task 'imdb'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 0, knowledge: none.
// Tokens: 304 prompt + 304 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000228 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 94 votes, 0 faults.
// Prompt (system message omitted; see the system template):
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

public static class MovieReviewSentiment
{
    private static readonly Regex Score = new Regex(@"\b(10|[0-9])\s*(/|out of)\s*10\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        var m = Score.Match(text);
        if (m.Success)
        {
            int n = int.Parse(m.Groups[1].Value);
            if (n >= 7) return 1;
            if (n <= 4) return 0;
        }

        string t = text.ToLowerInvariant();
        string[] pos = { "excellent", "brilliant", "masterpiece", "wonderful", "loved", "amazing", "superb", "highly recommend", "must see", "one of the best", "great movie", "great film" };
        string[] neg = { "worst", "awful", "terrible", "waste of", "boring", "horrible", "stupid", "pointless", "unwatchable", "avoid", "garbage", "crap" };
        int p = pos.Count(t.Contains);
        int n2 = neg.Count(t.Contains);
        if (p > n2 && p >= 1 && n2 == 0) return 1;
        if (n2 > p && n2 >= 1 && p == 0) return 0;
        if (p - n2 >= 2) return 1;
        if (n2 - p >= 2) return 0;
        return -1;
    }
}
