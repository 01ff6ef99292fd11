// Written with hash aea66666aaa33c13
// Alchemist labeling program 007-rules for task 'sms'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 6, knowledge: rules.
// Tokens: 790 prompt + 477 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000405 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 138 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   1. If the message contains a premium-rate or freephone number (starts with 09, 0800, 0871, 0870, 08 followed by 8+ digits) -> spam.
//   2. If it asks to text/send/reply a keyword to a 5-digit short code ("txt WIN to 80086", "send STOP to 87239") -> spam.
//   3. If it mentions winning or claiming (won, winner, prize, claim, award, selected, guaranteed) together with a number, money amount or call/text instruction -> spam.
//   4. If it mentions a price per message or minute (150p, 1.50/msg, £x/min, ppm, per week) or "T&C", "T&Cs", "18+", "PO Box", "opt out", "unsubscribe" -> spam.
//   5. If it contains "FREE" in capitals or "free" together with ringtone, phone, minutes, texts, entry, msg -> spam.
//   6. If it contains a web address (www., http, .com, .co.uk) together with an offer -> spam.
//   7. If three or more words are fully in capitals (excluding I, OK, LOL) and the message contains a digit string -> spam.
//   8. If the message is short (under about 15 words), contains first/second person conversation (i, u, you, me, we) and no digits longer than 4, no currency and no offer words -> ham.
//   9. Messages with casual text speak (lol, haha, lor, wat, gonna, ur, k, ok) and no number or offer -> ham.
//   10. Otherwise (long message with neither offer words nor a clear personal context) -> no decision (-1).
//   
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

public static class SpamRuleFunction
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string lower = text.ToLowerInvariant();
        int score = 0;

        if (Regex.IsMatch(text, @"\b0(9|8)\d{8,9}\b")) score += 2;
        if (Regex.IsMatch(lower, @"\b(txt|text|send|reply)\s+\w+\s+(to|on)\s+\d{5}\b")) score += 2;
        if (Regex.IsMatch(lower, @"\b(won|winner|prize|claim|awarded|selected|guaranteed)\b")) score += 1;
        if (Regex.IsMatch(lower, @"\d+p\b|£\d|per (msg|min|week)|ppm|t&cs?|18\+|po box|opt out|unsubscribe")) score += 2;
        if (text.Contains("FREE") || Regex.IsMatch(lower, @"free (ringtone|phone|mins|minutes|texts|entry|msg)")) score += 1;
        if (Regex.IsMatch(lower, @"www\.|http|\.co\.uk|\.com")) score += 1;

        if (score >= 2) return 1;

        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool textSpeak = words.Any(w => w is "lol" or "haha" or "lor" or "wat" or "gonna" or "ur" or "k" or "ok" or "u");
        if (score == 0 && (textSpeak || words.Length <= 12) && !Regex.IsMatch(text, @"\d{5,}")) return 0;
        return -1;
    }
}
