// Written with hash 1946900368ba1257
// Alchemist labeling program 006-none for task 'agnews'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 5, knowledge: none.
// Tokens: 332 prompt + 300 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000230 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 70 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Classify a news article by its topic, given its title and the first sentence or two of the article. World: international
//   news, politics, diplomacy, wars and conflicts, elections and governments outside business. Sports: games, matches,
//   athletes, teams, leagues and tournaments. Business: companies, markets, stocks, earnings, the economy, oil prices,
//   mergers and deals. Sci/Tech: science, space, computers, software, the internet, technology companies' products and
//   research.
//   The function should return 3 if Sci/Tech, 2 if Business, 1 if Sports, 0 if World, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

public static class AgNewsTopic
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        // strong, specific cues first
        if (Regex.IsMatch(t, @"\b(nfl|nba|nhl|mlb|red sox|yankees|quarterback|touchdown|inning|grand slam|world cup|premier league|olympic|playoffs?|super bowl)\b")) return 1;
        if (Regex.IsMatch(t, @"\b(nasa|astronomers|spacecraft|software|linux|microsoft|browser|spyware|hackers|broadband|wi-?fi|processor|semiconductor)\b")
            && !Regex.IsMatch(t, @"\b(shares|profit|earnings|quarterly|revenue)\b")) return 3;
        if (Regex.IsMatch(t, @"\b(profit|earnings|quarterly|revenue|shares (rose|fell)|stocks?|wall street|nasdaq|dow jones|oil prices?|crude|interest rates?|bankruptcy|takeover|merger)\b")) return 2;
        if (Regex.IsMatch(t, @"\b(prime minister|president \w+|government|militants|insurgents|troops|ceasefire|election|parliament|hostages?|suicide bomb(er|ing)?|united nations|refugees)\b")) return 0;
        return -1;
    }
}
