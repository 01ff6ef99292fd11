// Written with hash 36ba22da3538108b
// Alchemist labeling program 009-description for task 'imdb'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 8, knowledge: description.
// Tokens: 741 prompt + 419 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000362 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 99 votes, 0 faults.
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

public static class MovieOpinionLabeler
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        // plot words describe the story, not the opinion
        t = Regex.Replace(t, @"\b(bad guys?|evil|killer|horror)\b", " ");

        int pos = Regex.Matches(t, @"\b(great|excellent|brilliant|loved|one of the best|must see|highly recommend|beautifully shot|wonderful|funny|touching|enjoyed)\b").Count;
        int neg = Regex.Matches(t, @"\b(worst|awful|terrible|boring|waste of|bad acting|no plot|avoid|disappointing|pointless|stupid|money back)\b").Count;

        if (Regex.IsMatch(t, @"\bthe only good thing\b")) neg += 2;
        if (Regex.IsMatch(t, @"\b(a bit|little|slightly) (long|slow)\b,? but\b")) pos += 1;

        if (pos > 0 && neg == 0) return 1;
        if (neg > 0 && pos == 0) return 0;
        if (pos >= 2 * neg + 1) return 1;
        if (neg >= 2 * pos + 1) return 0;
        return -1;
    }
}
