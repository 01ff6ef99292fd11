// Spam comments ask viewers to subscribe to the commenter's own channel.
public static class Program
{
    static int Label(string text)
    {
        var t = text.ToLowerInvariant();
        return t.Contains("subscribe") || t.Contains("subscribers") || t.Contains("sub to") || t.Contains("sub me") ? 1 : -1;
    }
}
