namespace Alchemist.Llm;

/// <summary>
/// Where calls go and with which key. The key lives only in memory: it is not a property, not part of
/// <see cref="ToString"/>, never written to the cache, batch files or logs.
/// </summary>
internal sealed class LlmConnection
{
    private LlmConnection(string provider, string? baseUrl, string? apiKey)
    {
        Provider = provider;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
    }

    /// <summary>openai or anthropic.</summary>
    public string Provider { get; }

    /// <summary>The endpoint; null means the provider's public API.</summary>
    public string? BaseUrl { get; }

    /// <summary>True when a key was found.</summary>
    public bool HasKey => ApiKey is not null;

    internal string? ApiKey { get; }

    /// <summary>
    /// Resolves the endpoint (flag, then spec, then OPENAI_BASE_URL / ANTHROPIC_BASE_URL) and the key
    /// (OPENAI_API_KEY / ANTHROPIC_API_KEY). A custom endpoint may need no key (local servers).
    /// </summary>
    /// <param name="provider">openai or anthropic.</param>
    /// <param name="baseUrl">The <c>--base-url</c> flag or the spec's base_url, flag first; null when neither is given.</param>
    /// <param name="environment">Reads an environment variable (injected so tests need not touch the process environment).</param>
    /// <exception cref="AlchemistException">The public API is addressed without a key, or the URL is malformed.</exception>
    public static LlmConnection Resolve(string provider, string? baseUrl, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var prefix = provider switch
        {
            "openai" => "OPENAI",
            "anthropic" => "ANTHROPIC",
            _ => throw new AlchemistException($"Unknown provider '{provider}'; use openai or anthropic."),
        };
        var url = NonBlank(baseUrl) ?? NonBlank(environment($"{prefix}_BASE_URL"));
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            throw new AlchemistException($"Base URL '{url}' is not an absolute URL (e.g. http://localhost:11434/v1).");
        var key = NonBlank(environment($"{prefix}_API_KEY"));
        if (key is null && url is null)
            throw new AlchemistException($"{prefix}_API_KEY is not set. Set it in the environment, or point --base-url / {prefix}_BASE_URL at a local server that needs no key.");
        return new LlmConnection(provider, url?.TrimEnd('/'), key);
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <inheritdoc />
    public override string ToString() => $"{Provider} at {BaseUrl ?? "the public API"} ({(HasKey ? "key set" : "no key")})";
}
