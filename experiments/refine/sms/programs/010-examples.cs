// Written with hash fa6f7f286bccd21d
// Alchemist labeling program 010-examples for task 'sms'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 9, knowledge: examples.
// Tokens: 650 prompt + 309 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000283 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 47 votes, 0 faults.
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

public static class ExampleBasedSmsLabeler
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = text.ToLowerInvariant();

        bool spamCue = Regex.IsMatch(t, @"(selected to receive|you have won|has won|claim (call|your)|call \d{6,}|reply [a-z]+ to \d{5}|txt [a-z]+ to \d{5}|text [a-z]+ to \d{5}|\d+p ?/ ?msg|£\d+(\.\d\d)?|free (ringtone|nokia|camera|mobile|msg)|t&c|lonely|hot singles|valid \d+ ?(hours|hrs))");
        if (spamCue) return 1;

        bool hamCue = Regex.IsMatch(t, @"\b(hey|hi|mate|mum|dad|babe|sorry|later|tomorrow|tonight|dinner|lunch|meeting|birthday|where r u|where are you|wat|lor|haha|lol|x+)\b");
        if (hamCue && !Regex.IsMatch(t, @"\d{5,}|£|free|win")) return 0;
        return -1;
    }
}
