// Written with hash fe65a1e50b0f2d91
// Alchemist labeling program 008-keywords for task 'agnews'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 7, knowledge: keywords.
// Tokens: 797 prompt + 502 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000421 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 78 votes, 0 faults.
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
using System.Text.RegularExpressions;

public static class AgNewsStrongKeywords
{
    private static readonly Regex Sports = new Regex(@"\b(nfl|nba|nhl|mlb|quarterback|touchdown|inning|red sox|yankees|olympics?|medal|striker|tournament|championship|playoffs?)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Business = new Regex(@"\b(wall street|dow|nasdaq|earnings|quarterly profit|shares (rose|fell|rose|jumped|slipped)|interest rates|crude|merger|takeover|bankruptcy|ceo)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Tech = new Regex(@"\b(software|linux|microsoft|google|internet|broadband|wireless|hackers|virus|worm|spam|nasa|mars|scientists|researchers|species|processor)\b", RegexOptions.IgnoreCase);
    private static readonly Regex World = new Regex(@"\b(prime minister|president|parliament|militants|rebels|troops|hostages?|iraq|baghdad|israel|palestinian|afghanistan|darfur|sudan|korea|embassy|united nations)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        bool s = Sports.IsMatch(text), b = Business.IsMatch(text), t = Tech.IsMatch(text), w = World.IsMatch(text);
        int hits = (s ? 1 : 0) + (b ? 1 : 0) + (t ? 1 : 0) + (w ? 1 : 0);
        if (hits != 1) return -1;
        return w ? 0 : s ? 1 : b ? 2 : 3;
    }
}
