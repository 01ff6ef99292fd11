// Written with hash e95583153aee70ef
// Alchemist labeling program 003-keywords for task 'clickbait'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 2, knowledge: keywords.
// Tokens: 703 prompt + 716 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000535 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 97 votes, 0 faults.
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
using System.Linq;
using System.Text.RegularExpressions;

public static class ClickbaitKeywords
{
    private static readonly string[] NewsTerms =
    {
        "says", "said", "kills", "killed", "dead", "dies", "injured", "wounded", "arrested", "charged", "sentenced",
        "police", "court", "judge", "government", "minister", "prime minister", "president", "parliament", "senate",
        "congress", "election", "vote", "officials", "troops", "military", "attack", "bomb", "blast", "earthquake",
        "protest", "talks", "deal", "agreement", "announces", "approves", "rejects", "warns", "urges", "plans",
        "to visit", "resigns", "sues", "percent", "million", "billion", "shares", "stocks", "economy", "report",
        "u.s.", "u.n.", "eu"
    };

    private static readonly string[] BaitTerms =
    {
        "you", "your", "you're", "you'll", "you've", "yourself", "won't believe", "will make you", "can you", "do you",
        "are you", "which", "quiz", "guess", "this is what", "this is why", "here's", "heres", "what happened next",
        "things", "reasons", "ways", "signs", "times", "people who", "photos", "pictures", "gifs", "tweets", "struggles",
        "only", "everyone", "every", "ever", "the most", "the best", "literally", "totally", "actually", "absolutely",
        "seriously", "perfect", "adorable", "cutest", "hilarious", "amazing", "awesome", "insane", "omg", "wtf", "lol",
        "need to", "should", "must see", "faith in humanity", "'90s", "celebrities"
    };

    private static int Count(string text, string[] terms)
    {
        int hits = 0;
        foreach (string term in terms)
        {
            // word boundaries where the term starts/ends with a letter
            string pattern = (char.IsLetterOrDigit(term[0]) ? @"\b" : "") + Regex.Escape(term) + (char.IsLetterOrDigit(term[term.Length - 1]) ? @"\b" : "");
            if (Regex.IsMatch(text, pattern)) hits++;
        }
        return hits;
    }

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.Trim().ToLowerInvariant();

        int bait = Count(t, BaitTerms);
        int news = Count(t, NewsTerms);

        if (bait == 0 && news == 0) return -1;
        if (bait > news) return 1;
        if (news > bait) return 0;
        return -1;
    }
}
