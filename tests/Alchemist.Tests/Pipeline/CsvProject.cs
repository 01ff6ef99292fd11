using System.Globalization;
using System.Text;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline;

/// <summary>
/// A newcomer's project on disk: one labeled CSV (a ham/spam comment per row, with a known class balance), an
/// <c>alchemist.yaml</c> and two hand-written programs, so <c>alchemist run --offline</c> works with no LLM.
/// </summary>
internal sealed class CsvProject : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Writes the project; <paramref name="dataExtra"/> and <paramref name="csv"/> change its data section and file.</summary>
    public CsvProject(int rows = 200, string dataExtra = "", string? csv = null)
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "comments.csv"), csv ?? Csv(rows));
        File.WriteAllText(Path.Combine(Root, "alchemist.yaml"), $"""
            name: comments
            data:
              path: comments.csv
              text_fields: [comment]
              label_field: label
            {dataExtra}
            labels: [ham, spam]
            task_description: Decide whether a comment is spam.
            programs: 2
            model:
              provider: openai
              name: gpt-4o-mini
            knowledge: [none]
            output: programs
            """);
        Directory.CreateDirectory(Path.Combine(Root, "programs"));
        File.WriteAllText(Path.Combine(Root, "programs", "001-link.cs"),
            "public static class A { public static int Label(string text) => text.Contains(\"http\") ? 1 : -1; }\n");
        File.WriteAllText(Path.Combine(Root, "programs", "002-song.cs"),
            "public static class B { public static int Label(string text) => text.Contains(\"song\") ? 0 : text.Contains(\"check\") ? 1 : -1; }\n");
    }

    /// <summary>The project folder.</summary>
    public string Root => Path.Combine(_folder.Root, "comments");

    /// <summary>A CSV with a header <c>comment,label</c>: every third row spam; a sixth of the rows match no program.</summary>
    public static string Csv(int rows)
    {
        var csv = new StringBuilder("comment,label\n");
        for (var i = 0; i < rows; i++)
        {
            var spam = i % 3 == 0;
            var text = (spam, i % 6 == 1) switch
            {
                (_, true) => $"just a comment number {i}",
                (true, _) => i % 2 == 0 ? $"check http://spam.example/{i}" : $"check my channel {i}",
                _ => $"lovely song {i}",
            };
            csv.Append(CultureInfo.InvariantCulture, $"{text},{(spam ? "spam" : "ham")}\n");
        }
        return csv.ToString();
    }

    public void Dispose() => _folder.Dispose();
}
