// Written with hash c8cace70d92f37db
// Alchemist labeling program r1-01-positive for task 'finance', written by refinement round 1.
// Status: kept by the gate: votes on 141 target rows (0 newly covered); estimated accuracy 1.000 on 15 rows (pseudo-gold)
// Aimed at positive; the round's targets: 10 uncovered, 758 conflicting, 1 unsure rows of 'train'.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1000.
// Tokens: 1238 prompt + 530 answer; cost $0.000504 at list prices as of 2025-11-01.
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
//   "FINANCING OF ASPOCOMP 'S GROWTH Aspocomp is aggressively pursuing its growth strategy by increasingly focusing on technologically more demanding HDI printed circuit boards PCBs ."
//   "`` The new agreement is a continuation to theagreement signed earlier this year with the Lemminkainen Group , whereby Cramo acquired the entire construction machine fleet ofLemminkainen Talo Oy Ita - ja Pohjois Suomo , and signed asimilar agreement , '' said Tatu Hauhio , managing director ofCramo F…"
//   "At first the contract envisaged the construction of three ferryboats with an option for two more units , further confirmed at a total value of 500 mln euro ( $ 645.8 mln ) ."
//   "Profit for the period totaled EUR 39.4 mn , up from EUR 33.9 mn in the corresponding period in 2006 ."
//   "The company 's operating income ( EBIT ) totalled EUR 0.0 mn , up from EUR -0.3 mn year-on-year ."
//   "The total delivery volume of paper businesses in 2010 was 1,155,000 tonnes , up from 1,132,000 tonnes in 2009 ."
//   "The company also said on November 16 , 2006 its Real Estate Fund I Ky signed an agreement with Finnish window maker Fenestra Oy to build a window plant in Forssa , southern Finland ."
//   "( ADP News ) - Sep 30 , 2008 - Finnish security and privacy software solutions developer Stonesoft Oyj said today that it won a USD 1.9 million ( EUR 1.3 m ) order to deliver its StoneGate network security products to an unnamed Russian te"
//   "Through the acquisition Solteq will expand its solutions offering by Microsoft 's Dynamics business software products ."
//   "Under the agreement Ponsse will provide forest machine maintenance services to Stora Enso 's Russian wood procurement operations ."
//   "Scanfil , a systems supplier and contract manufacturer to the communications sector , will start personnel negotiations in Oulu , in Finland , to lay off staff temporarily ."
//   "Operating profit for the 12-month period decreased from EUR17 .9 m while net sales increased from EUR58 .3 m , as compared to 2007 ."
//   </rows>
//   Aim at class 2 = positive: return 2 for rows of that class and -1 for every other row.
//   Write one new labeling function that decides rows like these and returns -1 on rows it cannot tell. Look for what such rows have in common and write rules that generalise to unseen rows of that kind, not a list of these rows' exact words; precise rules beat broad ones.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Globalization;
using System.Text.RegularExpressions;

public static class PositiveGrowthAndWins
{
    static readonly RegexOptions O = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    static string Normalize(string s)
    {
        s = Regex.Replace(s, @"(\d)\s+\.(\d)", "$1.$2");
        s = Regex.Replace(s, @"(\d),(\d{3})\b", "$1$2");
        return s;
    }

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = Normalize(text.ToLowerInvariant());

        // any bad news in the sentence: abstain (mixed sentences are not clearly positive)
        if (Regex.IsMatch(t, @"\b(decreas\w*|declin\w*|fell|fall\w*|drop\w*|down|lower|weak\w*|loss(es)?|negative|cut\w*|lay(s|ing)? off|laid off|layoffs?|redundan\w*|slump\w*|shed\w*|plunge\w*|worse\w*)\b", O)
            && !Regex.IsMatch(t, @"\bloss\w* (narrowed|decreased|shrank)\b|\bfrom (a )?(net |operating )?loss\b|\bfrom eur -\d", O))
            return -1;

        // key figure up from a previous period
        if (Regex.IsMatch(t, @"\b(profit|sales|revenue\w*|turnover|income|ebit\w*|earnings|eps|margin|volume\w*|order book|orders|deliver\w*)\b", O)
            && Regex.IsMatch(t, @"\b(up from|rose|risen|increas\w*|grew|grow\w*|improv\w*|climb\w*|jump\w*|doubl\w*|higher|surg\w*|went up)\b", O))
            return 2;

        // swing from loss to profit
        if (Regex.IsMatch(t, @"\b(swung|turned) to (a )?(net |operating )?profit\b|\bup from eur -\d|\bfrom (a )?(net |operating )?loss\b", O)) return 2;

        // wins of orders and contracts
        if (Regex.IsMatch(t, @"\b(won|wins|win|awarded|secured|landed|been selected|received) (an? |the )?([\w\-\.]+ ){0,4}(order|contract|deal|agreement|tender)s?\b", O)) return 2;

        // growth and expansion language
        if (Regex.IsMatch(t, @"\b(growth strategy|pursuing (its )?growth|will expand|to expand|expand\w* (its|their) (solutions|offering|business|operations|presence)|market leader\w*|record (high|profit|sales|year))\b", O)) return 2;

        return -1;
    }
}
