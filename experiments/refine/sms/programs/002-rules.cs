// Written with hash 1aa57dd6c66bcb20
// Alchemist labeling program 002-rules for task 'sms'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1, knowledge: rules.
// Tokens: 790 prompt + 773 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000582 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 135 votes, 0 faults.
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

public static class SmsRulesLabeler
{
    private static readonly Regex Premium = new Regex(@"\b0(9\d|8(00|70|71))\d{6,}\b");
    private static readonly Regex ShortCode = new Regex(@"\b(txt|text|send|reply)\b.{0,25}?\b\d{5}\b", RegexOptions.IgnoreCase);
    private static readonly Regex Winning = new Regex(@"\b(won|winner|prize|claim|award|selected|guaranteed)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Instruction = new Regex(@"\b(call|txt|text|reply)\b|\d{5,}|£\s?\d", RegexOptions.IgnoreCase);
    private static readonly Regex Pricing = new Regex(@"\b\d+p\b|\d+(\.\d+)?\s?/\s?(msg|min)|\bppm\b|\bT&Cs?\b|\b18\+|\bPO ?Box\b|\bopt.?out\b|\bunsubscribe\b", RegexOptions.IgnoreCase);
    private static readonly Regex Free = new Regex(@"\bFREE\b|\bfree\b.{0,20}\b(ringtone|phone|minutes|mins|texts|entry|msg)", RegexOptions.None);
    private static readonly Regex Web = new Regex(@"(www\.|http|\.com\b|\.co\.uk\b)", RegexOptions.IgnoreCase);
    private static readonly Regex Casual = new Regex(@"\b(lol|haha|lor|wat|gonna|ur|k|ok)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Person = new Regex(@"\b(i|u|you|me|we)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Offer = new Regex(@"\b(free|win|offer|cash|prize|claim|mobile|ringtone)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        if (Premium.IsMatch(text) || ShortCode.IsMatch(text)) return 1;
        if (Winning.IsMatch(text) && Instruction.IsMatch(text)) return 1;
        if (Pricing.IsMatch(text) || Free.IsMatch(text)) return 1;
        if (Web.IsMatch(text) && Offer.IsMatch(text)) return 1;
        var words = text.Split(new[] { ' ', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        int caps = words.Count(w => w.Length > 1 && w != "OK" && w != "LOL" && w.Any(char.IsLetter) && w.Where(char.IsLetter).All(char.IsUpper));
        if (caps >= 3 && Regex.IsMatch(text, @"\d")) return 1;
        bool hasLongDigits = Regex.IsMatch(text, @"\d{5,}");
        bool hasMoney = Regex.IsMatch(text, @"£|\$|€");
        if (!hasLongDigits && !hasMoney && !Offer.IsMatch(text))
        {
            if (words.Length < 15 && Person.IsMatch(text)) return 0;
            if (Casual.IsMatch(text)) return 0;
        }
        return -1;
    }
}
