// Viewers remark on view counts and on watching in a given year ("who is still watching in 2015?"): ham.
public static class Program
{
    static int Label(string text) =>
        Regex.IsMatch(text, @"\b(billion|million|views|20[01]\d|still watching|who('s| is) watching)\b", RegexOptions.IgnoreCase)
        && !Regex.IsMatch(text, @"\b(subscribe|check|my channel)\b", RegexOptions.IgnoreCase) ? 0 : -1;
}
