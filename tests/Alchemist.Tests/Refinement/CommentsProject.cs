using System.Globalization;
using System.Text;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Refinement;

/// <summary>
/// The small comment-spam project the refinement and fallback runs are tested on: 300 rows of five kinds in turn (a
/// link, a song, "subscribe", a fourth spam kind the test chooses, a plain comment), two programs (links → spam, songs →
/// ham), and an OpenAI model that fails fast, so the tests' fake server answers every call.
/// </summary>
internal static class CommentsProject
{
    /// <summary>Writes the data, alchemist.yaml (with <paramref name="extraSpec"/> appended) and the two programs into <paramref name="folder"/>.</summary>
    /// <param name="folder">The project folder.</param>
    /// <param name="fourthSpam">The text of every fifth row starting at row 3 (spam), given the row number.</param>
    /// <param name="extraSpec">YAML lines appended to the spec (e.g. a <c>refine:</c> section), unindented.</param>
    public static void Write(TempFolder folder, Func<int, string> fourthSpam, string extraSpec = "")
    {
        var csv = new StringBuilder("comment,label\n");
        for (var i = 0; i < 300; i++)
        {
            var (text, label) = (i % 5) switch
            {
                0 => ($"check http://spam.example/{i}", "spam"),
                1 => ($"lovely song {i}", "ham"),
                2 => ($"subscribe to my channel {i}", "spam"),
                3 => (fourthSpam(i), "spam"),
                _ => ($"just a comment about the video {i}", "ham"),
            };
            csv.Append(CultureInfo.InvariantCulture, $"{text},{label}\n");
        }
        folder.Write("comments.csv", csv.ToString());
        folder.Write("alchemist.yaml", """
            name: comments
            data:
              path: comments.csv
              text_fields: [comment]
              label_field: label
            labels: [ham, spam]
            task_description: Decide whether a comment is spam.
            programs: 2
            model:
              provider: openai
              name: gpt-4o-mini
              max_retries: 0
              timeout_seconds: 20
            knowledge: [none]
            validation:
              smoke_rows: 50

            """ + extraSpec);
        Directory.CreateDirectory(Path.Combine(folder.Root, "programs"));
        folder.Write("programs/001-link.cs", "public static class A { public static int Label(string text) => text.Contains(\"http\") ? 1 : -1; }\n");
        folder.Write("programs/002-song.cs", "public static class B { public static int Label(string text) => text.Contains(\"song\") ? 0 : -1; }\n");
    }
}
