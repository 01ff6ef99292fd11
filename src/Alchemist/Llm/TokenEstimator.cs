using Microsoft.ML.Tokenizers;

namespace Alchemist.Llm;

/// <summary>
/// Counts tokens before any call, with the o200k_base encoding (GPT-4o, GPT-4.1, GPT-5, o-series; shipped offline by
/// Microsoft.ML.Tokenizers.Data.O200kBase). Other models (Claude, local models) use other vocabularies that are not
/// published or not bundled; for them the o200k count is an approximation, typically within 10-20%.
/// </summary>
internal static class TokenEstimator
{
    private static readonly Lazy<Tokenizer> Encoding = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    /// <summary>Per-message overhead of the chat format (role markers), as OpenAI documents it for its chat models.</summary>
    public const int TokensPerMessage = 4;

    /// <summary>Tokens of a plain text.</summary>
    public static int Count(string text) => Encoding.Value.CountTokens(text);

    /// <summary>Prompt tokens of a conversation.</summary>
    public static long Count(IEnumerable<LlmMessage> messages) => messages.Sum(m => (long)Count(m.Text) + TokensPerMessage) + 3;

    /// <summary>True when the estimate uses the model's own vocabulary rather than an approximation.</summary>
    public static bool IsExact(string provider, string model) =>
        provider == "openai" && (model.StartsWith("gpt-4o", StringComparison.OrdinalIgnoreCase) || model.StartsWith("gpt-4.1", StringComparison.OrdinalIgnoreCase)
            || model.StartsWith("gpt-5", StringComparison.OrdinalIgnoreCase) || model.StartsWith('o'));
}
