// Written with hash a75229a09f0630de
// Alchemist labeling program 002-rules for task 'youtube-spam'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1, knowledge: rules.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 117 votes, 0 faults.
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

public static class RuleBasedSpamLabeler
{
    private static readonly Regex Url = new Regex(@"(https?://|www\.|\.com\b|\.net\b|bit\.ly|youtu\.be)", RegexOptions.IgnoreCase);
    private static readonly Regex Request = new Regex(@"\b(subscribe|sub|follow|like|share|visit)\b", RegexOptions.IgnoreCase);
    private static readonly Regex OwnContent = new Regex(@"\bmy (channel|video|new song|song|cover|page)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Money = new Regex(@"\b(money|earn|prize|free|gift ?cards?|giveaway)\b|\$\d", RegexOptions.IgnoreCase);
    private static readonly Regex CheckOut = new Regex(@"\bcheck (out|my)\b", RegexOptions.IgnoreCase);
    private static readonly Regex AboutSong = new Regex(@"\b(song|singer|voice|video|views|lyrics|music)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Memory = new Regex(@"\b(20\d\d|remember|childhood|views)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        // Rules 1-5: any spam signal decides.
        if (Url.IsMatch(text) || OwnContent.IsMatch(text) || Money.IsMatch(text) || CheckOut.IsMatch(text)) return 1;
        if (Request.IsMatch(text) && Regex.IsMatch(text, @"\b(please|me|my|to)\b", RegexOptions.IgnoreCase)) return 1;
        var words = text.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries).Length;
        // Rule 8: emoji, laughter or one word: no decision.
        if (words <= 1) return -1;
        // Rules 6-7: short comments about the song, or memories, without a request.
        if (words < 8 && AboutSong.IsMatch(text)) return 0;
        if (Memory.IsMatch(text)) return 0;
        // Rule 9.
        return -1;
    }
}
