// Written with hash d068f8afc0b65e1d
// Alchemist labeling program r1-05-negative for task 'finance', written by refinement round 1.
// Status: DROPPED by the gate: near duplicate of 001-none: agrees on 100.0 % of the rows both vote on, which are most of its votes
// Aimed at negative; the round's targets: 10 uncovered, 758 conflicting, 1 unsure rows of 'train'.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1004.
// Tokens: 1135 prompt + 608 answer; cost $0.000535 at list prices as of 2025-11-01.
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
//   "As a domestic business , Best-In is already close to Finnish dog owners ."
//   "Managing Director 's comments : `` Net sales for the first quarter were notably lower than a year before , especially in Finland , Russia and the Baltic countries ."
//   "The item included restructuring costs of EUR1 .6 m , while a year earlier they were EUR13 .1 m. Diluted EPS stood at EUR0 .3 versus a loss per share of EUR 0.1 ."
//   "Virala Oy Ab was allocated by the Board of Directors an amount of EUR 1,9 million which is EUR 0,25 million lower than maximum announced on 12/30/2010 ."
//   "Loss for the period totalled EUR 15.6 mn compared to a profit of EUR 6.3 mn in 2008 ."
//   "The layoff talks were first announced in August ."
//   "Paper companies were in negative territories , with Stora Enso R shedding 1.62 pct to 12.73 eur , UPM-Kymmene down 0.80 pct at 18.64 eur and M-real B 0.18 pct lower at 5.57 eur ."
//   "The Estonian electronic components factory , Elcoteq , is running out of material because of the closure of air traffic ."
//   "UPM said the move will lower net profit by x20ac 385 million US$ 520 million in the second quarter , mainly due to impairment charges ."
//   "However , the company saw its net profit for the third quarter down to EUR1 .4 m from EUR1 .5 m for the corresponding period of 2009 ."
//   "Operating profit in the fourth quarter went down to EUR3m from EUR4 .2 m for the corresponding period of 2009 as it included costs of growth projects ."
//   "Operating margin , however , slipped to 14.4 % from 15.1 % , dragged down by a poor performance in enterprise solutions ."
//   </rows>
//   Aim at class 0 = negative: return 0 for rows of that class and -1 for every other row.
//   Write one new labeling function that decides rows like these and returns -1 on rows it cannot tell. Look for what such rows have in common and write rules that generalise to unseen rows of that kind, not a list of these rows' exact words; precise rules beat broad ones.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Linq;
using System.Text.RegularExpressions;

public static class FinanceNegativeNewsLabeler
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.Compiled;

    // Financial metric that worsened: "net profit ... down to", "margin slipped", "net sales ... lower".
    private static readonly Regex MetricWorse = new Regex(
        @"\b(net sales|sales|revenue|net profit|operating profit|profit|earnings|eps|operating margin|margin|" +
        @"order intake|result|income|ebitda|ebit)\b[^.;]{0,50}?\b(went down|down to|down by|decreased|declined|" +
        @"fell|dropped|slipped|shrank|were (notably |significantly |slightly )?lower|was (notably |significantly |slightly )?lower|" +
        @"deteriorated|weakened)\b", Opts);

    // Loss-making results: "loss for the period", "loss per share", swing from profit to loss.
    private static readonly Regex LossResult = new Regex(
        @"\b(loss for the (period|quarter|year)|net loss|operating loss|pre-?tax loss|loss (totall?ed|amounted|stood|widened)|" +
        @"compared to a profit|from a profit|swung to a loss|turned to a loss)\b", Opts);

    // Share prices falling, charges and operational trouble.
    private static readonly Regex BadEvent = new Regex(
        @"\b(negative territor\w*|shedding|\d+(\.\d+)? pct (lower|down)|down \d+(\.\d+)? pct|" +
        @"lower net profit|lower (its |the )?(profit|outlook|guidance|forecast)|impairment( charges?)?|" +
        @"write-?downs?|restructuring costs|running out|closure|shut ?down|layoffs?|layoff talks|job cuts|" +
        @"temporary lay-?offs|dragged down|poor performance|profit warning|lower than (expected|a year))\b", Opts);

    // Clear improvement cues that would make the sentence positive.
    private static readonly Regex Improvement = new Regex(
        @"\b(rose|increased|grew|improved|up from|higher than|narrowed|swung to a profit|turned to a profit|" +
        @"from a loss|versus a loss|compared to a loss|decrease in (costs|losses))\b", Opts);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;

        int bad = 0;
        if (MetricWorse.IsMatch(text)) bad++;
        if (LossResult.IsMatch(text)) bad++;
        if (BadEvent.IsMatch(text)) bad++;

        if (bad == 0) return -1;
        if (Improvement.IsMatch(text) && bad < 2) return -1;

        return 0;
    }
}
