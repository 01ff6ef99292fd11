// Written with hash c0831c1defacef96
// Alchemist labeling program 006-none for task 'clickbait'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 5, knowledge: none.
// Tokens: 311 prompt + 518 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000357 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 72 votes, 0 faults.
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
using System.Linq;
using System.Text.RegularExpressions;

public static class HeadlineClickbait
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.Trim().ToLowerInvariant();

        int bait = 0;
        int news = 0;

        // strong clickbait forms
        if (Regex.IsMatch(t, @"^\d+\s+(of the\s+)?(\w+\s+)?(things|reasons|ways|signs|times|people|photos|pictures|gifs|tweets|questions|facts|moments|struggles|celebrities|dogs|cats|foods|words)\b")) bait += 3;
        if (Regex.IsMatch(t, @"\b(which .+ are you|can you|do you|are you|how well do you know|quiz|guess the)\b")) bait += 3;
        if (Regex.IsMatch(t, @"\b(you|your|you're|you'll|you've|yourself)\b")) bait += 2;
        if (Regex.IsMatch(t, @"^(this|these|here's|heres|why|what|how|when|who)\b")) bait += 1;
        if (Regex.IsMatch(t, @"\b(won't believe|will make you|what happened next|this is (what|why|how)|everyone|every single|need to|should)\b")) bait += 2;
        if (Regex.IsMatch(t, @"\b(literally|totally|actually|absolutely|seriously|perfect|cutest|adorable|hilarious|amazing|awesome|weirdest|best|worst|ever|omg|wtf|lol)\b")) bait += 1;
        if (t.EndsWith("?") || t.Contains("!")) bait += 1;

        // news forms
        if (Regex.IsMatch(t, @"\b(says|said|kills|killed|dies|dead|injured|wounded|arrested|charged|sentenced|convicted|resigns|approves|rejects|warns|urges|announces|sues|plans|to visit|agree|agrees)\b")) news += 2;
        if (Regex.IsMatch(t, @"\b(police|court|judge|government|minister|president|senate|congress|parliament|officials|troops|military|rebels|election|vote|protesters|company|u\.s|u\.n|nato|eu)\b")) news += 2;
        if (Regex.IsMatch(t, @"\b(percent|million|billion|shares|stocks|economy|\d+%)\b")) news += 1;
        if (Regex.IsMatch(t, @"^\d+\s+(\w+\s+)?(killed|dead|die|died|injured|arrested|missing)\b")) news += 3;

        if (bait >= 2 && bait > news) return 1;
        if (news >= 2 && news > bait) return 0;
        return -1;
    }
}
