using Alchemist.Concepts;
using Alchemist.Synthesis;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Concepts;

public sealed class ConceptExtractionTests
{
    private const string Answer = """
        Here are the concepts:
        ```json
        {"concepts": [
          {"concept": "link", "descriptions": {"ham": "a comment about the video", "spam": "a comment with a web link"}},
          {"concept": "call to action", "descriptions": {"spam": "a comment asking to subscribe", "ham": "a comment sharing a feeling"}}
        ]}
        ```
        """;

    [Fact]
    public async Task Concepts_are_asked_once_parsed_priced_and_then_read_from_the_cache()
    {
        using var fixture = new SynthesisFixture();
        using var server = new FakeLlmServer(call => FakeReply.OpenAi(call.LastUser.Contains("visual primitive concepts") ? Answer : "no"));
        using (var session = SynthesisSession.Open(fixture.Root, new SynthesisSettings(BaseUrl: server.OpenAiBaseUrl, CallOptions: SynthesisFixture.FastCalls,
                   Environment: _ => null), loadData: false))
        {
            var (concepts, calls, spent) = await session.ExtractConceptsAsync(5, CancellationToken.None);
            Assert.Equal(["link", "call to action"], concepts!.Concepts.Select(c => c.Name));
            Assert.Equal("a comment asking to subscribe", concepts.Concepts[1].Descriptions["spam"]);
            Assert.Equal((1, 0), (calls.Live, calls.Cached));
            Assert.True(spent > 0);
        }
        using (var session = SynthesisSession.Open(fixture.Root, new SynthesisSettings(BaseUrl: server.OpenAiBaseUrl, CallOptions: SynthesisFixture.FastCalls,
                   Environment: _ => null), loadData: false))
        {
            var (_, calls, spent) = await session.ExtractConceptsAsync(5, CancellationToken.None);
            Assert.Equal((0, 1), (calls.Live, calls.Cached));
            Assert.Equal(0m, spent);
        }
        Assert.Equal(1, server.Requests);
    }

    [Theory]
    [InlineData("""```json\n{"concepts": [{"concept": "x", "descriptions": {"ham": "a"}}]}\n```""", "concepts[0].descriptions.spam")]
    [InlineData("""{"concepts": [{"concept": 3, "descriptions": {"ham": "a", "spam": "b"}}]}""", "concepts[0].concept")]
    [InlineData("""{"items": []}""", "'concepts'")]
    [InlineData("not json at all", "not valid JSON")]
    public void A_malformed_answer_names_the_field(string answer, string expected)
    {
        var error = Assert.Throws<Alchemist.Data.DataFormatException>(() => ConceptExtractor.Parse(answer.Replace("\\n", "\n"), ["ham", "spam"]));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task Cli_writes_the_concepts_file_and_keeps_edits_without_force()
    {
        using var fixture = new SynthesisFixture();
        using var server = new FakeLlmServer(_ => FakeReply.OpenAi(Answer));
        string[] args = ["concepts", "--spec", fixture.Root, "--base-url", server.OpenAiBaseUrl, "--json"];
        Assert.Equal(0, (await CliInProcess.RunCapturingAsync(args)).Code);
        var file = Path.Combine(fixture.Root, "concepts.json");
        var concepts = ConceptFile.Load(file);
        Assert.Equal(["ham", "spam"], concepts.Classes);
        Assert.Equal(["link__ham", "link__spam", "call_to_action__ham", "call_to_action__spam"], concepts.FeatureColumns());
        Assert.Equal(Alchemist.Cli.Cli.UserErrorExitCode, (await CliInProcess.RunCapturingAsync(args)).Code);
        Assert.Equal(0, (await CliInProcess.RunCapturingAsync([.. args, "--force"])).Code);
    }
}
