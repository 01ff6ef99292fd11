// Spam comments invite viewers to go and look at something else: "check out my ...", "check my channel".
public static class Program
{
    static int Label(string text)
    {
        var t = text.ToLowerInvariant();
        return t.Contains("check out") || t.Contains("check my") || t.Contains("checkout") ? 1 : -1;
    }
}
