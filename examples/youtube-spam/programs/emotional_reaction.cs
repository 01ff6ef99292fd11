// Laughter and strong feelings about the video are what real viewers write.
public static class Program
{
    static int Label(string text) =>
        Regex.IsMatch(text, @"\b(lol|haha+|lmao|love (it|this)|amazing|awesome|so good|favorite|best song|can't stop)\b", RegexOptions.IgnoreCase)
        && !Regex.IsMatch(text, @"https?://|www\.|subscribe|my channel", RegexOptions.IgnoreCase) ? 0 : -1;
}
