// Written with hash 73b8692df3141894
// Alchemist labeling program 006-none for task 'sms'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 5, knowledge: none.
// Tokens: 315 prompt + 310 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000233 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 163 votes, 0 faults.
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
using System.Linq;
using System.Text.RegularExpressions;

public static class SpamDetector
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string lower = text.ToLowerInvariant();

        string[] spamPhrases = { "free", "win", "urgent", "claim", "txt", "ringtone", "stop to", "per msg", "call now", "mobile", "offer", "voucher", "subscription" };
        int spamScore = spamPhrases.Count(p => lower.Contains(p));

        bool hasLongNumber = Regex.IsMatch(text, @"\d{7,}");
        bool hasCurrency = Regex.IsMatch(text, @"[£$€]\d|\d+p\b|\d+ppm");
        int capsWords = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Length > 2 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && w.Any(char.IsLetter));

        if (hasLongNumber && spamScore >= 1) return 1;
        if (hasCurrency && spamScore >= 1) return 1;
        if (spamScore >= 3) return 1;
        if (capsWords >= 3 && spamScore >= 2) return 1;

        int words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (spamScore == 0 && !hasLongNumber && !hasCurrency && words <= 25) return 0;
        return -1;
    }
}
