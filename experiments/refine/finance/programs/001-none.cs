// Written with hash 197132a0ccec802b
// Alchemist labeling program 001-none for task 'finance'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 0, knowledge: none.
// Tokens: 333 prompt + 378 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000277 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 170 votes, 0 faults.
// Prompt (system message omitted; see the system template):
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
using System.Text.RegularExpressions;

public static class FinancialSentimentLabeler
{
    private static readonly Regex Metric = new Regex(@"\b(profit|earnings|sales|revenue|orders?|income|ebit|margin|result|eps|turnover)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Up = new Regex(@"\b(rose|rise|increased?|grew|grow|improved?|climbed|higher|up|doubled|gained?)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Down = new Regex(@"\b(fell|fall|decreased?|declined?|dropped|drop|lower|down|slumped|plunged)\b", RegexOptions.IgnoreCase);
    private static readonly Regex BadEvent = new Regex(@"\b(loss|losses|lay-?offs?|job cuts|redundanc(y|ies)|profit warning|bankruptcy|closure)\b", RegexOptions.IgnoreCase);
    private static readonly Regex GoodEvent = new Regex(@"\b(won|awarded|signed|contract|record|exceeded|beat)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        bool metric = Metric.IsMatch(text);
        bool up = Up.IsMatch(text);
        bool down = Down.IsMatch(text);
        bool bad = BadEvent.IsMatch(text);
        bool good = GoodEvent.IsMatch(text);

        if (bad && !up && !good) return 0;
        if (metric && up && !down && !bad) return 2;
        if (metric && down && !up && !bad) return 0;
        if (good && !bad && !down) return 2;
        if (!metric && !up && !down && !bad && !good) return 1;
        return -1;
    }
}
