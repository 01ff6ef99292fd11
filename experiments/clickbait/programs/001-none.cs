// Written with hash c246657bef4428aa
// Alchemist labeling program 001-none for task 'clickbait'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 0, knowledge: none.
// Tokens: 311 prompt + 507 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000351 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 82 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Decide whether a news headline is clickbait. Clickbait headlines tease instead of inform, to make the reader click:
//   listicles ("17 Things Only Cat Owners Understand"), quizzes ("Which Disney Princess Are You"), second-person
//   address, withheld information ("You Won't Believe What Happened Next"), superlatives and emotional hooks. News
//   headlines state a fact about an event, usually with names, places, numbers and a verb in the present tense, as
//   in wire-service headlines.
//   The function should return 1 if clickbait, 0 if news, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Text.RegularExpressions;

public static class ClickbaitLabeler
{
    private static readonly Regex Listicle = new Regex(@"^\d+\s+(\w+\s+){0,3}(things|reasons|ways|signs|times|people|photos|pictures|gifs|tweets|questions|facts|moments|struggles|products|foods|dogs|cats|celebrities|songs|movies|tips|tricks|secrets|lessons|quotes|problems)\b", RegexOptions.IgnoreCase);
    private static readonly Regex SecondPerson = new Regex(@"\b(you|your|you're|youre|you'll|you've|you'd|yourself|ya)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Tease = new Regex(@"^(this|these|here's|heres|here is|why|what happens)\b|\b(this is (what|why|how)|what happened next|won't believe|will make you|the reason why|faith in humanity)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Hype = new Regex(@"\b(literally|totally|absolutely|seriously|cutest|adorable|hilarious|amazing|awesome|insane|omg|wtf|lol|the most|the best|ever)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Casualty = new Regex(@"^\d+\s+(\w+\s+)?(killed|dead|die|died|injured|hurt|arrested|detained|missing|percent)\b", RegexOptions.IgnoreCase);
    private static readonly Regex NewsWords = new Regex(@"\b(says|said|kills|killed|dies|dead|arrested|charged|sentenced|resigns|approves|rejects|warns|urges|announces|sues|police|court|government|minister|president|senate|congress|parliament|officials|troops|military|election|u\.s|u\.n|eu|percent|shares|stocks|economy)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.Trim();

        if (Casualty.IsMatch(t)) return 0;
        if (Listicle.IsMatch(t)) return 1;
        if (SecondPerson.IsMatch(t)) return 1;
        if (Tease.IsMatch(t)) return 1;

        bool hype = Hype.IsMatch(t);
        bool news = NewsWords.IsMatch(t);
        if (hype && !news) return 1;
        if (news && !hype) return 0;
        return -1;
    }
}
