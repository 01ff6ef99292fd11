// Written with hash 571032ae288cb7dc
// Alchemist labeling program 005-examples for task 'youtube-spam'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 4, knowledge: examples.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 45 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   HAM
//   - this song never gets old
//   - Katy Perry's voice is so beautiful in this one
//   - who's still watching this in 2015?
//   - the dance at 2:30 is my favorite part lol
//   - I cried the first time I heard this song
//   
//   SPAM
//   - Hey guys check out my channel, I do covers of popular songs! Please subscribe :)
//   - Make $500 a day working from home, visit http://bit.ly/easy-cash-now
//   - Please like this comment so more people can see my music video
//   - Free iTunes gift cards at www.freegiftcards.com !!!
//   - Subscribe to me and I will subscribe back, promise!
//   
//   Decide whether a comment posted under a YouTube music video is spam. Spam comments advertise something, promote the
//   author's own channel, videos or websites, ask people to subscribe, like, share or click a link, or offer money or
//   giveaways. Ham comments are genuine reactions to the video or the song, even when they are short or enthusiastic.
//   The function should return 1 if SPAM, 0 if HAM, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Text.RegularExpressions;

public static class ExampleDrivenSpamLabeler
{
    // Patterns taken from the example spam comments: channel plugs, money offers, like-begging, free gifts, sub-for-sub.
    private static readonly Regex[] SpamPatterns =
    {
        new Regex(@"check out my", RegexOptions.IgnoreCase),
        new Regex(@"please subscribe|subscribe to me|sub(scribe)? back", RegexOptions.IgnoreCase),
        new Regex(@"\$\d+|make money|a day working", RegexOptions.IgnoreCase),
        new Regex(@"like this comment|so more people can see", RegexOptions.IgnoreCase),
        new Regex(@"free .*(gift|cards?|followers)", RegexOptions.IgnoreCase),
        new Regex(@"https?://|www\.", RegexOptions.IgnoreCase),
    };

    // Patterns taken from the example ham comments: nostalgia, views in a year, favourite parts, emotions, the voice.
    private static readonly Regex[] HamPatterns =
    {
        new Regex(@"never gets old|still (watching|listening)", RegexOptions.IgnoreCase),
        new Regex(@"\bin 20\d\d\b", RegexOptions.IgnoreCase),
        new Regex(@"favou?rite part|\d:\d\d", RegexOptions.IgnoreCase),
        new Regex(@"\b(cried|chills|tears)\b", RegexOptions.IgnoreCase),
        new Regex(@"(voice|song) is so", RegexOptions.IgnoreCase),
    };

    public static int Label(string text)
    {
        foreach (var pattern in SpamPatterns)
            if (pattern.IsMatch(text)) return 1;
        foreach (var pattern in HamPatterns)
            if (pattern.IsMatch(text)) return 0;
        return -1;
    }
}
