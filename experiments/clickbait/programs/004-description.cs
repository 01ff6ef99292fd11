// Written with hash 7ecd68a6b26a5556
// Alchemist labeling program 004-description for task 'clickbait'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 3, knowledge: description.
// Tokens: 1036 prompt + 884 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000686 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 89 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   The data are single English headlines, with no body text: short lines of roughly 5 to 15 words taken from news sites and from viral/entertainment sites (BuzzFeed, Upworthy, ViralNova style). The task is to tell headlines that inform from headlines that tease.
//   
//   News (0): a factual statement about a concrete event. It names who did what, where: proper nouns (people, countries, cities, companies, institutions such as Congress, the UN, police, a court), numbers with units (percent, million, dead, killed), and a main verb in the present tense or a past participle ("Earthquake kills 40 in Iran", "Senate passes budget bill", "Apple shares fall after earnings", "Five arrested over Paris attack"). Wire-service shorthand: articles dropped, "says"/"to" for future ("Obama to visit Cuba"), abbreviations (U.S., U.N., EU), colons or datelines. No "you", no addressing the reader, no exclamation or rhetorical question, little emotional vocabulary.
//   
//   Clickbait (1): a teaser written to make the reader click. Typical forms: listicles that start with a number and a plural noun ("21 Things Every Twentysomething Has Experienced", "17 Photos That Will Restore Your Faith In Humanity"); quizzes and questions to the reader ("Which Harry Potter Character Are You?", "Can You Guess The Movie From One Line?", "How Well Do You Know The '90s?"); second-person address (you, your, you'll, you're); withheld information with vague pointers ("This Is What Happens When...", "This Guy...", "Here's Why...", "What Happened Next Will..."); superlatives and intensifiers (the best, the most, ever, literally, totally, absolutely, perfect, cutest); emotional hooks (adorable, hilarious, heartbreaking, amazing, OMG, WTF, "will make you cry", "can't stop laughing"); pop-culture and lifestyle subjects (celebrities, pets, food, dating, '90s kids, people who...). Often in Title Case.
//   
//   How to tell them apart: a specific event with names, places and figures and a neutral verb is news; a number followed by a vague plural (things, reasons, ways, people, photos), any reader address, a quiz, a "this/these/here's/why" tease, or emotional and superlative wording is clickbait. A number alone does not decide it: "20 Killed In Bombing" is news, "20 Dogs Who..." is clickbait. Headlines that are short and neutral without any of these cues are uncertain.
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

public static class HeadlineTeaseDetector
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string raw = text.Trim();
        string t = raw.ToLowerInvariant();

        // "20 Killed In Bombing" style: a number with casualties or figures is news
        if (Regex.IsMatch(t, @"^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(\w+\s+)?(killed|dead|die|died|hurt|injured|wounded|arrested|detained|missing|feared dead|evacuated)\b"))
            return 0;

        // listicle: number + vague plural
        if (Regex.IsMatch(t, @"^\d+\s+((of the|of)\s+)?(\w+\s+){0,2}(things|reasons|ways|people|photos|pictures|gifs|times|signs|moments|facts|questions|struggles|celebrities|pets|dogs|cats|foods|tweets|stories)\b"))
            return 1;

        // quiz and reader address
        if (Regex.IsMatch(t, @"\b(which .+ are you|can you guess|how well do you know|quiz)\b")) return 1;
        if (Regex.IsMatch(t, @"\b(you|your|you'll|you're|you've|yourself)\b")) return 1;

        // withheld information
        if (Regex.IsMatch(t, @"^(this|these|here's|heres|here is)\b|\b(this is what happens|this guy|this girl|this woman|this man|what happened next|here's why|the reason why)\b"))
            return 1;

        // emotional hooks and superlatives
        if (Regex.IsMatch(t, @"\b(adorable|hilarious|heartbreaking|amazing|omg|wtf|literally|totally|absolutely|cutest|can't stop laughing|the best|the most|ever)\b"))
            return 1;

        // news: institutions, wire verbs, figures, abbreviations
        int news = 0;
        if (Regex.IsMatch(t, @"\b(congress|senate|parliament|police|court|government|minister|president|officials|un|u\.s|u\.n|eu|nato|company|bank)\b")) news++;
        if (Regex.IsMatch(t, @"\b(says|kills|passes|falls|rises|wins|fall|rise|arrested|charged|sentenced|resigns|announces|approves|rejects|warns|urges|to visit|to meet|sues|dies|killed)\b")) news++;
        if (Regex.IsMatch(t, @"\b(percent|million|billion|earnings|shares|quake|earthquake|election|attack|bombing)\b")) news++;
        if (raw.Contains(":")) news++;

        bool rhetorical = raw.EndsWith("?") || raw.Contains("!");
        if (news >= 1 && !rhetorical) return 0;

        return -1;
    }
}
