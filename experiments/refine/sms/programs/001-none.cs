// Written with hash e90c458f0a7e3086
// Alchemist labeling program 001-none for task 'sms'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 0, knowledge: none.
// Tokens: 315 prompt + 286 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000219 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 54 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Decide whether an SMS text message is spam. Spam messages are unsolicited commercial or fraudulent texts: prize or
//   cash "winner" notices, offers of free ringtones, phones or vouchers, premium-rate numbers or short codes to call or
//   text, subscription services with stop/unsubscribe instructions, dating or chat lines. Ham messages are ordinary
//   personal messages between people who know each other, often informal, abbreviated and with typos.
//   The function should return 1 if spam, 0 if ham, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(string text)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

using System;
using System.Text.RegularExpressions;

public static class SmsSpamLabeler
{
    private static readonly Regex PremiumNumber = new Regex(@"\b0(9|8[07]\d|800)\d{6,}\b", RegexOptions.Compiled);
    private static readonly Regex ShortCode = new Regex(@"\b(txt|text|send|reply)\b[^.]{0,30}\b\d{5}\b", RegexOptions.IgnoreCase);
    private static readonly Regex Prize = new Regex(@"\b(won|winner|prize|claim|award(ed)?|guaranteed|congratulations)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Money = new Regex(@"(£|\$)\s?\d|\b\d+p\b|\bcash\b", RegexOptions.IgnoreCase);
    private static readonly Regex Casual = new Regex(@"\b(lol|haha|ok|okay|sorry|later|tonight|home|love|miss|dinner|lunch)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        if (PremiumNumber.IsMatch(text) || ShortCode.IsMatch(text)) return 1;
        if (Prize.IsMatch(text) && Money.IsMatch(text)) return 1;
        if (Casual.IsMatch(text) && !Money.IsMatch(text) && !Regex.IsMatch(text, @"\d{5,}")) return 0;
        return -1;
    }
}
