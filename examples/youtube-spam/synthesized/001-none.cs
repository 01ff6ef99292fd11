// Written with hash 06076beba759d82c
// Alchemist labeling program 001-none for task 'youtube-spam'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 0, knowledge: none.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 94 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Decide whether a comment posted under a YouTube music video is spam. Spam comments advertise something, promote the
//   author's own channel, videos or websites, ask people to subscribe, like, share or click a link, or offer money or
//   giveaways. Ham comments are genuine reactions to the video or the song, even when they are short or enthusiastic.
//   The function should return 1 if SPAM, 0 if HAM, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Text.RegularExpressions;

public static class YouTubeSpamLabeler
{
    private static readonly Regex Link = new Regex(@"(https?://|www\.|\.com\b|\.net\b|bit\.ly|youtu\.be)", RegexOptions.IgnoreCase);
    private static readonly Regex Request = new Regex(@"\b(subscribe|sub to|check out|check my|follow me|visit my|like my|share this)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Music = new Regex(@"\b(song|voice|lyrics|beautiful|love this|best|amazing|music video)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        if (Link.IsMatch(text) || Request.IsMatch(text)) return 1;
        var words = text.Split((char[])null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words <= 12 && Music.IsMatch(text)) return 0;
        return -1;
    }
}
