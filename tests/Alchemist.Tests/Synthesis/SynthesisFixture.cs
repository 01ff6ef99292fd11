using Alchemist.Llm;
using Alchemist.Synthesis;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Synthesis;

/// <summary>
/// A project folder with a small CSV and a spec asking for 4 programs (strategies none and keywords, temperatures
/// 0.5 and 1.0: 1 knowledge call + 4 program calls), and an LLM that answers like one would, by prompt content.
/// </summary>
internal sealed class SynthesisFixture : IDisposable
{
    public static readonly LlmCallOptions FastCalls = new(MaxRetries: 2, BaseDelay: TimeSpan.FromMilliseconds(1),
        MaxDelay: TimeSpan.FromMilliseconds(5), Timeout: TimeSpan.FromSeconds(20), Concurrency: 4);

    public const int CallsPerRun = 5;

    private static readonly string[] Rows =
    [
        "check out my channel http://spam.example", "great song love it", "subscribe to me please", "this video is amazing",
        "free money click here http://win.example", "I remember this from 2010", "visit my website for a giveaway",
        "best band ever", "follow me on twitter", "the guitar solo gives me chills", "please like and share",
        "who is watching in 2015", "earn cash from home http://cash.example", "lovely voice", "subscribe for free giveaway",
        "this never gets old", "promo code on my page", "beautiful melody", "click the link in my profile", "legend",
    ];

    public SynthesisFixture(string provider = "openai", string model = "gpt-4o-mini", int programs = 4, string extra = "")
    {
        Folder.Write("comments.csv", "text\n" + string.Join("\n", Rows.Select(r => $"\"{r}\"")) + "\n");
        Folder.Write("alchemist.yaml", $"""
            name: test-spam
            data:
              path: comments.csv
              text_fields: [text]
            labels: [ham, spam]
            task_description: Decide whether a YouTube comment is spam.
            programs: {programs}
            model:
              provider: {provider}
              name: {model}
              temperature: [0.5, 1.0]
              max_tokens: 512
            knowledge: [none, keywords]
            validation:
              smoke_rows: 20
            {extra}
            """);
    }

    public TempFolder Folder { get; } = new();

    public string Root => Folder.Root;

    public string ProgramsFolder => Path.Combine(Root, "programs");

    public string RejectedFolder => Path.Combine(ProgramsFolder, "rejected");

    public SynthesisSession Open(string? baseUrl, bool offline = false, string? importBatch = null, decimal? budget = null, bool refresh = false,
        Func<string, string?>? environment = null) =>
        SynthesisSession.Open(Root, new SynthesisSettings(BaseUrl: baseUrl, Budget: budget, Refresh: refresh, ImportBatch: importBatch,
            Offline: offline, CallOptions: FastCalls, Environment: environment ?? (_ => null)));

    public async Task<SynthesisReport> RunAsync(string? baseUrl, bool offline = false, string? importBatch = null, decimal? budget = null, bool refresh = false,
        Func<string, string?>? environment = null)
    {
        using var session = Open(baseUrl, offline, importBatch, budget, refresh, environment);
        return await session.SynthesizeAsync(null, CancellationToken.None);
    }

    /// <summary>The program files written, by file name, with their content.</summary>
    public static IReadOnlyDictionary<string, string> ProgramFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText)
            : new Dictionary<string, string>();

    public void Dispose() => Folder.Dispose();
}

/// <summary>Answers prompts the way an LLM would, deterministically from the prompt's content.</summary>
internal static class ScriptedLlm
{
    public const string Keywords = "spam: http, subscribe, giveaway, click\nham: song, love, voice";

    /// <summary>A program that votes spam when the comment holds <paramref name="word"/>.</summary>
    public static string Program(string word) => $$"""
        Here is a labeling function:
        ```csharp
        public static class SpamDetector
        {
            public static int Label(string text) => text.Contains("{{word}}", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        }
        ```
        It returns 1 for spam and -1 otherwise.
        """;

    /// <summary>The answer text for a call: knowledge, program (its word chosen by knowledge and temperature), or repair.</summary>
    public static string Answer(FakeCall call)
    {
        var user = call.LastUser;
        if (user.Contains("was rejected")) return Program("promo");
        if (user.Contains("The classes are:")) return Keywords;
        var words = call.AllText.Contains("useful information") ? new[] { "http", "subscribe" } : ["giveaway", "click"];
        return Program(words[call.Temperature > 0.75 ? 1 : 0]);
    }

    public static FakeReply OpenAi(FakeCall call) => FakeReply.OpenAi(Answer(call));
}
