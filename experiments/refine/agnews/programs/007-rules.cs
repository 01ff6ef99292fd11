// Written with hash f8c1d203dff42a1f
// Alchemist labeling program 007-rules for task 'agnews'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 6, knowledge: rules.
// Tokens: 831 prompt + 594 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000481 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 114 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   1. Match the text against four keyword lists (World, Sports, Business, Sci/Tech) on word boundaries, case-insensitive; each hit adds one point to its class, hits in the title (before the first colon or the first sentence) count double.
//   2. Team-sport vocabulary (season, coach, quarterback, inning, touchdown, goal, cup, Olympic, medal, match, tournament, league names NFL/NBA/NHL/MLB) -> Sports; these are very reliable.
//   3. Financial vocabulary (shares, stocks, profit, earnings, quarterly, revenue, Wall Street, Dow, Nasdaq, oil prices, interest rates, merger, takeover, bid, bankruptcy, $ followed by billion/million) -> Business.
//   4. Technology vocabulary (software, internet, web, computer, chip, Linux, Windows, wireless, virus, spam, hackers, download) and science vocabulary (NASA, space, Mars, scientists, researchers, species, study) -> Sci/Tech.
//   5. Politics and conflict vocabulary (president, minister, government, election, troops, militants, killed, bomb, hostage, UN, and country names such as Iraq, Israel, Iran, Afghanistan, Sudan) -> World.
//   6. When technology-company names co-occur with earnings/shares/bid, prefer Business; with products, users or security, prefer Sci/Tech.
//   7. Predict the class with the most points only if it beats the runner-up by at least one point (or two when the text is long); on a tie or no hits return -1.
//   
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

public static class TopicVoter
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        var words = Regex.Split(text.ToLowerInvariant(), @"[^a-z0-9$]+").Where(w => w.Length > 0).ToArray();

        var world = new HashSet<string> { "president", "minister", "government", "election", "troops", "militants", "killed", "bomb", "hostage", "hostages", "un", "iraq", "iraqi", "israel", "israeli", "iran", "afghanistan", "sudan", "palestinian", "rebels", "war" };
        var sports = new HashSet<string> { "season", "coach", "quarterback", "inning", "touchdown", "goal", "cup", "olympic", "olympics", "medal", "match", "tournament", "nfl", "nba", "nhl", "mlb", "league", "game", "playoffs" };
        var business = new HashSet<string> { "shares", "stocks", "stock", "profit", "earnings", "quarterly", "revenue", "dow", "nasdaq", "oil", "merger", "takeover", "bid", "bankruptcy", "investors", "economy" };
        var tech = new HashSet<string> { "software", "internet", "web", "computer", "chip", "linux", "windows", "wireless", "virus", "spam", "hackers", "download", "nasa", "space", "mars", "scientists", "researchers", "species", "study" };

        int[] s =
        {
            words.Count(world.Contains),
            words.Count(sports.Contains),
            words.Count(business.Contains),
            words.Count(tech.Contains),
        };
        var sorted = s.OrderByDescending(x => x).ToArray();
        if (sorted[0] == 0 || sorted[0] == sorted[1]) return -1;
        return Array.IndexOf(s, sorted[0]);
    }
}
