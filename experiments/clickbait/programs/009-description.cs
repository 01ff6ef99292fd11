// Written with hash ceaf5d25bed86570
// Alchemist labeling program 009-description for task 'clickbait'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 8, knowledge: description.
// Tokens: 1036 prompt + 942 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000721 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 79 votes, 0 faults.
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
using System.Linq;
using System.Text.RegularExpressions;

public static class InformVersusTease
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string raw = text.Trim();
        string t = raw.ToLowerInvariant();

        int tease = 0;
        int inform = 0;

        // Teasers
        if (Regex.IsMatch(t, @"^\d+\s+((of the|of)\s+)?(\w+\s+){0,2}(things|reasons|ways|people|photos|pictures|gifs|times|signs|moments|facts|questions|struggles|celebrities|dogs|cats|foods|tweets)\b")) tease += 3;
        if (Regex.IsMatch(t, @"\b(you|your|you'll|you're|you've|yourself)\b")) tease += 2;
        if (Regex.IsMatch(t, @"\b(which .+ are you|can you guess|how well do you know)\b")) tease += 3;
        if (Regex.IsMatch(t, @"^(this|these|here's|heres|why|what|how)\b")) tease += 1;
        if (Regex.IsMatch(t, @"\b(this is what happens|what happened next|here's why|can't stop laughing|will make you cry)\b")) tease += 2;
        if (Regex.IsMatch(t, @"\b(the best|the most|ever|literally|totally|absolutely|perfect|cutest|adorable|hilarious|heartbreaking|amazing|omg|wtf)\b")) tease += 1;
        if (Regex.IsMatch(t, @"\b(celebrities|pets|puppies|kittens|dating|boyfriend|girlfriend|bff|'90s|90s kids|disney|harry potter)\b")) tease += 1;
        if (raw.EndsWith("?") || raw.Contains("!")) tease += 1;

        // Informative, wire-service style
        if (Regex.IsMatch(t, @"^(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+(\w+\s+)?(killed|dead|die|died|injured|wounded|arrested|missing)\b")) inform += 3;
        if (Regex.IsMatch(t, @"\b(kills|passes|falls|rises|wins|arrested|charged|sentenced|resigns|announces|approves|rejects|warns|urges|sues|dies|says|to visit|to meet|to hold)\b")) inform += 2;
        if (Regex.IsMatch(t, @"\b(congress|senate|parliament|police|court|government|minister|president|officials|un|eu|nato|u\.s|u\.n)\b")) inform += 2;
        if (Regex.IsMatch(t, @"\b(percent|million|billion|earnings|shares|election|attack|bombing|earthquake|quake)\b")) inform += 1;
        if (raw.Contains(":") || raw.Contains(";")) inform += 1;

        // Title Case is typical of the viral sites
        string[] words = raw.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        int lowerStarts = words.Skip(1).Count(w => char.IsLower(w[0]));
        if (words.Length >= 5 && lowerStarts == 0 && tease > 0) tease += 1;

        if (tease >= 2 && tease > inform) return 1;
        if (inform >= 2 && inform > tease) return 0;
        return -1;
    }
}
