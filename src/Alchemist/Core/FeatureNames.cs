using System.Text;

namespace Alchemist.Core;

/// <summary>
/// The one rule that maps column names to program parameter names and back: words are split at non-alphanumeric
/// characters and at lower-to-upper case changes, so <c>mean_radius</c>, <c>Mean Radius</c> and <c>meanRadius</c>
/// all have the key <c>mean_radius</c>.
/// </summary>
internal static class FeatureNames
{
    /// <summary>The words of <paramref name="name"/>, lower-cased.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]))) Flush();
            current.Append(char.ToLowerInvariant(c));
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>snake_case: the words joined by underscores.</summary>
    public static string ToSnakeCase(string name) => string.Join('_', Words(name));

    /// <summary>camelCase, a valid C# identifier (prefixed with <c>f</c> when it would start with a digit).</summary>
    public static string ToCamelCase(string name)
    {
        var words = Words(name);
        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
            text.Append(i == 0 ? words[i] : char.ToUpperInvariant(words[i][0]) + words[i][1..]);
        var result = text.ToString();
        return result.Length == 0 || char.IsDigit(result[0]) ? "f" + result : result;
    }

    /// <summary>The key two names share when they bind to each other (their snake_case).</summary>
    public static string Key(string name) => ToSnakeCase(name);
}
