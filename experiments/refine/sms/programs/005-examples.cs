// Written with hash af8b2507e64bcc80
// Alchemist labeling program 005-examples for task 'sms'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 4, knowledge: examples.
// Tokens: 650 prompt + 325 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000293 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 34 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   ham
//   - Hey, are we still on for lunch tomorrow? Let me know
//   - sorry cant talk now, in a meeting. will call u later
//   - Happy birthday mate! Have a great day x
//   - Mum says dinner's at 7, don't be late
//   - ok lor i reach already, where r u?
//   
//   spam
//   - WINNER!! You have been selected to receive a £900 prize reward! To claim call 09061701461. Valid 12 hours only.
//   - FREE RINGTONE! Reply TONE to 85023 to get the latest chart hits on your mobile. 150p/msg, txt STOP to end
//   - URGENT! Your mobile number has won £2000 cash. Call 09050000327 from a landline now. T&C apply
//   - Want a new Nokia camera phone FREE? Call our mobile upgrade team on 0800 123 4567 or reply YES
//   - Lonely tonight? Chat to hot singles in your area! Text DATE to 69888. 18+ only, £1.50/msg
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

public static class SmsExamplesLabeler
{
    private static readonly Regex SpamPattern = new Regex(
        @"(you have (been selected|won)|to claim|call 0\d{9,}|reply \w+ to \d{4,}|txt \w+ to \d{4,}|text \w+ to \d{4,}|\d+p/msg|£\d+|free ringtone|camera phone|mobile upgrade|urgent!|winner!?|18\+ only|txt stop)",
        RegexOptions.IgnoreCase);
    private static readonly Regex HamPattern = new Regex(
        @"\b(are we still|let me know|call u later|will call|happy birthday|don't be late|where r u|where are you|see you|i'll be|i am|i'm|ok lor|sorry)\b",
        RegexOptions.IgnoreCase);

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        if (SpamPattern.IsMatch(text)) return 1;
        if (HamPattern.IsMatch(text) && !Regex.IsMatch(text, @"\d{5,}")) return 0;
        return -1;
    }
}
