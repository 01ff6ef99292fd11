using Alchemist.Programs;

namespace Alchemist.Bench.Labeling;

/// <summary>
/// Ten realistic spam/sentiment heuristics, each written twice with the same logic: as the C# program Alchemist
/// runs, and as the Python function the original Alchemist would exec. Labels: 0 ham, 1 spam, -1 abstain.
/// </summary>
internal static class BenchPrograms
{
    public static readonly (string Name, string CSharp, string Python)[] All =
    [
        ("has_link",
            "return Regex.IsMatch(text, @\"https?://|www\\.\", RegexOptions.IgnoreCase) ? 1 : -1;",
            "def label(text):\n    return 1 if re.search(r'https?://|www\\.', text, re.I) else -1"),
        ("subscribe",
            "var t = text.ToLowerInvariant(); return t.Contains(\"subscribe\") || t.Contains(\"sub to\") ? 1 : -1;",
            "def label(text):\n    t = text.lower()\n    return 1 if 'subscribe' in t or 'sub to' in t else -1"),
        ("check_out",
            "return Regex.IsMatch(text, @\"\\bcheck (it |this )?out\\b\", RegexOptions.IgnoreCase) ? 1 : -1;",
            "def label(text):\n    return 1 if re.search(r'\\bcheck (it |this )?out\\b', text, re.I) else -1"),
        ("money",
            "return Regex.IsMatch(text, @\"\\b(free|money|cash|prize|win|winner)\\b\", RegexOptions.IgnoreCase) ? 1 : -1;",
            "def label(text):\n    return 1 if re.search(r'\\b(free|money|cash|prize|win|winner)\\b', text, re.I) else -1"),
        ("my_channel",
            "return Regex.IsMatch(text, @\"\\bmy (channel|video|music)\\b\", RegexOptions.IgnoreCase) ? 1 : -1;",
            "def label(text):\n    return 1 if re.search(r'\\bmy (channel|video|music)\\b', text, re.I) else -1"),
        ("exclamations",
            "var n = 0; foreach (var c in text) if (c == '!') n++; return n >= 3 ? 1 : -1;",
            "def label(text):\n    n = 0\n    for c in text:\n        if c == '!':\n            n += 1\n    return 1 if n >= 3 else -1"),
        ("shouting",
            "int letters = 0, upper = 0; foreach (var c in text) { if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; } } return letters > 10 && upper * 2 > letters ? 1 : -1;",
            "def label(text):\n    letters = upper = 0\n    for c in text:\n        if c.isalpha():\n            letters += 1\n            if c.isupper():\n                upper += 1\n    return 1 if letters > 10 and upper * 2 > letters else -1"),
        ("short_comment",
            "return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 ? 0 : -1;",
            "def label(text):\n    return 0 if len(text.split()) <= 12 else -1"),
        ("positive_words",
            "var words = new HashSet<string> { \"good\", \"great\", \"love\", \"awesome\", \"nice\", \"amazing\", \"best\", \"beautiful\" }; return text.ToLowerInvariant().Split(' ').Count(w => words.Contains(w)) >= 2 ? 0 : -1;",
            "def label(text):\n    words = {'good', 'great', 'love', 'awesome', 'nice', 'amazing', 'best', 'beautiful'}\n    return 0 if sum(1 for w in text.lower().split(' ') if w in words) >= 2 else -1"),
        ("negative_words",
            "return Regex.IsMatch(text, @\"\\b(bad|terrible|hate|awful|worst|boring)\\b\", RegexOptions.IgnoreCase) ? 0 : -1;",
            "def label(text):\n    return 0 if re.search(r'\\b(bad|terrible|hate|awful|worst|boring)\\b', text, re.I) else -1"),
    ];

    /// <summary>The C# programs as sources.</summary>
    public static ProgramSource[] Sources() =>
        All.Select(p => new ProgramSource(p.Name, $"public static class P {{ public static int Label(string text) {{ {p.CSharp} }} }}")).ToArray();
}
