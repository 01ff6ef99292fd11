using Alchemist.Llm;

namespace Alchemist.Tests.Llm;

public sealed class LlmConnectionTests
{
    [Fact]
    public void The_public_api_without_a_key_is_refused_with_the_variable_to_set()
    {
        var error = Assert.Throws<AlchemistException>(() => LlmConnection.Resolve("openai", null, _ => null));
        Assert.Contains("OPENAI_API_KEY is not set", error.Message);
    }

    [Fact]
    public void A_local_server_needs_no_key_and_the_flag_wins_over_the_environment()
    {
        var connection = LlmConnection.Resolve("openai", "http://localhost:11434/v1/", name => name == "OPENAI_BASE_URL" ? "http://elsewhere/v1" : null);
        Assert.Equal("http://localhost:11434/v1", connection.BaseUrl);
        Assert.False(connection.HasKey);
    }

    [Fact]
    public void The_key_comes_from_the_environment_and_never_shows_in_text()
    {
        var connection = LlmConnection.Resolve("anthropic", null, name => name switch
        {
            "ANTHROPIC_API_KEY" => "sk-ant-secret",
            "ANTHROPIC_BASE_URL" => "https://proxy.example",
            _ => null,
        });
        Assert.True(connection.HasKey);
        Assert.Equal("https://proxy.example", connection.BaseUrl);
        Assert.DoesNotContain("secret", connection.ToString());
    }
}
