// Written with hash 2500e1ea98d5ca33
// Alchemist labeling program 005-examples for task 'finance'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 4, knowledge: examples.
// Tokens: 779 prompt + 364 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000335 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 9 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   positive
//   - Operating profit rose to EUR 13.1 mn from EUR 8.7 mn in the corresponding period in 2007.
//   - The company won a EUR 20 million order to deliver paper machines to China.
//   - Net sales increased by 18 % year-on-year, driven by strong demand in Russia.
//   - Shares in Nokia climbed 4 % after the results beat analysts' forecasts.
//   - The group expects its operating result for 2009 to improve clearly.
//   
//   neutral
//   - The company is headquartered in Helsinki and employs about 1,200 people.
//   - The interim report will be published on 28 April 2009.
//   - Componenta is a metal sector company with production plants in Finland, the Netherlands and Turkey.
//   - The transaction is expected to be completed by the end of the year.
//   - The new software is designed for small and medium-sized enterprises.
//   
//   negative
//   - Operating profit fell to EUR 2.4 mn from EUR 6.9 mn a year earlier.
//   - The company will cut 150 jobs at its plant in Tampere.
//   - Net sales decreased by 12 % due to weak demand in the construction sector.
//   - The company issued a profit warning and now expects an operating loss for the full year.
//   - Shares in the group dropped 7 % after it lowered its outlook.
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

public static class FinanceExampleLabeler
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        if (Regex.IsMatch(t, @"(profit fell|sales decreased|net sales decreased|will cut \d+ jobs|profit warning|operating loss|dropped \d+ ?%|lowered its outlook|fell to eur)"))
            return 0;
        if (Regex.IsMatch(t, @"(profit rose|rose to eur|won a eur|increased by \d+|climbed \d+ ?%|beat analysts|expects its operating result .* to improve|strong demand)"))
            return 2;
        if (Regex.IsMatch(t, @"(is headquartered in|employs about|will be published on|is a metal sector company|is a \w+ company|expected to be completed|is designed for)"))
            return 1;
        return -1;
    }
}
