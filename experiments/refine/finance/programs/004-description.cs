// Written with hash 30a491c8028005c3
// Alchemist labeling program 004-description for task 'finance'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 3, knowledge: description.
// Tokens: 904 prompt + 656 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000529 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 29 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   The data are single sentences from English financial news and company press releases, mostly about listed companies (many Finnish and Nordic firms): results, sales, orders, contracts, acquisitions, personnel changes, products and plans. Sentences are formal and often contain figures (EUR mn, percentages, quarters).
//   
//   positive (2): good news for the company's investors. Profit, net sales, operating income or orders rose or increased; the company won or signed a contract or order, expanded, improved its margin, raised its outlook, exceeded expectations, or its shares rose. Typical phrases: "rose to", "increased by", "grew", "up from", "improved", "record", "won an order", "signed an agreement", "strong demand".
//   
//   negative (0): bad news for the company's investors. Profit fell or turned into a loss, sales decreased, the company cut jobs, issued a profit warning, lowered guidance, closed a plant, or its shares fell. Typical phrases: "fell", "decreased", "declined", "dropped", "down from", "loss", "layoffs", "temporary lay-offs", "cut", "weak demand", "warning".
//   
//   neutral (1): factual statements with no clear direction: descriptions of what a company does, where it operates, who owns it, product launches without results, appointments, dates of publication, terms of deals without evaluation, or figures given without a change ("net sales were EUR 10 mn").
//   
//   How to tell them apart: look for a direction word (increase vs. decrease) applied to a good metric (profit, sales, orders) or a bad metric (loss, costs, debt); a rising loss is negative, a falling loss is positive. Without a direction word or a clearly good/bad event, the sentence is neutral.
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
using System.Text.RegularExpressions;

public static class FinanceDirectionLabeler
{
    private static readonly Regex Rise = new Regex(@"\b(rose|increased|grew|up from|improved|record|strong demand)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Fall = new Regex(@"\b(fell|decreased|declined|dropped|down from|weak demand)\b", RegexOptions.IgnoreCase);
    private static readonly Regex GoodNews = new Regex(@"\b(won an order|won a|signed an agreement|signed a contract|expand(ed|s)? |exceeded expectations|raised (its )?outlook|shares (rose|climbed|gained))\b", RegexOptions.IgnoreCase);
    private static readonly Regex BadNews = new Regex(@"\b(lay-?offs|temporary lay-offs|job cuts|cut \d+ jobs|profit warning|lowered (its )?(guidance|outlook)|close (a |the |its )?(plant|factory|mill)|shares (fell|dropped|slumped))\b", RegexOptions.IgnoreCase);
    private static readonly Regex Loss = new Regex(@"\bloss(es)?\b", RegexOptions.IgnoreCase);
    private static readonly Regex Neutral = new Regex(@"\b(is headquartered|headquarters|employs|is a \w+ company|will be published|is owned by|operates in|production plants? in|is expected to be completed|designed for)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        bool rise = Rise.IsMatch(text), fall = Fall.IsMatch(text), loss = Loss.IsMatch(text);
        if (BadNews.IsMatch(text)) return 0;
        if (GoodNews.IsMatch(text)) return 2;
        if (rise && !fall) return loss ? 0 : 2;     // a rising loss is bad news
        if (fall && !rise) return loss ? 2 : 0;     // a falling loss is good news
        if (!rise && !fall && !loss && Neutral.IsMatch(text)) return 1;
        return -1;
    }
}
