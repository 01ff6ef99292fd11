namespace Alchemist.Bench.Labeling;

/// <summary>Seeded comment-like texts of 50–200 characters: everyday words with a sprinkling of spam vocabulary.</summary>
internal static class SyntheticTexts
{
    private static readonly string[] Common =
    (
        "the a and to of in is it this that for on with was you i me so but not just like really what when "
        + "video song music love great good nice awesome amazing best beautiful voice dance watch watching "
        + "year time people still who here from have has be are can my your they we all more one very "
        + "funny lol haha wow omg cool bad terrible boring hate awful worst sad happy favorite again ever"
    ).Split(' ');

    private static readonly string[] Spammy =
    [
        "subscribe", "check", "out", "channel", "free", "money", "win", "prize", "cash", "please", "http://bit.ly/x3k",
        "www.example.com", "CLICK", "NOW", "!!!", "my channel", "my video", "sub to me", "gift card", "follow",
    ];

    /// <summary>Makes <paramref name="count"/> texts from <paramref name="seed"/>.</summary>
    public static string[] Make(int count, int seed)
    {
        var random = new Random(seed);
        var texts = new string[count];
        var builder = new System.Text.StringBuilder(256);
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            var length = random.Next(50, 201);
            var spamRate = random.NextDouble() < 0.3 ? 0.25 : 0.02;
            while (true)
            {
                var word = random.NextDouble() < spamRate ? Spammy[random.Next(Spammy.Length)] : Common[random.Next(Common.Length)];
                if (builder.Length + word.Length + 1 > length) break;
                if (builder.Length > 0) builder.Append(' ');
                builder.Append(random.NextDouble() < 0.05 ? word.ToUpperInvariant() : word);
            }
            if (builder.Length < 50) builder.Append(new string('!', 50 - builder.Length));
            texts[i] = builder.ToString();
        }
        return texts;
    }
}
