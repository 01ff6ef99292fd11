// Very short comments without a link ("lol", "love it", "so good") are reactions, not advertisements.
public static class Program
{
    static int Label(string text)
    {
        var words = text.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 5 && !text.Contains("http") && !text.Contains("www") ? 0 : -1;
    }
}
