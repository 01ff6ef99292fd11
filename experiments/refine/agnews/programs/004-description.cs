// Written with hash fc2a41f18299fad5
// Alchemist labeling program 004-description for task 'agnews'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 3, knowledge: description.
// Tokens: 926 prompt + 746 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000587 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 119 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   The data are short English news items from a news aggregator (wire services such as Reuters, AP, AFP): a headline followed by the first one or two sentences of the article, often starting with a dateline ("BAGHDAD (Reuters) -") and sometimes containing HTML remnants.
//   
//   World (0): international and national politics and conflicts. Countries, capitals, leaders, governments, elections, wars, bombings, troops, hostages, the UN, diplomacy, peace talks, refugees, disasters. Typical words: president, minister, prime minister, government, rebels, killed, military, police, Iraq, Israel, Palestinian, election, talks.
//   
//   Sports (1): matches, results, players, coaches, teams and competitions. Typical words: game, win, victory, defeat, season, coach, league, cup, championship, Olympics, tournament, scored, quarterback, NFL, NBA, baseball, Red Sox, Yankees, golf, tennis, soccer, injury.
//   
//   Business (2): companies and the economy. Typical words: shares, stocks, profit, earnings, quarter, revenue, sales, market, oil prices, dollar, Fed, interest rates, economy, inflation, merger, acquisition, bid, deal, bankruptcy, CEO, investors, Wall Street.
//   
//   Sci/Tech (3): science, space, health research and information technology. Typical words: software, Microsoft, Google, Apple, internet, computer, Linux, chip, Intel, wireless, mobile phone, web, online, users, security, virus, spam, NASA, space, scientists, researchers, study, species, climate.
//   
//   How to tell them apart: technology companies appear in both Business and Sci/Tech; stock prices, earnings and deals suggest Business, products, software, security and research suggest Sci/Tech. Government economic policy is usually Business; elections and conflicts are World. Datelines from foreign capitals lean World.
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

public static class AgNewsDescriptionLabeler
{
    private static readonly Regex Dateline = new Regex(@"^[^:]*?\b([A-Z]{3,}(?: [A-Z]{3,})*) \((Reuters|AP|AFP)\)", RegexOptions.Multiline);
    private static readonly Regex SportsCue = new Regex(@"\b(game|victory|defeat|season|coach|league|cup|championship|olympics?|tournament|scored|quarterback|nfl|nba|baseball|red sox|yankees|golf|tennis|soccer|injury)\b", RegexOptions.IgnoreCase);
    private static readonly Regex BusinessCue = new Regex(@"\b(shares|stocks|profit|earnings|quarter|revenue|sales|oil prices|dollar|fed|interest rates|economy|inflation|merger|acquisition|bankruptcy|ceo|investors|wall street)\b", RegexOptions.IgnoreCase);
    private static readonly Regex TechCue = new Regex(@"\b(software|microsoft|google|apple|internet|computer|linux|chip|intel|wireless|web|online|users|security|virus|spam|nasa|space|scientists|researchers|study|species|climate)\b", RegexOptions.IgnoreCase);
    private static readonly Regex WorldCue = new Regex(@"\b(president|minister|prime minister|government|rebels|killed|military|police|iraq|israel|palestinian|election|talks|un)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        int w = WorldCue.Matches(text).Count, s = SportsCue.Matches(text).Count, b = BusinessCue.Matches(text).Count, t = TechCue.Matches(text).Count;

        // technology companies: money talk means Business, products and research mean Sci/Tech
        if (t > 0 && b > 0)
        {
            if (Regex.IsMatch(text, @"\b(shares|earnings|profit|revenue|quarter)\b", RegexOptions.IgnoreCase)) t = 0; else b = 0;
        }
        if (Dateline.IsMatch(text) && w > 0) w++;

        int max = Math.Max(Math.Max(w, s), Math.Max(b, t));
        if (max == 0) return -1;
        int ties = (w == max ? 1 : 0) + (s == max ? 1 : 0) + (b == max ? 1 : 0) + (t == max ? 1 : 0);
        if (ties > 1) return -1;
        return w == max ? 0 : s == max ? 1 : b == max ? 2 : 3;
    }
}
