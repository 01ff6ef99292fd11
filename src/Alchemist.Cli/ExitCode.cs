namespace Alchemist.Cli;

/// <summary>
/// The documented exit codes of <c>alchemist</c> (README, "Exit codes"). Every failure prints one line on stderr that
/// says what went wrong, where, and what to do; <c>--verbose</c> adds the stack trace.
/// </summary>
public enum ExitCode
{
    /// <summary>The command did what it was asked.</summary>
    Success = 0,

    /// <summary>Bad input, configuration or command line: a data file, the task spec, an artifact, an option, an LLM
    /// call the provider refused or a budget too small. The message names the file, line/row and field.</summary>
    UserError = 2,

    /// <summary>A file or folder could not be read or written (permissions, a missing folder, a full disk).</summary>
    IoError = 3,

    /// <summary>Another <c>alchemist</c> process is working on the same run folder.</summary>
    Locked = 4,

    /// <summary>The programs gave no vote on any row: every program was rejected (the message quotes the first reason), or
    /// none voted. Nothing was aggregated or scored; the run folder holds each program's statistics.</summary>
    NoVotes = 5,

    /// <summary>A bug in Alchemist: rerun with <c>--verbose</c> and report the stack trace.</summary>
    InternalError = 70,

    /// <summary>Cancelled by Ctrl-C or SIGTERM; finished work is kept and the same command continues it.</summary>
    Cancelled = 130,
}
