using System.CommandLine;
using System.Globalization;
using Alchemist.Distillation.Embeddings;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>--max-batch-tokens</c> of <c>predict</c> and <c>distill</c>: the padded-token budget of one MiniLM batch
/// (<see cref="EmbeddingOptions.BatchTokens"/>). Not <c>--max-tokens</c>: in alchemist.yaml <c>max_tokens</c> is the
/// LLM's answer limit, and an embedding's own token limit (truncation) is another setting again.
/// </summary>
internal static class BatchTokensOption
{
    /// <summary>The option; null when not given (the default budget applies).</summary>
    public static Option<int?> Create()
    {
        var option = new Option<int?>("--max-batch-tokens")
        {
            Description = $"MiniLM features: most padded tokens per embedding batch (texts are sorted by length, so short texts go many at a time; default {EmbeddingOptions.DefaultBatchTokens}). Speed and memory only: the vectors do not change.",
        };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var tokens) && tokens >= 1) return tokens;
            result.AddError($"--max-batch-tokens '{text}' is not a whole number of tokens of at least 1: give the padded tokens per batch, such as {EmbeddingOptions.DefaultBatchTokens} (the default)");
            return null;
        };
        return option;
    }
}
