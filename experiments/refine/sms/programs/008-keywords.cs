// Written with hash bd5822dd4af26e4c
// Alchemist labeling program 008-keywords for task 'sms'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 7, knowledge: keywords.
// Tokens: 581 prompt + 373 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000311 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 72 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   ham: ok, lol, sorry, later, tonight, home, love you, miss you, see you, dinner, lunch, call me, where are you, haha, good night, thanks, tomorrow, u, i'm, gonna, wat, lor, da
//   spam: free, winner, won, prize, claim, cash, £, urgent, call now, txt, text to, reply, stop, 150p, per msg, ringtone, mobile, nokia, camera phone, voucher, award, guaranteed, selected, offer, landline, 0800, 09, valid, T&C, opt out, unsubscribe, subscription, entry, draw, chat, dating, www, .com
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
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

public static class KeywordSpamLabeler
{
    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        var tokens = Regex.Split(text.ToLowerInvariant(), @"[^a-z0-9£&+]+").Where(t => t.Length > 0).ToHashSet();

        var spamWords = new HashSet<string> { "free", "winner", "won", "prize", "claim", "cash", "urgent", "txt", "reply", "stop",
            "150p", "ringtone", "mobile", "nokia", "voucher", "award", "guaranteed", "selected", "offer", "landline", "valid",
            "unsubscribe", "subscription", "entry", "draw", "dating", "www" };
        var hamWords = new HashSet<string> { "ok", "lol", "sorry", "later", "tonight", "home", "love", "miss", "dinner", "lunch",
            "haha", "night", "thanks", "tomorrow", "gonna", "wat", "lor", "da", "i'm", "im" };

        int s = tokens.Count(spamWords.Contains);
        int h = tokens.Count(hamWords.Contains);
        if (text.Contains('£')) s++;

        if (s >= 3) return 1;
        if (s >= 2 && h == 0) return 1;
        if (h >= 1 && s == 0) return 0;
        if (h >= 2 && s <= 1) return 0;
        return -1;
    }
}
