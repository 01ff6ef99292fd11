namespace Alchemist.Data;

/// <summary>
/// Translates the exceptions a chunked reader throws while it reads into the loaders' one-line errors. C# iterators
/// cannot catch around a <c>yield return</c>, so the translation wraps the enumeration instead.
/// </summary>
internal static class ChunkGuard
{
    /// <summary>Enumerates <paramref name="chunks"/>, replacing an exception by <paramref name="translate"/>'s answer when
    /// it has one.</summary>
    public static IEnumerable<Dataset> Translate(IEnumerable<Dataset> chunks, Func<Exception, Exception?> translate)
    {
        using var chunk = chunks.GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = chunk.MoveNext();
            }
            catch (Exception e) when (translate(e) is { } translated)
            {
                throw translated;
            }
            if (!more) yield break;
            yield return chunk.Current;
        }
    }
}
