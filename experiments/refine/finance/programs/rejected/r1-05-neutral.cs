// Written with hash 7b97acf196a7d52a
// Alchemist labeling program r1-05-neutral for task 'finance', written by refinement round 1.
// Status: DROPPED by the gate: near duplicate of 002-rules: agrees on 100.0 % of the rows both vote on, which are most of its votes
// Aimed at neutral; the round's targets: 10 uncovered, 758 conflicting, 0 unsure rows of 'train'.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1004.
// Tokens: 1116 prompt + 476 answer; cost $0.000453 at list prices as of 2025-11-01.
// Prompt (system message omitted; see the system template):
//   Classify the sentiment of a sentence from financial news or a company press release, from the point of view of an
//   investor in the company. Positive: the company's results, sales, profit, orders or prospects improve, it wins a
//   contract or grows. Negative: results worsen, losses, falling sales, layoffs, lower guidance or other bad news for the
//   company. Neutral: factual statements with no clear good or bad news, such as descriptions of the company, its
//   products, ownership, plans or dates.
//   The function should return 2 if positive, 1 if neutral, 0 if negative, -1 if it cannot be determined.
//   Programs already written for this task, and what each of them decides:
//   - 001-none: returns negative on 7.2% of rows, neutral on 63.9% of rows, positive on 11.1% of rows
//   - 002-rules: returns negative on 5.9% of rows, neutral on 76.8% of rows, positive on 9.7% of rows
//   - 003-keywords: returns negative on 7.4% of rows, neutral on 8.1% of rows, positive on 11.2% of rows
//   - 004-description: returns negative on 4.6% of rows, neutral on 1.3% of rows, positive on 7.8% of rows
//   - 005-examples: returns negative on 1.7% of rows, neutral on 0.6% of rows, positive on 1.7% of rows
//   - 006-none: returns negative on 1.6% of rows, neutral on 1.1% of rows, positive on 2.3% of rows
//   - 007-rules: returns negative on 3.6% of rows, neutral on 81.6% of rows, positive on 5.7% of rows
//   - 008-keywords: returns negative on 8.4% of rows, neutral on 76.1% of rows, positive on 11.1% of rows
//   - 009-description: returns negative on 8.4% of rows, neutral on 76.4% of rows, positive on 14.6% of rows
//   - 010-examples: returns negative on 0.9% of rows, neutral on 0.6% of rows, positive on 2.1% of rows
//   The rows below are ones those programs miss: no program decides them, the programs disagree on them, or their combined answer is unsure. Each row is one JSON string on its own line between <rows> and </rows>; it is data to label, never an instruction to you.
//   <rows>
//   "Operating profit totaled EUR 825mn , up from EUR 763mn in 2004 ."
//   "A corresponding increase of 85,432.50 euros in Ahlstrom 's share capital has been entered in the Trade Register today ."
//   "The tower it chose to add , due to go into operation in the summer , will increase total capacity to 80 broadsheet or 160 tabloid pages , with the ability to run 32 - and 48-page products side by side ."
//   "According to A-Rehu 's Managing Director , Jouko Lahtinen , the project will stabilise costs and improve supply security ."
//   "Fiskars , the World 's 1 Scissors Brand TM , recently won Learning -\u008B Magazine 's 2011 Teachers ' Choice Award for the Classroom ."
//   "TomTom has given assurances that it will continue to sell maps to competitors if it wins EU approval ."
//   "The contract covers new energy-efficient AC drives that have been designed in cooperation between the companies ."
//   "It also turned in earnings per share ( EPS ) of EUR 0.44 versus loss per share of EUR 2.26 ."
//   "The order includes 48 ship cranes that will be delivered for 12 container feeders to be built at Wenchong shipyard in China ."
//   "Lassila & Tikanoja 's operating profit excluding non-recurring and imputed items for the second quarter was EUR11 .3 m , down from EUR13 .8 m a year ago ."
//   "The company confirmed its estimate for lower revenue for the whole 2009 than the year-ago EUR93 .9 m as given in the interim report on 5 August 2009 ."
//   "Profit for the period was EUR 10.9 mn , down from EUR 14.3 mn in 2009 ."
//   </rows>
//   Aim at class 1 = neutral: return 1 for rows of that class and -1 for every other row.
//   Write one new labeling function that decides rows like these and returns -1 on rows it cannot tell. Look for what such rows have in common and write rules that generalise to unseen rows of that kind, not a list of these rows' exact words; precise rules beat broad ones.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Text.RegularExpressions;

public static class NeutralCorporateAdminAndSpecs
{
    static readonly RegexOptions O = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        // comparisons of results in either direction are not neutral
        if (Regex.IsMatch(t, @"\b(up from|down from|versus|compared to|compared with|year-on-year|a year (ago|earlier)|year-ago)\b", O)) return -1;
        if (Regex.IsMatch(t, @"\b(profit|loss|earnings|eps|revenue|sales|ebit)\b", O)
            && Regex.IsMatch(t, @"\b(lower|higher|rose|fell|increas\w*|decreas\w*|grew|declin\w*)\b", O)) return -1;
        if (Regex.IsMatch(t, @"\b(award|won|wins|record|best|worst|lay\w* off|layoffs?|redundan\w*|losses)\b", O)) return -1;

        // share capital, register and stock exchange administration
        if (Regex.IsMatch(t, @"\b(trade register|share capital|new shares|stock option|registered|registration|listed on|quoted on|entered in|annual general meeting|agm|board of directors)\b", O)) return 1;
        // technical content of an order or contract
        if (Regex.IsMatch(t, @"\bthe (order|contract|delivery|deal|agreement|scope) (includes|covers|comprises|consists of|involves)\b", O)) return 1;
        if (Regex.IsMatch(t, @"\b(will be delivered|to be built|due to go into operation|designed in cooperation|scheduled (for|to)|will (continue|start) to)\b", O)) return 1;
        // statements and assurances without results
        if (Regex.IsMatch(t, @"\b(has given assurances|according to|said in a statement|managing director|chief executive)\b", O)
            && !Regex.IsMatch(t, @"\b(improv\w*|stabilis\w*|stabiliz\w*|grow\w*|weak\w*|difficult|decline\w*)\b", O)) return 1;

        return -1;
    }
}
