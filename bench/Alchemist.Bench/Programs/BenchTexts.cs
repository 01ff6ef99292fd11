using System.Text;

namespace Alchemist.Bench.Programs;

/// <summary>Deterministic comment-like texts of 50-200 characters, a fifth of them with spam cues.</summary>
internal static class BenchTexts
{
    private static readonly string[] Vocabulary =
    [
        "this", "song", "is", "so", "good", "I", "love", "her", "voice", "the", "video", "awful", "boring", "great", "best",
        "ever", "lyrics", "music", "remember", "when", "2012", "LOL", "amazing", "hate", "nice", "beat", "dance", "watch",
    ];

    private static readonly string[] SpamCues = ["subscribe", "check out my channel", "FREE", "http://bit.ly/x", "click here", "win!!!"];

    /// <summary>Makes <paramref name="count"/> texts from <paramref name="seed"/>.</summary>
    public static string[] Make(int count, int seed)
    {
        var random = new Random(seed);
        var texts = new string[count];
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            var length = random.Next(50, 201);
            while (builder.Length < length)
            {
                var word = random.Next(10) == 0 ? SpamCues[random.Next(SpamCues.Length)] : Vocabulary[random.Next(Vocabulary.Length)];
                builder.Append(word).Append(' ');
            }
            texts[i] = builder.ToString(0, length);
        }
        return texts;
    }
}
