// Written with hash 26e112c0515d4314
// Alchemist labeling program r1-03-negative for task 'finance', written by refinement round 1.
// Status: kept by the gate: votes on 95 target rows (10 newly covered); estimated accuracy 0.700 on 10 rows (pseudo-gold)
// Aimed at negative; the round's targets: 10 uncovered, 758 conflicting, 0 unsure rows of 'train'.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1002.
// Tokens: 1155 prompt + 570 answer; cost $0.000515 at list prices as of 2025-11-01.
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
//   "Biohit and VWR have been in close cooperation for a number of years in the US , where Biohit is one of VWR 's focus suppliers ."
//   "As a domestic business , Best-In is already close to Finnish dog owners ."
//   "Taking a cue from the playbook of the East Dillon Lions , we 've created a special team of heavy-hitting style players , such as boot-cut jeans , tummy tops and , of course , cowboy boots ."
//   "More than a third of the original participants dropped out due to nausea and other side effects ."
//   "Operating profit excluding restructuring costs grew to EUR 44.5 million from EUR 31.7 million while operating profit including restructuring costs showed even larger growth to EUR 38.5 million from EUR 7.4 million ."
//   "Paper companies were in negative territories , with Stora Enso R shedding 1.62 pct to 12.73 eur , UPM-Kymmene down 0.80 pct at 18.64 eur and M-real B 0.18 pct lower at 5.57 eur ."
//   "Operating profit excluding non-recurring items amounted to EUR 40.6 mn , down from EUR 57.3 mn year-on-year ."
//   "It generated an operating loss of EUR 96.3 mn , down from a profit of EUR 43.9 mn ."
//   "At 1.33 pm , the OMX Helsinki 25 was 0.30 pct lower at 2,463.67 and the OMX Helsinki was down 0.37 pct at 8,537.42 on volume of 256 mln eur ."
//   "Finnish metal products company Componenta Oyj net profit went slightly down to 25.1 mln euro ( $ 40.2 mln ) for the first half of 2008 from 25.4 mln euro ( $ 40.7 mln ) for the same period of 2007 ."
//   "In food trade , sales amounted to EUR320 .1 m , a decline of 1.1 % ."
//   "Sales at the unit slumped last year after the industry was hit by poor snowfall in the major resorts in the winter of 2006-07 ."
//   </rows>
//   Aim at class 0 = negative: return 0 for rows of that class and -1 for every other row.
//   Write one new labeling function that decides rows like these and returns -1 on rows it cannot tell. Look for what such rows have in common and write rules that generalise to unseen rows of that kind, not a list of these rows' exact words; precise rules beat broad ones.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Globalization;
using System.Text.RegularExpressions;

public static class NegativeFiguresDown
{
    static readonly RegexOptions O = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    static string Normalize(string s)
    {
        s = Regex.Replace(s, @"(\d)\s+\.(\d)", "$1.$2");
        s = Regex.Replace(s, @"(\d),(\d{3})\b", "$1$2");
        return s;
    }

    static bool TryNum(string s, out double v)
    {
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v);
    }

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = Normalize(text.ToLowerInvariant());

        // good news wording overrides: abstain
        if (Regex.IsMatch(t, @"\b(loss\w* narrowed|narrowed (its|the) loss|swung to (a )?profit|turned (to )?(a )?profit|up from|rose|grew|increased|improved)\b", O)
            && !Regex.IsMatch(t, @"\b(down from|decreas\w*|declin\w*|fell)\b", O))
            return -1;

        // "... to X from Y" where the new value is smaller
        var m = Regex.Match(t, @"\bto (?:eur|usd|sek|\$|euro)?\s*(-?\d+(?:\.\d+)?)[^\d]{0,30}?\bfrom (?:eur|usd|sek|\$|euro)?\s*(-?\d+(?:\.\d+)?)", O);
        if (m.Success && TryNum(m.Groups[1].Value, out double a) && TryNum(m.Groups[2].Value, out double b)
            && Regex.IsMatch(t, @"\b(profit|sales|revenue\w*|income|earnings|ebit\w*|eps|margin|turnover|result)\b", O))
        {
            if (a < b) return 0;
        }

        // explicit downward movement of results, prices or indices
        if (Regex.IsMatch(t, @"\b(down from|decreased|declined|fell|dropped|slumped|plunged|tumbled|shed|shedding|went (slightly )?down|pct lower|% lower|in negative territor\w*|was down|were down|a decline of|decline of)\b", O)) return 0;
        // losses
        if (Regex.IsMatch(t, @"\b(operating|net|pretax|pre-tax) loss\b|\bloss per share\b|\bfrom a profit\b|\bto a loss\b|\bwarn\w* (on|of) (profit|earnings)\b", O)) return 0;
        // bad external events
        if (Regex.IsMatch(t, @"\b(hit by|side effects|dropped out|poor (snowfall|demand|sales|results)|weak demand|weaker|lower (demand|sales|prices|guidance))\b", O)) return 0;

        return -1;
    }
}
