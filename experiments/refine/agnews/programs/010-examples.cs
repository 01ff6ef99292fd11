// Written with hash 40cfa3404c0d5cb7
// Alchemist labeling program 010-examples for task 'agnews'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 9, knowledge: examples.
// Tokens: 1030 prompt + 599 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000514 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 12 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   World
//   - Iraqi militants free two hostages: Two Turkish truck drivers held by militants in Iraq were released on Monday, officials said.
//   - Bush, Putin discuss Iran nuclear program at summit: The two leaders met in Santiago amid growing concern over Tehran.
//   - Earthquake kills dozens in northern Japan: Rescue workers searched for survivors after a strong quake struck Niigata.
//   - Palestinians prepare for election: Palestinian officials set January 9 as the date to choose Arafat's successor.
//   - UN warns of famine in Darfur: The United Nations said millions of people in western Sudan face food shortages.
//   
//   Sports
//   - Red Sox beat Yankees to force Game 7: Curt Schilling pitched seven strong innings as Boston won 4-2.
//   - Federer cruises into Open final: The world number one beat Tim Henman in straight sets.
//   - Chelsea stay top with win at Everton: A late goal gave Jose Mourinho's side a 1-0 victory.
//   - Phelps wins sixth gold in Athens: Michael Phelps added another Olympic title in the 100m butterfly.
//   - Colts quarterback Manning throws four touchdowns: Peyton Manning led Indianapolis past Houston.
//   
//   Business
//   - Oil prices hit record above $55 a barrel: Crude futures climbed on worries about supplies from Nigeria and Iraq.
//   - Oracle raises PeopleSoft bid to $9.2 billion: The software maker sweetened its hostile takeover offer.
//   - Wal-Mart quarterly profit rises 12 percent: The world's largest retailer beat analysts' expectations.
//   - Stocks fall as Fed signals more rate hikes: The Dow Jones industrial average lost 80 points.
//   - Delta pilots agree to pay cuts: The airline hopes to avoid bankruptcy with $1 billion in savings.
//   
//   Sci/Tech
//   - Microsoft releases Windows XP security update: Service Pack 2 aims to protect users against viruses and worms.
//   - NASA probe finds signs of water on Mars: Scientists say the rover Opportunity found rocks formed in water.
//   - Google launches desktop search tool: The free software lets users search files on their own PCs.
//   - Scientists discover new species of dinosaur: Fossils found in China shed light on the evolution of birds.
//   - Intel unveils faster dual-core chip: The processor is aimed at servers and high-end desktops.
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

public static class HeadlineStyleLabeler
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        bool sports = Regex.IsMatch(t, @"\b(beat|beats|cruises?|wins? (\w+ )?(gold|title|final)|force game|into (the )?(semi)?final|stay top|throws|scores?d?|sets|pitched)\b")
                      && Regex.IsMatch(t, @"\b(game|match|final|season|olympic|open|league|cup|innings?|touchdowns?|goals?)\b");
        bool business = Regex.IsMatch(t, @"\b(profit (rises|falls|jumps|drops)|raises? .* bid|prices? (hit|rise|fall|climb)|stocks? (fall|rise|slip|gain)|pilots agree|job cuts|quarterly|futures)\b");
        bool tech = Regex.IsMatch(t, @"\b(releases?|launch(es)?|unveils?)\b.*\b(software|update|tool|chip|browser|service|phone)\b") || Regex.IsMatch(t, @"\b(scientists|researchers) (say|find|found|discover)\b");
        bool world = Regex.IsMatch(t, @"\b(free|frees|kidnapped|kills?|killed|discuss|summit|prepare for election|warns? of)\b") && !sports && !business;

        int n = (sports ? 1 : 0) + (business ? 1 : 0) + (tech ? 1 : 0) + (world ? 1 : 0);
        if (n != 1) return -1;
        return world ? 0 : sports ? 1 : business ? 2 : 3;
    }
}
