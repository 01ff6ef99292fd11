// Self-promotion: "my channel", "my video", "my music", "my new song".
public static class Program
{
    static int Label(string text) =>
        Regex.IsMatch(text, @"\bmy\s+(new\s+)?(channel|video|videos|music|song|songs|page|cover|playlist)\b", RegexOptions.IgnoreCase) ? 1 : -1;
}
