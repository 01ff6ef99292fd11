// Written with hash 0ab6eb5f3051b52b
// Alchemist labeling program 010-examples for task 'clickbait'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 9, knowledge: examples.
// Tokens: 614 prompt + 484 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000382 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 79 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   news
//   - Magnitude 6.8 earthquake strikes off the coast of northern Japan
//   - Senate passes bill to extend unemployment benefits
//   - Two killed, dozens injured in Karachi market bombing
//   - Toyota recalls 1.2 million vehicles over faulty airbags
//   - Brazil's president names new finance minister amid budget crisis
//   
//   clickbait
//   - 21 Things Only People Who Grew Up In The '90s Will Understand
//   - Which "Friends" Character Are You Based On Your Zodiac Sign?
//   - This Dog's Reaction To Seeing Its Owner After Two Years Will Make You Cry
//   - You Won't Believe What This Guy Found Hiding In His Attic
//   - 17 Of The Most Ridiculously Adorable Puppies Ever
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

public static class ExampleDrivenClickbait
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string raw = text.Trim();
        string t = raw.ToLowerInvariant();

        bool listicle = Regex.IsMatch(t, @"^\d+\s+(of the\s+)?(\w+\s+){0,3}(things|people|puppies|dogs|cats|photos|reasons|ways|times|signs|moments|pictures|gifs)\b");
        bool reader = Regex.IsMatch(t, @"\b(you|your|you're|you'll|you've)\b");
        bool quiz = Regex.IsMatch(t, @"\bwhich\b.*\bare you\b|\bbased on your\b");
        bool tease = Regex.IsMatch(t, @"^(this|these)\b|\b(will make you|won't believe|what this guy|what this girl)\b");
        bool hype = Regex.IsMatch(t, @"\b(the most|ridiculously|adorable|ever|only people who|grew up in)\b");

        if (listicle || reader || quiz || tease) return 1;

        bool casualty = Regex.IsMatch(t, @"\b(killed|injured|dead|dies|bombing|earthquake|magnitude|strikes)\b");
        bool politics = Regex.IsMatch(t, @"\b(senate|president|minister|government|parliament|congress|police|court)\b");
        bool business = Regex.IsMatch(t, @"\b(recalls|million|billion|budget|crisis|shares|profit)\b");
        bool wireVerb = Regex.IsMatch(t, @"\b(passes|names|strikes|recalls|extends|announces|approves|says|kills|arrested)\b");

        int news = (casualty ? 1 : 0) + (politics ? 1 : 0) + (business ? 1 : 0) + (wireVerb ? 1 : 0);

        if (hype && news == 0) return 1;
        if (news >= 1 && !hype && !raw.EndsWith("?")) return 0;
        return -1;
    }
}
