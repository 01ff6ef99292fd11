// Written with hash dbff2931446980fc
// Alchemist labeling program 004-description for task 'imdb'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 3, knowledge: description.
// Tokens: 741 prompt + 499 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000410 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 62 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   The data are short user-written movie reviews from IMDb, a few sentences (up to a paragraph) of informal English. They often retell part of the plot, mention actors, the director, effects or the script, and end with an overall verdict or a score ("7/10", "1 out of 10").
//   
//   positive (1): the reviewer liked the film. Typical language: "great", "excellent", "brilliant", "loved it", "one of the best", "must see", "highly recommend", "beautifully shot", "wonderful performance", "funny", "touching", high scores (7-10/10). Criticism, if any, is minor ("a bit long, but...").
//   
//   negative (0): the reviewer disliked the film. Typical language: "worst", "awful", "terrible", "boring", "waste of time/money", "bad acting", "no plot", "avoid", "disappointing", "pointless", "stupid", "I want my money back", low scores (1-4/10). Praise, if any, is limited to one element ("the only good thing was...").
//   
//   How to tell them apart: look at the verdict words and scores, especially in the last sentences and after "but"; count strong positive against strong negative expressions. Plot summaries alone carry no sentiment, and words like "bad guy", "horror" or "killer" describe the story, not the opinion.
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

public static class ImdbDescriptionLabeler
{
    private static readonly Regex Pos = new Regex(@"\b(great|excellent|brilliant|loved|love it|one of the best|must see|highly recommend|beautifully|wonderful|funny|touching)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Neg = new Regex(@"\b(worst|awful|terrible|boring|waste of|bad acting|no plot|avoid|disappointing|pointless|stupid|money back)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;

        // the verdict usually sits in the final sentences, and what follows "but" overrides what comes before
        var sentences = Regex.Split(text.Trim(), @"(?<=[.!?])\s+");
        int start = Math.Max(0, sentences.Length - 2);
        string ending = string.Join(" ", sentences, start, sentences.Length - start);
        int butIndex = ending.LastIndexOf(" but ", StringComparison.OrdinalIgnoreCase);
        if (butIndex >= 0) ending = ending.Substring(butIndex);

        int p = Pos.Matches(ending).Count;
        int n = Neg.Matches(ending).Count;
        if (p > n) return 1;
        if (n > p) return 0;

        p = Pos.Matches(text).Count;
        n = Neg.Matches(text).Count;
        if (p >= n + 2) return 1;
        if (n >= p + 2) return 0;
        return -1;
    }
}
