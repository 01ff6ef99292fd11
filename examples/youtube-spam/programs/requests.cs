// Spam makes requests of the viewer instead of commenting on the video.
public static class Program
{
    static int Label(string text)
    {
        var t = " " + text.ToLowerInvariant() + " ";
        string[] asks = [" please ", " plz ", " pls ", " help me ", " give it a ", " like this comment", " thumbs up", " share "];
        return asks.Any(a => t.Contains(a)) ? 1 : -1;
    }
}
