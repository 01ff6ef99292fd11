// Written with hash 40a67b2dc45bc484
// Alchemist labeling program 002-rules for task 'finance'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1, knowledge: rules.
// Tokens: 796 prompt + 926 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000675 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 182 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   1. If the sentence has a rise word (rose, increased, grew, improved, climbed, up, higher, doubled) near a good metric (profit, operating profit, net profit, earnings, sales, net sales, revenue, orders, margin, EBIT) -> positive.
//   2. If it has a fall word (fell, decreased, declined, dropped, down, lower, slumped) near a good metric -> negative.
//   3. A rise in a bad metric (loss, losses, costs, debt) -> negative; "loss narrowed", "loss decreased" -> positive.
//   4. "Operating loss", "net loss", "pre-tax loss" without "narrowed/decreased" -> negative; "turned to a profit" -> positive; "turned to a loss" -> negative.
//   5. Job cuts, lay-offs, redundancies, plant closures, profit warnings, lowered guidance, bankruptcy -> negative.
//   6. Winning or signing an order, contract or deal, "awarded", "selected as supplier", raised outlook, "record" results -> positive.
//   7. Sentences that only describe the company, its products, ownership, locations, appointments, publication dates or deal terms, with no direction word -> neutral.
//   8. A figure with "from ... to ..." and no direction word: compare the two numbers if both are present; otherwise no decision.
//   9. If positive and negative cues both occur, return -1.
//   
//   Classify the sentiment of a sentence from financial news or a company press release, from the point of view of an
//   investor in the company. Positive: the company's results, sales, profit, orders or prospects improve, it wins a
//   contract or grows. Negative: results worsen, losses, falling sales, layoffs, lower guidance or other bad news for the
//   company. Neutral: factual statements with no clear good or bad news, such as descriptions of the company, its
//   products, ownership, plans or dates.
//   The function should return 2 if positive, 1 if neutral, 0 if negative, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Globalization;
using System.Text.RegularExpressions;

public static class FinanceRuleLabeler
{
    private static readonly Regex GoodMetric = new Regex(@"\b(profit|operating profit|net profit|earnings|sales|net sales|revenue|orders?|order intake|margin|ebit|eps)\b", RegexOptions.IgnoreCase);
    private static readonly Regex BadMetric = new Regex(@"\b(loss|losses|costs?|debt)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Rise = new Regex(@"\b(rose|risen|increased?|grew|grown|improved?|climbed|up|higher|doubled|jumped)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Fall = new Regex(@"\b(fell|fallen|decreased?|declined?|dropped|down|lower|slumped|plunged)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Narrowed = new Regex(@"\bloss(es)? (narrowed|decreased|shrank)\b|\bturned to (a )?profit\b", RegexOptions.IgnoreCase);
    private static readonly Regex TurnedLoss = new Regex(@"\bturned to (a |an )?(operating |net )?loss\b", RegexOptions.IgnoreCase);
    private static readonly Regex BadEvent = new Regex(@"\b(job cuts|lay-?offs?|redundanc(y|ies)|plant closures?|close (down|the)|profit warning|lowered (its )?(guidance|outlook|forecast)|bankruptcy)\b", RegexOptions.IgnoreCase);
    private static readonly Regex GoodEvent = new Regex(@"\b(won|wins|awarded|signed|selected as (a |the )?supplier|raised (its )?(guidance|outlook|forecast)|record)\b", RegexOptions.IgnoreCase);
    private static readonly Regex FromTo = new Regex(@"(?:to|at) (?:EUR|USD|\$|€)?\s?([\d,.]+)\s*(?:mn|million|m|bn|%)?\s*,?\s*(?:compared with|from|versus|vs\.?) (?:EUR|USD|\$|€)?\s?([\d,.]+)", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        if (Narrowed.IsMatch(text)) return 2;
        if (TurnedLoss.IsMatch(text)) return 0;

        bool good = GoodMetric.IsMatch(text), bad = BadMetric.IsMatch(text);
        bool rise = Rise.IsMatch(text), fall = Fall.IsMatch(text);
        bool badEvent = BadEvent.IsMatch(text), goodEvent = GoodEvent.IsMatch(text);

        int pos = 0, neg = 0;
        if (good && rise && !fall) pos++;
        if (good && fall && !rise) neg++;
        if (bad && rise && !fall) neg++;
        if (bad && !rise && !fall && Regex.IsMatch(text, @"\b(operating|net|pre-?tax) loss\b", RegexOptions.IgnoreCase)) neg++;
        if (badEvent) neg++;
        if (goodEvent) pos++;

        if (pos == 0 && neg == 0)
        {
            var m = FromTo.Match(text);
            if (m.Success
                && double.TryParse(m.Groups[1].Value.Replace(",", "").TrimEnd('.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && double.TryParse(m.Groups[2].Value.Replace(",", "").TrimEnd('.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
                && a != b)
                return (a > b) ^ bad ? 2 : 0;
            if (!rise && !fall) return 1;
            return -1;
        }
        if (pos > 0 && neg > 0) return -1;
        return pos > 0 ? 2 : 0;
    }
}
