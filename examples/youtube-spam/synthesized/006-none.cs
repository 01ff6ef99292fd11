// Written with hash f01bd8a185c37349
// Alchemist labeling program 006-none for task 'youtube-spam'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 5, knowledge: none.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 18 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Decide whether a comment posted under a YouTube music video is spam. Spam comments advertise something, promote the
//   author's own channel, videos or websites, ask people to subscribe, like, share or click a link, or offer money or
//   giveaways. Ham comments are genuine reactions to the video or the song, even when they are short or enthusiastic.
//   The function should return 1 if SPAM, 0 if HAM, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

public static class SelfPromotionLabeler
{
    // Self-promotion is the most common kind of YouTube comment spam: people advertise their own channel or content.
    private static readonly string[] Promotion =
    {
        "my channel", "my video", "my new video", "my music", "my song", "my cover", "my page", "my website", "my blog",
        "my youtube", "my instagram", "my twitter", "my facebook"
    };

    public static int Label(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var phrase in Promotion)
            if (lower.Contains(phrase)) return 1;
        return -1;
    }
}
