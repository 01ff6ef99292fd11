// Pointers to the commenter's other social accounts are promotion, hence spam.
public static class Program
{
    static int Label(string text) =>
        Regex.IsMatch(text, @"\b(follow me|facebook|instagram|twitter|add me|my page|fan page|like my)\b", RegexOptions.IgnoreCase) ? 1 : -1;
}
