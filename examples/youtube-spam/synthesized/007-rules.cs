// Written with hash ffcbcdaa01fb8493
// Alchemist labeling program 007-rules for task 'youtube-spam'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 6, knowledge: rules.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 124 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   1. If the comment contains a URL (http, https, www., .com, .net, bit.ly, youtu.be), label SPAM.
//   2. If the comment asks the reader to subscribe, sub, follow, like, share or visit ("subscribe to my channel", "please like"), label SPAM.
//   3. If the comment promotes the author's own content ("my channel", "my video", "my new song", "my cover", "my page"), label SPAM.
//   4. If the comment mentions money, earnings, prizes, free gifts, gift cards or giveaways, label SPAM.
//   5. If the comment contains "check out" or "check my", label SPAM.
//   6. If the comment is short (fewer than about 8 words), has no link and no request, and talks about the song, singer, voice, video or views, label HAM.
//   7. If the comment mentions a year ("2015"), the number of views or personal memories about the song, and has no link or request, label HAM.
//   8. Comments consisting only of emoji, laughter or a single word: no decision.
//   9. Long comments without any of the signals above: no decision.
//   
//   Decide whether a comment posted under a YouTube music video is spam. Spam comments advertise something, promote the
//   author's own channel, videos or websites, ask people to subscribe, like, share or click a link, or offer money or
//   giveaways. Ham comments are genuine reactions to the video or the song, even when they are short or enthusiastic.
//   The function should return 1 if SPAM, 0 if HAM, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Linq;
using System.Text.RegularExpressions;

public static class ScoredRulesLabeler
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();
        int score = 0;
        if (Regex.IsMatch(t, @"https?://|www\.|\.(com|net|org)\b|bit\.ly")) score += 3;
        if (Regex.IsMatch(t, @"\b(subscribe|subscribers|sub4sub)\b")) score += 2;
        if (Regex.IsMatch(t, @"\bmy (channel|video|song|cover|page)\b")) score += 2;
        if (Regex.IsMatch(t, @"\bcheck (it )?out\b")) score += 2;
        if (Regex.IsMatch(t, @"\b(free|money|cash|earn|win|prize)\b")) score += 1;
        if (Regex.IsMatch(t, @"\b(please|plz|pls)\b")) score += 1;
        int exclamations = t.Count(c => c == '!');
        if (exclamations >= 3) score += 1;

        if (score >= 2) return 1;
        if (score == 0 && Regex.IsMatch(t, @"\b(song|voice|love|best|beautiful|awesome|perfect|views|20\d\d)\b")) return 0;
        return -1;
    }
}
