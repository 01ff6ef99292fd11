// Offers of money, prizes and free things are spam.
public static class Program
{
    static int Label(string text) =>
        Regex.IsMatch(text, @"\b(free|money|earn|cash|prize|win|winner|gift ?card|bitcoin|paypal|income|\$\d+)\b", RegexOptions.IgnoreCase) ? 1 : -1;
}
