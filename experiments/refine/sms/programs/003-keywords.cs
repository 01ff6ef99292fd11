// Written with hash 70e65272d3df7fb9
// Alchemist labeling program 003-keywords for task 'sms'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 2, knowledge: keywords.
// Tokens: 581 prompt + 354 answer (knowledge call shared among its programs; repair included).
// Cost: $0.000300 at list prices as of 2025-11-01.
// Smoke run: 200 sample rows, 73 votes, 0 faults.
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
using System.Linq;

public static class SmsKeywordLabeler
{
    private static readonly string[] SpamKeywords =
    {
        "free", "winner", " won ", "prize", "claim", "cash", "£", "urgent", "call now", "txt", "text to", "150p", "per msg",
        "ringtone", "nokia", "camera phone", "voucher", "award", "guaranteed", "selected", "landline", "0800", "valid",
        "t&c", "opt out", "unsubscribe", "subscription", "entry", "draw", "dating", "www", ".com"
    };

    private static readonly string[] HamKeywords =
    {
        " ok", "lol", "sorry", "later", "tonight", "home", "love you", "miss you", "see you", "dinner", "lunch", "call me",
        "where are you", "haha", "good night", "thanks", "tomorrow", " gonna", " wat ", " lor", "i'm"
    };

    public static int Label(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return -1;
        string t = " " + text.ToLowerInvariant() + " ";
        int spam = SpamKeywords.Count(k => t.Contains(k));
        int ham = HamKeywords.Count(k => t.Contains(k));
        if (spam >= 2 && spam > ham) return 1;
        if (ham >= 1 && spam == 0) return 0;
        return -1;
    }
}
