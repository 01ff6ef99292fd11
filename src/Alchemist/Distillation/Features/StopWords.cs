using System.Collections.Frozen;

namespace Alchemist.Distillation.Features;

/// <summary>
/// Short lists of the most frequent function words of English and of the five other languages most often met in
/// Latin script (French, German, Spanish, Portuguese, Italian), for <see cref="TextLanguageDetector"/>. Words that are
/// also common English words ("a", "in", "die", "no", "as", "come", "i", "an", "son") are left out of the other lists,
/// and words common in those languages out of the English one, so a hit is evidence for one side only.
/// </summary>
internal static class StopWords
{
    /// <summary>English function words.</summary>
    public static FrozenSet<string> English { get; } = Set(
        "the and is are was were this that with for of to it you not have has but they be on at what which from by or i my your we he she " +
        "his her would will there their been very just so all if can do does did about who how when than them our me");

    /// <summary>Function words of the other languages, each with its English name, in a fixed order (ties go to the first).</summary>
    public static IReadOnlyList<(string Language, FrozenSet<string> Words)> Others { get; } =
    [
        ("French", Set("le la les des du et est une que qui pas pour dans ce cette il elle je ne sur au aux avec mais sont très nous vous ai " +
            "été était leur ses cet qu c l d j n")),
        ("German", Set("der das und ist nicht ich sie es ein eine einen dem den zu mit auf für von sich auch wir wird sind war aber wie noch " +
            "nach bei oder dass hat haben werden kein diese")),
        ("Spanish", Set("el la los las del y es que en un una por con para se lo como más pero su sus al este esta muy fue ha sin sobre " +
            "también porque yo")),
        ("Portuguese", Set("o os do da dos das e é em um uma não que para com por se mais mas foi ao muito seu sua isso este ele ela eu na")),
        ("Italian", Set("il lo la gli le di e è che non un una per con del della dei delle nel nella sono ma anche più questo questa molto si " +
            "ho ha al alla")),
    ];

    private static FrozenSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
