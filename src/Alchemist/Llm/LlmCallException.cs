namespace Alchemist.Llm;

/// <summary>
/// A call failed in a way retrying cannot fix (bad key, bad request, unknown model, unreadable answer) or retries
/// ran out. The message says what to do; answers already received are in the cache.
/// </summary>
internal sealed class LlmCallException : AlchemistException
{
    /// <summary>Creates the exception.</summary>
    public LlmCallException(string message, Exception? inner = null) : base(message, inner) { }
}
