// Written with hash 53dd97efa630a78b
// Alchemist labeling program 007-rules for task 'finance'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 6, knowledge: rules.
// Tokens: 796 prompt + 595 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000476 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 179 votes, 0 faults.
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
using System.Linq;
using System.Text.RegularExpressions;

public static class InvestorSentimentRules
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();
        int score = 0;
        bool signal = false;

        var clauses = Regex.Split(t, @"[,;]| and | while | whereas ");
        foreach (var c in clauses)
        {
            bool metric = Regex.IsMatch(c, @"\b(profit|earnings|sales|revenue|orders?|margin|ebit|result|income)\b");
            bool badMetric = Regex.IsMatch(c, @"\b(loss|losses|costs|debt)\b");
            bool up = Regex.IsMatch(c, @"\b(rose|increased|grew|improved|climbed|up|higher|doubled)\b");
            bool down = Regex.IsMatch(c, @"\b(fell|decreased|declined|dropped|down|lower|slumped|narrowed)\b");
            if (metric && !badMetric && up && !down) { score++; signal = true; }
            else if (metric && !badMetric && down && !up) { score--; signal = true; }
            else if (badMetric && up && !down) { score--; signal = true; }
            else if (badMetric && down && !up) { score++; signal = true; }
        }
        if (Regex.IsMatch(t, @"\b(lay-?offs?|job cuts|redundancies|plant closure|profit warning|bankruptcy)\b")) { score -= 2; signal = true; }
        if (Regex.IsMatch(t, @"\b(won|awarded|signed) (a|an|the)? ?\S* ?\S* ?(order|contract|deal|agreement)\b")) { score += 2; signal = true; }

        if (!signal)
        {
            bool anyDirection = Regex.IsMatch(t, @"\b(rose|fell|increased|decreased|grew|declined|improved|loss|up|down)\b");
            return anyDirection ? -1 : 1;
        }
        if (score > 0) return 2;
        if (score < 0) return 0;
        return -1;
    }
}
