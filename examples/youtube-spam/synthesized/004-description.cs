// Written with hash ebf3cfec9b0e5099
// Alchemist labeling program 004-description for task 'youtube-spam'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 3, knowledge: description.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 139 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   This data consists of short user comments posted under YouTube music videos. They are informal, often lowercase, with emoji, typos, slang, repeated letters and sometimes non-English text.
//   
//   HAM (0): genuine reactions to the video, the song or the artist. Typical content: opinions ("this song is amazing", "her voice gives me chills"), memories ("who is still listening in 2015?", "this reminds me of my childhood"), comments about lyrics, dancing, the video, view counts or other listeners. Usually short, no links, written to other viewers about the video itself.
//   
//   SPAM (1): comments whose purpose is to get something from the reader. Typical content: promotion of the author's own channel or music ("check out my channel", "I make covers, please subscribe"), requests to subscribe, like, share, follow or visit, links (http, www, .com, bit.ly), offers of money, gift cards, free followers or giveaways, and copy-pasted messages unrelated to the video. Often longer than ham, with several exclamation marks or upper-case words.
//   
//   How to tell them apart: a link, a request addressed to the reader (subscribe / check out / visit / follow / like my), or self-promotion (my channel, my video, my page) makes a comment spam; a comment that only talks about the song, the singer or the video, without asking anything, is ham. Very short comments with only praise are ham.
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

public static class ReaderDirectedRequestLabeler
{
    // Spam asks something of the reader or promotes the author's content; ham only talks about the song or video.
    private static readonly Regex AsksReader = new Regex(
        @"\b(check (out|my)|subscribe|sub to|follow me|visit (my|our)|like (my|this comment)|share (this|my)|click)\b",
        RegexOptions.IgnoreCase);
    private static readonly Regex SelfPromotion = new Regex(@"\bmy (channel|video|videos|page|music|cover|covers)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Link = new Regex(@"https?://|www\.|\.com\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (AsksReader.IsMatch(text) || SelfPromotion.IsMatch(text) || Link.IsMatch(text)) return 1;
        var words = text.Split(new[] { ' ', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        // Very short praise without any request is ham.
        if (words.Length > 0 && words.Length <= 6) return 0;
        return -1;
    }
}
