// Written with hash ebe730f69db44259
// Alchemist labeling program 002-rules for task 'clickbait'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1, knowledge: rules.
// Tokens: 961 prompt + 779 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000611 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 76 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   1. Lowercase the headline and match patterns on word boundaries.
//   2. Starts with a number followed (possibly after one or two adjectives or "of the") by a vague plural noun - things, reasons, ways, signs, times, people, photos, pictures, gifs, tweets, questions, facts, moments, struggles, foods, dogs, cats -> clickbait.
//   3. Any second-person word (you, your, you're, you'll, you've, yourself, ya, u) -> clickbait.
//   4. Quiz or reader challenge: "which ... are you", "can you", "do you", "how well do you know", "quiz", "guess the", "how many ... have you" -> clickbait.
//   5. Withheld-information openers: "this is what/why/how", starts with "this"/"these"/"here's"/"heres"/"why"/"what happens", "what happened next", "the reason why", "will make you", "won't believe" -> clickbait.
//   6. Emotional or superlative vocabulary (literally, totally, absolutely, seriously, ever, the most, the best, cutest, adorable, hilarious, amazing, awesome, perfect, insane, omg, wtf, lol, "faith in humanity") -> clickbait.
//   7. Number followed by casualty or quantity words (killed, dead, die, injured, arrested, percent, million, billion, %) -> news, even though it starts with a number.
//   8. News vocabulary: reporting and event verbs (says, said, kills, killed, dies, arrested, charged, sentenced, resigns, approves, rejects, warns, urges, announces, sues, to visit), institutions and roles (police, court, government, minister, president, senate, congress, parliament, officials, troops, UN, U.S., EU), and economy terms (shares, stocks, economy, percent) -> news, provided no clickbait cue from rules 2-6 fired.
//   9. Wire-style shape: no pronoun "you", no question mark or exclamation mark, contains a capitalised proper noun not at the start and a third-person present-tense verb (ending in -s) -> weak news cue; use it only together with rule 8.
//   10. If clickbait and news cues both fire, prefer clickbait only for rules 2-4 (strong cues); otherwise return -1.
//   11. If no cue fires (short neutral headline), return -1.
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

public static class ClickbaitRules
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.Trim().ToLowerInvariant();

        // Rule 7: number followed by casualty or quantity words -> news
        bool numberNews = Regex.IsMatch(t, @"^\d[\d,.]*\s+(\w+\s+)?(killed|dead|die|died|injured|arrested|percent|million|billion)\b") || Regex.IsMatch(t, @"^\d[\d,.]*%");

        // Strong clickbait cues (rules 2-4)
        bool listicle = !numberNews && Regex.IsMatch(t, @"^\d+\s+((of the|of)\s+)?(\w+\s+){0,2}(things|reasons|ways|signs|times|people|photos|pictures|gifs|tweets|questions|facts|moments|struggles|foods|dogs|cats)\b");
        bool secondPerson = Regex.IsMatch(t, @"\b(you|your|you're|you'll|you've|yourself|ya)\b|\bu\b(?!\.)");
        bool quiz = Regex.IsMatch(t, @"\bwhich\b.*\bare you\b|\b(can you|do you|how well do you know|quiz|guess the)\b|\bhow many\b.*\bhave you\b");
        bool strong = listicle || secondPerson || quiz;

        // Weaker clickbait cues (rules 5-6)
        bool tease = Regex.IsMatch(t, @"^(this|these|here's|heres|why|what happens)\b|\b(this is (what|why|how)|what happened next|the reason why|will make you|won't believe)\b");
        bool hype = Regex.IsMatch(t, @"\b(literally|totally|absolutely|seriously|ever|the most|the best|cutest|adorable|hilarious|amazing|awesome|perfect|insane|omg|wtf|lol|faith in humanity)\b");
        bool weak = tease || hype;

        // Rule 8: news vocabulary
        bool newsWords = Regex.IsMatch(t, @"\b(says|said|kills|killed|dies|arrested|charged|sentenced|resigns|approves|rejects|warns|urges|announces|sues|to visit|police|court|government|minister|president|senate|congress|parliament|officials|troops|un|u\.s|eu|shares|stocks|economy|percent)\b");
        bool news = numberNews || newsWords;

        // Rule 10: conflicts
        if (strong) return 1;
        if (weak && news) return -1;
        if (weak) return 1;
        if (news) return 0;

        // Rule 11
        return -1;
    }
}
