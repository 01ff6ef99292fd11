// Written with hash 871045d03677940d
// Alchemist labeling program 002-rules for task 'agnews'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1, knowledge: rules.
// Tokens: 831 prompt + 667 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000525 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 120 votes, 0 faults.
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
using System.Linq;
using System.Text.RegularExpressions;

public static class AgNewsRuleLabeler
{
    private static readonly Regex[] Classes =
    {
        new Regex(@"\b(president|minister|government|election|troops|militants|killed|bomb|hostages?|u\.?n\.?|iraq|israel|iran|afghanistan|sudan|palestinians?)\b", RegexOptions.IgnoreCase),
        new Regex(@"\b(season|coach|quarterback|inning|touchdown|goal|cup|olympics?|medal|match|tournament|nfl|nba|nhl|mlb|league)\b", RegexOptions.IgnoreCase),
        new Regex(@"\b(shares|stocks?|profit|earnings|quarterly|revenue|wall street|dow|nasdaq|oil prices|interest rates|merger|takeover|bid|bankruptcy)\b|\$\s?[\d.]+ (billion|million)", RegexOptions.IgnoreCase),
        new Regex(@"\b(software|internet|web|computer|chip|linux|windows|wireless|virus|spam|hackers|download|nasa|space|mars|scientists|researchers|species|study)\b", RegexOptions.IgnoreCase),
    };
    private static readonly Regex TechCompany = new Regex(@"\b(microsoft|google|apple|ibm|intel|oracle|yahoo|sun|dell|hp)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Money = new Regex(@"\b(earnings|shares|bid|profit|revenue)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        int cut = text.IndexOfAny(new[] { ':', '.', '\n' });
        string title = cut > 0 ? text.Substring(0, cut) : text;

        var scores = new int[4];
        for (int c = 0; c < 4; c++)
            scores[c] = Classes[c].Matches(text).Count + Classes[c].Matches(title).Count;

        if (TechCompany.IsMatch(text))
        {
            if (Money.IsMatch(text)) scores[2] += 1; else scores[3] += 1;
        }

        var order = scores.Select((s, i) => (s, i)).OrderByDescending(x => x.s).ToArray();
        int margin = text.Length > 300 ? 2 : 1;
        if (order[0].s == 0 || order[0].s - order[1].s < margin) return -1;
        return order[0].i;
    }
}
