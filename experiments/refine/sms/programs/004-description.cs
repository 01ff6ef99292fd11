// Written with hash c67fa40737a26d4d
// Alchemist labeling program 004-description for task 'sms'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 3, knowledge: description.
// Tokens: 797 prompt + 453 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000391 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 157 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   This task is about short SMS text messages sent to mobile phones, mostly in British English, often in "text speak" (u, ur, 2, 4, txt, pls, lol), with typos and little punctuation.
//   
//   ham (0): personal messages between friends, family, partners or colleagues. They talk about meeting up, plans, where someone is, what they are doing, feelings, jokes, thanks and apologies ("ok i'll be there in 10", "sorry i missed ur call", "what time is dinner?"). Usually short, lowercase, conversational, addressed to one known person, no prices, no phone numbers, no links.
//   
//   spam (1): mass-sent commercial or fraudulent messages. They announce that you have WON a prize, cash, a holiday or a voucher, offer FREE ringtones, phones, camera phones, upgrades or minutes, push dating or chat services, or ask you to call a premium-rate number (09xx...) or text a keyword to a 5-digit short code. Typical signs: words in capitals (FREE, WINNER, URGENT), currency amounts (£1000, 150p, £2.50/min), long phone numbers, short codes, "txt", "reply", "claim", "valid 12hrs", "T&C", "to stop/opt out send STOP", web addresses, "18+", PO Box addresses.
//   
//   How to tell them apart: a phone number or short code together with a prize, offer, price or claim instruction means spam; a casual message about the sender's and receiver's own life, with no offer and no number, is ham.
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
using System.Text.RegularExpressions;

public static class SmsDescriptionLabeler
{
    private static readonly Regex PhoneOrCode = new Regex(@"\b\d{5}\b|\b0\d{9,10}\b");
    private static readonly Regex OfferWords = new Regex(@"\b(won|win|winner|prize|free|claim|voucher|ringtone|upgrade|cash|award|chat|dating|offer|holiday)\b", RegexOptions.IgnoreCase);
    private static readonly Regex PriceOrTerms = new Regex(@"£\s?\d|\b\d+p\b|/min|/msg|T&C|18\+|PO ?Box|\bSTOP\b|valid \d+\s?hrs?", RegexOptions.IgnoreCase);
    private static readonly Regex TextSpeak = new Regex(@"\b(u|ur|lol|pls|k|ok|wat|lor|haha|gonna|wanna)\b", RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        bool number = PhoneOrCode.IsMatch(text);
        bool offer = OfferWords.IsMatch(text);
        bool price = PriceOrTerms.IsMatch(text);
        if (number && (offer || price)) return 1;
        if (offer && price) return 1;
        if (!number && !offer && !price && (TextSpeak.IsMatch(text) || text.Length < 80)) return 0;
        return -1;
    }
}
