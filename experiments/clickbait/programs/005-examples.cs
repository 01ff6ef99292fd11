// Written with hash 2e27f580a5a153b8
// Alchemist labeling program 005-examples for task 'clickbait'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 4, knowledge: examples.
// Tokens: 614 prompt + 512 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000399 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 67 votes, 0 faults.
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

public static class ClickbaitByExample
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.Trim().ToLowerInvariant();

        // Clickbait patterns seen in the examples
        if (Regex.IsMatch(t, @"^\d+\s+(of the\s+)?(most\s+)?(\w+\s+){0,2}(things|people|puppies|dogs|cats|photos|reasons|ways|times|signs|moments)\b")) return 1; // "21 Things Only...", "17 Of The Most ... Puppies"
        if (Regex.IsMatch(t, @"\bwhich\b.*\bare you\b")) return 1;                       // "Which ... Character Are You"
        if (Regex.IsMatch(t, @"\b(will make you|won't believe|you won't)\b")) return 1;   // emotional promise
        if (Regex.IsMatch(t, @"\b(you|your|you're|you'll)\b")) return 1;                  // reader address
        if (Regex.IsMatch(t, @"^this\b")) return 1;                                        // "This Dog's Reaction..."
        if (Regex.IsMatch(t, @"\b(only people who|grew up|ridiculously|adorable|ever)\b")) return 1;

        // News patterns seen in the examples
        bool eventVerb = Regex.IsMatch(t, @"\b(strikes|passes|killed|injured|recalls|names|kills|arrested|announces|approves|resigns|says)\b");
        bool newsNoun = Regex.IsMatch(t, @"\b(earthquake|magnitude|senate|bombing|market|vehicles|million|president|minister|crisis|government|police|court|coast)\b");
        if (eventVerb && newsNoun) return 0;
        if (eventVerb || newsNoun)
        {
            // single news cue: accept only when the headline does not read like a question
            if (!t.EndsWith("?") && !t.Contains("!")) return 0;
        }

        return -1;
    }
}
