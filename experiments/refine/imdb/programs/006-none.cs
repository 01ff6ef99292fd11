// Written with hash 1b476463eb55546a
// Alchemist labeling program 006-none for task 'imdb'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 5, knowledge: none.
// Tokens: 304 prompt + 172 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000149 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 49 votes, 0 faults.
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
using System.Text.RegularExpressions;

public static class ImdbVerdictLabeler
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        if (Regex.IsMatch(t, @"\b(waste of (time|money)|worst (movie|film)s?|don't waste|do not waste|save your money|avoid (this|it)|one of the worst|not worth (watching|it|the))\b"))
            return 0;
        if (Regex.IsMatch(t, @"\b(must see|must-see|highly recommend(ed)?|one of the best|a masterpiece|loved (this|it|every)|my favou?rite|a gem|worth (watching|seeing))\b"))
            return 1;
        return -1;
    }
}
