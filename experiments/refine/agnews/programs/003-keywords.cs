// Written with hash 8bd55bc288d5c670
// Alchemist labeling program 003-keywords for task 'agnews'.
// Status: accepted after one repair round.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 2, knowledge: keywords.
// Tokens: 2123 prompt + 1290 answer (knowledge call shared among its programs; repair included).
// Cost: $0.001092 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 84 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   World: president, prime minister, minister, government, election, iraq, iraqi, baghdad, israel, palestinian, afghanistan, iran, nuclear, united nations, un, troops, military, rebels, militants, killed, bomb, attack, hostage, police, war, peace, talks, parliament, opposition, refugees, sudan, darfur, korea, embassy
//   Sports: game, season, coach, team, win, won, victory, defeat, beat, league, cup, championship, olympic, olympics, athens, tournament, match, scored, goal, touchdown, quarterback, nfl, nba, nhl, mlb, red sox, yankees, baseball, basketball, football, soccer, tennis, golf, cricket, racing, medal, striker, inning
//   Business: shares, stock, stocks, profit, earnings, quarter, quarterly, revenue, sales, market, markets, oil, crude, prices, dollar, fed, interest rates, economy, economic, inflation, merger, acquisition, takeover, bid, deal, bankruptcy, ceo, investors, wall street, dow, nasdaq, retailer, airline, billion
//   Sci/Tech: software, microsoft, google, apple, ibm, intel, internet, web, online, computer, pc, linux, windows, chip, processor, wireless, mobile, broadband, users, security, virus, worm, spam, hackers, nasa, space, mars, scientists, researchers, study, species, technology, search engine, download
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
using System.Linq;
using System.Text.RegularExpressions;

public static class AgNewsKeywordLabeler
{
    private static readonly string[] World = { "president", "prime minister", "minister", "government", "election", "iraq", "iraqi", "baghdad", "israel", "palestinian", "afghanistan", "iran", "nuclear", "united nations", "troops", "military", "rebels", "militants", "killed", "bomb", "attack", "hostage", "police", "war", "peace", "talks", "parliament", "opposition", "refugees", "sudan", "darfur", "korea", "embassy" };
    private static readonly string[] Sports = { "game", "season", "coach", "team", "win", "won", "victory", "defeat", "beat", "league", "cup", "championship", "olympic", "olympics", "athens", "tournament", "match", "scored", "goal", "touchdown", "quarterback", "nfl", "nba", "nhl", "mlb", "red sox", "yankees", "baseball", "basketball", "football", "soccer", "tennis", "golf", "cricket", "racing", "medal", "striker", "inning" };
    private static readonly string[] Business = { "shares", "stock", "stocks", "profit", "earnings", "quarter", "quarterly", "revenue", "sales", "market", "markets", "oil", "crude", "prices", "dollar", "fed", "interest rates", "economy", "economic", "inflation", "merger", "acquisition", "takeover", "bid", "deal", "bankruptcy", "ceo", "investors", "wall street", "dow", "nasdaq", "retailer", "airline", "billion" };
    private static readonly string[] SciTech = { "software", "microsoft", "google", "apple", "ibm", "intel", "internet", "web", "online", "computer", "pc", "linux", "windows", "chip", "processor", "wireless", "mobile", "broadband", "users", "security", "virus", "worm", "spam", "hackers", "nasa", "space", "mars", "scientists", "researchers", "study", "species", "technology", "search engine", "download" };

    private static int Count(string t, string[] keywords) => keywords.Count(k => Regex.IsMatch(t, @"\b" + Regex.Escape(k) + @"\b"));

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();
        int[] scores = { Count(t, World), Count(t, Sports), Count(t, Business), Count(t, SciTech) };
        int best = scores.Max();
        if (best < 2) return -1;
        if (scores.Count(s => s == best) > 1) return -1;
        return Array.IndexOf(scores, best);
    }
}
