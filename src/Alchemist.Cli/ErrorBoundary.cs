using Alchemist.Pipeline;

namespace Alchemist.Cli;

/// <summary>
/// The one place a failure becomes what the user sees: a single line on stderr and a documented <see cref="ExitCode"/>.
/// Expected failures (bad input, I/O, cancellation, a locked run) say what to do; anything else is a bug and says so.
/// </summary>
internal static class ErrorBoundary
{
    /// <summary>The longest message printed: a message quoting a huge input must not flood the terminal.</summary>
    public const int MaxMessageChars = 1_000;

    /// <summary>The exit code and the one line for <paramref name="error"/>.</summary>
    /// <param name="error">What was thrown.</param>
    /// <param name="cancelled">True when the user asked to stop (then any failure is the consequence of stopping).</param>
    public static (ExitCode Code, string Line) Describe(Exception error, bool cancelled)
    {
        var e = Unwrap(error);
        var (code, message) = e switch
        {
            _ when cancelled || e is OperationCanceledException =>
                (ExitCode.Cancelled, "cancelled; finished work is kept (answers cached, completed stages and files written); run the same command again to continue."),
            RunLockedException locked => (ExitCode.Locked, locked.Message),
            NoVotesException none => (ExitCode.NoVotes, none.Message),
            AlchemistException user => (ExitCode.UserError, user.Message),
            UnauthorizedAccessException denied => (ExitCode.IoError, $"{Sentence(denied.Message)} Check the permissions of that file or folder, or choose another."),
            System.Data.Common.DbException db => (ExitCode.IoError,
                $"the response cache (PROJECT/.alchemist/cache.db) failed: {Sentence(db.Message)} Check the free space; if the file is damaged, move it away."),
            IOException io => (ExitCode.IoError, $"{Sentence(io.Message)} Check the path, its permissions and the free space."),
            _ => (ExitCode.InternalError, $"internal error ({e.GetType().Name}: {e.Message}). This is a bug in Alchemist: rerun with --verbose and report the stack trace."),
        };
        return (code, "error: " + Excerpt.Of(message, MaxMessageChars));
    }

    /// <summary>Runs <paramref name="body"/>; a failure is written to <paramref name="error"/> as one line (plus the stack trace when verbose).</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body, bool verbose, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var (code, line) = Describe(e, cancellationToken.IsCancellationRequested);
            error.WriteLine(line);
            if (verbose) error.WriteLine(e);
            return (int)code;
        }
    }

    private static string Sentence(string text) => text.TrimEnd().EndsWith('.') ? text.TrimEnd() : text.TrimEnd() + ".";

    /// <summary>The exception that says what happened, below the wrappers async code and reflection add.</summary>
    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case AggregateException { InnerExceptions.Count: 1 } aggregate: e = aggregate.InnerExceptions[0]; break;
                case System.Reflection.TargetInvocationException { InnerException: { } inner }: e = inner; break;
                case TypeInitializationException { InnerException: { } inner }: e = inner; break;
                default: return e;
            }
        }
    }
}
