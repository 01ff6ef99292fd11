// Written with hash 56cf6d31950eea7a
// Alchemist labeling program 001-none for task 'agnews'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 0, knowledge: none.
// Tokens: 332 prompt + 420 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000302 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 119 votes, 0 faults.
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
using System.Linq;
using System.Text.RegularExpressions;

public static class NewsTopicLabeler
{
    private static readonly Regex World = new Regex(@"\b(president|prime minister|minister|government|election|iraq|iraqi|baghdad|israel|palestinian|afghanistan|iran|troops|militants|rebels|killed|bomb|hostage|united nations|war|peace talks)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Sports = new Regex(@"\b(game|season|coach|team|league|cup|championship|olympic|olympics|tournament|match|scored|touchdown|quarterback|nfl|nba|nhl|baseball|basketball|football|soccer|tennis|golf|medal)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Business = new Regex(@"\b(shares|stock|stocks|profit|earnings|quarterly|revenue|sales|market|oil prices|crude|dollar|interest rates|economy|merger|acquisition|takeover|bankruptcy|investors|wall street|dow|nasdaq)\b", RegexOptions.IgnoreCase);
    private static readonly Regex SciTech = new Regex(@"\b(software|microsoft|google|internet|web|online|computer|linux|windows|chip|wireless|broadband|virus|spam|hackers|nasa|space|mars|scientists|researchers|species|technology)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        int[] scores =
        {
            World.Matches(text).Count,
            Sports.Matches(text).Count,
            Business.Matches(text).Count,
            SciTech.Matches(text).Count,
        };
        int max = scores.Max();
        if (max == 0) return -1;
        if (scores.Count(s => s == max) > 1) return -1;
        return Array.IndexOf(scores, max);
    }
}
