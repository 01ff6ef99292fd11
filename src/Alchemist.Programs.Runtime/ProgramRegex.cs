using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Alchemist.Programs.Runtime;

/// <summary>
/// Builds the regexes of instrumented programs: always compiled (interpreted regexes were 75% of a program's per-row
/// cost) and always with a match timeout, so catastrophic backtracking becomes a <see cref="RegexMatchTimeoutException"/>.
/// Constant patterns become static fields of the program; others go through a bounded process-wide cache.
/// </summary>
public static class ProgramRegex
{
    /// <summary>Most distinct non-constant patterns kept compiled; later ones are built interpreted and not kept.</summary>
    public const int CacheCapacity = 512;

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options, long TimeoutTicks), Regex> Cache = new();

    /// <summary>Builds a compiled regex with a match timeout (used for constant patterns, once per program).</summary>
    public static Regex Create(string pattern, RegexOptions options, long timeoutTicks) =>
        new(pattern, options | RegexOptions.Compiled, TimeSpan.FromTicks(timeoutTicks));

    /// <summary>Returns a cached compiled regex for a pattern computed at run time.</summary>
    public static Regex Get(string pattern, RegexOptions options, long timeoutTicks)
    {
        var key = (pattern, options, timeoutTicks);
        if (Cache.TryGetValue(key, out var regex)) return regex;
        if (Cache.Count >= CacheCapacity) return new Regex(pattern, options, TimeSpan.FromTicks(timeoutTicks));
        return Cache.GetOrAdd(key, k => Create(k.Pattern, k.Options, k.TimeoutTicks));
    }
}
