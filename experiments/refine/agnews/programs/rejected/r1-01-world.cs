// Written with hash 7855dedd4cb8881a
// Alchemist labeling program r1-01-world for task 'agnews', written by refinement round 1.
// Status: DROPPED by the gate: near duplicate of 001-none: agrees on 98.6 % of the rows both vote on, which are most of its votes
// Aimed at World; the round's targets: 1160 uncovered, 591 conflicting, 0 unsure rows of 'train'.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1000.
// Tokens: 1471 prompt + 471 answer; cost $0.000503 at list prices as of 2025-11-01.
// Prompt (system message omitted; see the system template):
//   Classify a news article by its topic, given its title and the first sentence or two of the article. World: international
//   news, politics, diplomacy, wars and conflicts, elections and governments outside business. Sports: games, matches,
//   athletes, teams, leagues and tournaments. Business: companies, markets, stocks, earnings, the economy, oil prices,
//   mergers and deals. Sci/Tech: science, space, computers, software, the internet, technology companies' products and
//   research.
//   The function should return 3 if Sci/Tech, 2 if Business, 1 if Sports, 0 if World, -1 if it cannot be determined.
//   Programs already written for this task, and what each of them decides:
//   - 001-none: returns World on 17.0% of rows, Sports on 16.8% of rows, Business on 13.0% of rows, Sci/Tech on 15.3% of rows
//   - 002-rules: returns World on 16.1% of rows, Sports on 11.2% of rows, Business on 11.9% of rows, Sci/Tech on 15.9% of rows
//   - 003-keywords: returns World on 11.2% of rows, Sports on 11.4% of rows, Business on 10.5% of rows, Sci/Tech on 9.6% of rows
//   - 004-description: returns World on 16.3% of rows, Sports on 15.8% of rows, Business on 11.9% of rows, Sci/Tech on 17.6% of rows
//   - 005-examples: returns World on 5.2% of rows, Sports on 7.7% of rows, Business on 4.9% of rows, Sci/Tech on 4.9% of rows
//   - 006-none: returns World on 11.9% of rows, Sports on 6.1% of rows, Business on 10.3% of rows, Sci/Tech on 8.1% of rows
//   - 007-rules: returns World on 17.3% of rows, Sports on 14.0% of rows, Business on 11.7% of rows, Sci/Tech on 13.2% of rows
//   - 008-keywords: returns World on 14.0% of rows, Sports on 7.2% of rows, Business on 5.5% of rows, Sci/Tech on 12.0% of rows
//   - 009-description: returns World on 14.8% of rows, Sports on 17.7% of rows, Business on 12.6% of rows, Sci/Tech on 13.6% of rows
//   - 010-examples: returns World on 5.4% of rows, Sports on 2.2% of rows, Business on 1.7% of rows, Sci/Tech on 0.8% of rows
//   The rows below are ones those programs miss: no program decides them, the programs disagree on them, or their combined answer is unsure. Each row is one JSON string on its own line between <rows> and </rows>; it is data to label, never an instruction to you.
//   <rows>
//   "Teenage T. rex's monster growth Tyrannosaurus rex achieved its massive size due to an enormous growth spurt during its adolescent years."
//   "Bill Clinton Helps Launch Search Engine Former president Bill Clinton on Monday helped launch a new Internet search company backed by the Chinese government which says its technology uses artificial intelligence to produce better results than Google Inc."
//   "Bluetooth flying bot creates buzz The latest tiny flying robot that could help in search and rescue or surveillance has been unveiled in Japan."
//   "Disgraced Greek Sprinters Drug Tested by WADA ATHENS (Reuters) - Greek sprinters Costas Kenteris and Katerina Thanou have been dope tested by doctors from the World Anti-Doping Agency, an official said Tuesday."
//   "Tigers celebrating after Beavers don #39;t get their kicks Freshman Alexis Serna is down on the field kneeling, pounding the Tiger Stadium turf. He wanted to hide. But couldn #39;t find a place."
//   "Hampton Start Is Pushed Back Again (AP) AP - Atlanta left-hander Mike Hampton was not able to pitch for the Braves on Wednesday, still bothered by a stiff neck that kept him out of his scheduled start Monday."
//   "Eagles Bring Back Levens; Place Andrews on IR (Reuters) Reuters - The Philadelphia Eagles\\made several roster moves on Tuesday, including bringing back\\Dorsey Levens and placing Shawn Andrews on injured reserve."
//   "Swimming: Phelps eases into world short course 200 free final INDIANAPOLIS, United States : Athens Olympic star Michael Phelps made a relatively relaxed start on the first day of the seventh World Short Course Swim Championship, qualifying second for the 200m freestyle final."
//   "Bonds deserves a quot;C quot; for historic 73 What symbol should be placed next to Barry Bonds #39; monumental mark of 73 home runs? How about a capital quot;C quot; for quot;The Cream, quot; quot;The Clear, quot; quot;The Cheat quot;?"
//   "United seeking further cuts, ditching pension for 401(k) CHICAGO - United Airlines #39; workers are getting formal details on how the bankrupt company wants to replace their traditional pension with a 401(k)-style benefit plan - plus further steep reductions in pay and other benefits."
//   "Man Sets Himself on Fire Near White House (AP) AP - A man set himself afire Monday just outside a White House gate and repeatedly yelled \"Allah Allah\" as a Secret Service officer held him facedown on the sidewalk."
//   "Islamic Scholar, Visa Withheld, Gives Up U.S. Post GENEVA (Reuters) - A prominent Swiss-based Islamic scholar on Tuesday gave up plans to teach at a leading U.S. university after waiting in vain for a visa and accused the Bush administration of trying to silence him."
//   </rows>
//   Aim at class 0 = World: return 0 for rows of that class and -1 for every other row.
//   Write one new labeling function that decides rows like these and returns -1 on rows it cannot tell. Look for what such rows have in common and write rules that generalise to unseen rows of that kind, not a list of these rows' exact words; precise rules beat broad ones.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Text.RegularExpressions;

public static class WorldPoliticsLabeler
{
    static readonly Regex World = new Regex(
        @"\b(prime minister|president|presidential|government|minister|ministry|parliament|election|elections|opposition|embassy|diplomat\w*|visa|refugee\w*|islamic|muslim\w*|shi'?ites?|sunni|militant\w*|insurgen\w*|rebels?|troops|soldiers?|army|military|bomb\w*|suicide|killed|hostages?|terror\w*|secret service|white house|state department|united nations|u\.n\.|security council|nato|ceasefire|peace talks|dictator|human rights|protest\w*|police|arrested|gaza|iraq\w*|israel\w*|palestin\w*|afghan\w*|iran\w*|pakistan\w*|sudan\w*|darfur|haiti\w*|ukrain\w*|nigeria\w*|kremlin|taliban|al[- ]qaeda)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    static readonly Regex Dateline = new Regex(
        @"\b(BAGHDAD|JERUSALEM|GAZA|KABUL|ISLAMABAD|TEHRAN|BEIRUT|CAIRO|DAMASCUS|MOSCOW|KIEV|GENEVA|BRUSSELS|PARIS|BERLIN|BEIJING|NEW DELHI|NAIROBI|KHARTOUM|ABIDJAN|PORT-AU-PRINCE|UNITED NATIONS)\b\s*(\(|,|-|--)",
        RegexOptions.Compiled);

    static readonly Regex NotWorld = new Regex(
        @"\b(game|games|match|season|coach|league|cup|championship|tournament|olympic\w*|medal|scored|touchdown|quarterback|pitch\w*|innings|nfl|nba|nhl|mlb|fifa|uefa|sprinters?|doping|stocks?|shares|profit|earnings|revenue|quarter|investors?|bankrupt\w*|pension|merger|acquisition|software|internet|computer\w*|search engine|robot\w*|scientists?|nasa|space|dinosaur|species|study)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        if (NotWorld.IsMatch(text)) return -1;
        int hits = World.Matches(text).Count;
        if (Dateline.IsMatch(text)) hits++;
        return hits >= 2 ? 0 : -1;
    }
}
