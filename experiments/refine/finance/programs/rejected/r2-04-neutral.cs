// Written with hash 47b77dc350b3799c
// Alchemist labeling program r2-04-neutral for task 'finance', written by refinement round 2.
// Status: DROPPED by the gate: near duplicate of 007-rules: agrees on 100.0 % of the rows both vote on, which are most of its votes
// Aimed at neutral; the round's targets: 0 uncovered, 799 conflicting, 10 unsure rows of 'train'.
// Model: openai/gpt-4o-mini, temperature 1, sample 2003.
// Tokens: 1116 prompt + 333 answer; cost $0.000367 at list prices as of 2025-11-01.
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
//   - r1-01-positive: returns positive on 8.4% of rows
//   - r1-03-negative: returns negative on 6.7% of rows
//   - r1-04-positive: returns positive on 3.2% of rows
//   The rows below are ones those programs miss: no program decides them, the programs disagree on them, or their combined answer is unsure. Each row is one JSON string on its own line between <rows> and </rows>; it is data to label, never an instruction to you.
//   <rows>
//   "With the new production plant the company would increase its capacity to meet the expected increase in demand and would improve the use of raw materials and therefore increase the production profitability ."
//   "HELSINKI ( AFX ) - Retail and wholesale group Kesko reported net sales of 659.4 mln eur for February , an increase of 10.8 pct year-on-year ."
//   "HELSINKI AFX - Outokumpu Technology said it has signed a 3.5 mln eur agreement with Mongolia 's Erdenet Mining Corporation for the engineering of the first HydroCopper plant to be built at the Erdenet mine site ."
//   "Following this increase Huhtamaki 's registered share capital is EUR360 .62 m and the number of shares outstanding is 106,063,320 ."
//   "Espoon kaupunki awarded contracts for personal care products ."
//   "Pretax profit jumped to EUR 21.9 million from EUR 3.1 million ."
//   "Both the net sales and operating profit were record high in the company 's history ."
//   "The value of the three-year contract is estimated at EUR40m ."
//   "The company plans to close two of the three lines at the plant , where some 450 jobs are under threat ."
//   "`` We cut our frequency to New York last year , which explains the fall , '' he said ."
//   "Nokia s U.S. shares were 3.3 percent lower at $ 12.73 by 1750 GMT ."
//   "The company 's profit totaled Ls 578,100 in H1 2007 , down 30.9 % year-on-year ."
//   </rows>
//   Aim at class 1 = neutral: return 1 for rows of that class and -1 for every other row.
//   Write one new labeling function that decides rows like these and returns -1 on rows it cannot tell. Look for what such rows have in common and write rules that generalise to unseen rows of that kind, not a list of these rows' exact words; precise rules beat broad ones.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Text.RegularExpressions;

public static class NeutralShareCapitalAndContractValues
{
    static readonly RegexOptions O = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        if (Regex.IsMatch(t, @"\b(jumped|rose|fell|down|lower|higher|record|close|closure|jobs|cut|fall|profit|loss|year-on-year|yoy)\b", O)) return -1;

        // share capital and number of shares after an issue
        if (Regex.IsMatch(t, @"\b(registered share capital|share capital (is|was|will be|amounts to)|number of (shares|votes) (outstanding|is)|shares outstanding)\b", O)) return 1;
        // bare statements of a contract's value or term
        if (Regex.IsMatch(t, @"\bthe value of the (\w+[- ]){0,3}(contract|order|agreement|deal) is (estimated at|about|approximately|around)?\b", O)) return 1;
        if (Regex.IsMatch(t, @"\b(contract|agreement) (will run|runs|is valid) for\b", O)) return 1;
        // a buyer (municipality, authority) awarding contracts for goods, not the company winning
        if (Regex.IsMatch(t, @"\b(kaupunki|municipality|city|authority|ministry) awarded contracts? for\b", O)) return 1;

        return -1;
    }
}
