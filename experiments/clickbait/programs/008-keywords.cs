// Written with hash 35b57cb70fdbfd6c
// Alchemist labeling program 008-keywords for task 'clickbait'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 7, knowledge: keywords.
// Tokens: 703 prompt + 620 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000477 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 71 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   news: says, said, kills, killed, dead, dies, injured, wounded, arrested, charged, sentenced, police, court, judge, government, minister, prime minister, president, parliament, senate, congress, election, vote, officials, troops, military, attack, bomb, blast, earthquake, protest, talks, deal, agreement, announces, approves, rejects, warns, urges, plans, to visit, resigns, sues, percent, million, billion, shares, stocks, economy, report, U.S., U.N., EU
//   clickbait: you, your, you're, you'll, you've, yourself, won't believe, will make you, can you, do you, are you, which, quiz, guess, this is what, this is why, here's, heres, what happened next, things, reasons, ways, signs, times, people who, photos, pictures, gifs, tweets, struggles, only, everyone, every, ever, the most, the best, literally, totally, actually, absolutely, seriously, perfect, adorable, cutest, hilarious, amazing, awesome, insane, omg, wtf, lol, need to, should, must see, faith in humanity, '90s, celebrities
//   
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

public static class ClickbaitPhraseMatcher
{
    private static readonly Regex StrongBait = new Regex(
        @"\b(you|your|you're|you'll|you've|yourself|won't believe|will make you|can you|do you|are you|quiz|this is what|this is why|here's|heres|what happened next|people who|faith in humanity|must see|need to)\b",
        RegexOptions.IgnoreCase);

    private static readonly Regex ListNoun = new Regex(
        @"^\d+\s+(\w+\s+){0,2}(things|reasons|ways|signs|times|photos|pictures|gifs|tweets|struggles|celebrities)\b",
        RegexOptions.IgnoreCase);

    private static readonly Regex SoftBait = new Regex(
        @"\b(which|guess|only|everyone|every|ever|the most|the best|literally|totally|actually|absolutely|seriously|perfect|adorable|cutest|hilarious|amazing|awesome|insane|omg|wtf|lol|should|'90s)\b",
        RegexOptions.IgnoreCase);

    private static readonly Regex StrongNews = new Regex(
        @"\b(kills|killed|dead|dies|injured|wounded|arrested|charged|sentenced|police|court|judge|government|minister|parliament|senate|congress|election|officials|troops|military|bomb|blast|earthquake|resigns|sues|percent|billion|shares|stocks|economy)\b|\bu\.s\b|\bu\.n\b",
        RegexOptions.IgnoreCase);

    private static readonly Regex SoftNews = new Regex(
        @"\b(says|said|president|vote|attack|protest|talks|deal|agreement|announces|approves|rejects|warns|urges|plans|to visit|million|report|eu)\b",
        RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.Trim();

        int bait = 2 * StrongBait.Matches(t).Count + 2 * (ListNoun.IsMatch(t) ? 1 : 0) + SoftBait.Matches(t).Count;
        int news = 2 * StrongNews.Matches(t).Count + SoftNews.Matches(t).Count;

        if (bait >= 2 && bait > news) return 1;
        if (news >= 2 && news > bait) return 0;
        return -1;
    }
}
