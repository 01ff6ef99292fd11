// Written with hash 358943fc8e13eaf3
// Alchemist labeling program 003-keywords for task 'youtube-spam'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 2, knowledge: keywords.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 140 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   SPAM: check out, my channel, subscribe, sub to, subscribers, follow me, like this comment, please like, share, visit, my video, my music, my page, http, www, .com, bit.ly, click, link, free, giveaway, gift card, money, earn, win, promo, facebook, twitter, instagram
//   HAM: song, love, voice, beautiful, amazing, best, lyrics, dance, video, music, listening, 2015, remember, favorite, chills, lol, omg, queen, legend, views
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

public static class KeywordSpamLabeler
{
    private static readonly string[] SpamKeywords =
    {
        "check out", "my channel", "subscribe", "sub to", "subscribers", "follow me", "like this comment", "please like",
        "visit", "my video", "my music", "my page", "http", "www", ".com", "bit.ly", "click", "giveaway", "gift card",
        "money", "earn", "promo", "facebook", "twitter", "instagram"
    };

    private static readonly string[] HamKeywords =
    {
        "song", "love", "voice", "beautiful", "amazing", "lyrics", "dance", "listening", "2015", "remember", "favorite",
        "chills", "lol", "omg", "queen", "legend", "views"
    };

    public static int Label(string text)
    {
        var lower = text.ToLowerInvariant();
        int spam = SpamKeywords.Count(k => lower.Contains(k));
        int ham = HamKeywords.Count(k => lower.Contains(k));
        if (spam > 0 && spam >= ham) return 1;
        if (ham > 0 && spam == 0) return 0;
        return -1;
    }
}
