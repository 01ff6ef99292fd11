// Written with hash 2a2d522c99b19bb5
// Alchemist labeling program 009-description for task 'agnews'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 8, knowledge: description.
// Tokens: 926 prompt + 583 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000489 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 115 votes, 0 faults.
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
using System.Linq;
using System.Text.RegularExpressions;

public static class NewsCategoryHeuristic
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();
        var score = new double[4];

        score[0] += Regex.Matches(t, @"\b(president|minister|government|rebels|killed|military|police|election|talks|diplomat\w*|war|peace)\b").Count;
        score[0] += 1.5 * Regex.Matches(t, @"\b(iraq|israel|palestinian|iran|afghanistan|pakistan|sudan|russia|china|korea|europe|eu)\b").Count;
        score[1] += 1.5 * Regex.Matches(t, @"\b(game|win|victory|defeat|season|coach|league|cup|championship|olympics?|tournament|scored|quarterback|injury|players?|teams?)\b").Count;
        score[2] += 1.5 * Regex.Matches(t, @"\b(shares|stocks|profit|earnings|quarter|revenue|sales|market|oil prices|dollar|fed|interest rates|economy|inflation|merger|acquisition|bankruptcy|ceo|investors|wall street)\b").Count;
        score[3] += 1.5 * Regex.Matches(t, @"\b(software|internet|computer|linux|chip|wireless|web|online|users|security|virus|spam|nasa|space|scientists|researchers|study|species|climate)\b").Count;

        double best = score.Max();
        if (best < 1.5) return -1;
        var second = score.OrderByDescending(x => x).ElementAt(1);
        if (best - second < 1) return -1;
        return Array.IndexOf(score, best);
    }
}
