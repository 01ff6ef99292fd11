// Genuine comments talk about the video itself: the song, the dance, the singer, how it sounds.
public static class Program
{
    static int Label(string text) =>
        Regex.IsMatch(text, @"\b(song|songs|dance|dancing|voice|beat|lyrics|music video|best video|catchy)\b", RegexOptions.IgnoreCase)
        && !Regex.IsMatch(text, @"\bmy\b|https?://|subscribe", RegexOptions.IgnoreCase) ? 0 : -1;
}
