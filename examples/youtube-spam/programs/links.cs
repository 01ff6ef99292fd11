// Links to other sites or channels are the most common form of comment spam.
public static class Program
{
    static int Label(string text) =>
        Regex.IsMatch(text, @"https?://|www\.|\.com\b|\.ly/|\.net\b|\.org\b", RegexOptions.IgnoreCase) ? 1 : -1;
}
