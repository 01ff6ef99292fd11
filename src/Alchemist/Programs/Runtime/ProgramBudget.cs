using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Alchemist.Programs.Runtime;

/// <summary>
/// The counters that instrumented program code calls into. State is per thread, so rows labelled in parallel do
/// not share budgets; <see cref="CompiledProgram.Label"/> resets it before each row. Programs cannot call this class
/// themselves: the safety check runs on their original source, where anything outside the allow-list is rejected.
/// </summary>
public static class ProgramBudget
{
    /// <summary>One thread-static struct, so each operation costs a single thread-local lookup.</summary>
    private struct Counters
    {
        public long Steps;
        public int Depth;
        public int MaxDepth;
    }

    [ThreadStatic] private static Counters t_counters;

    /// <summary>Starts a new row on this thread with a full budget.</summary>
    public static void Reset(ProgramLimits limits)
    {
        ref var counters = ref t_counters;
        counters.Steps = limits.MaxSteps;
        counters.Depth = 0;
        counters.MaxDepth = limits.MaxCallDepth;
    }

    /// <summary>Steps left on this thread's current row (negative once exhausted).</summary>
    public static long StepsLeft => t_counters.Steps;

    /// <summary>Charges one loop iteration.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Step()
    {
        if (--t_counters.Steps < 0) ThrowSteps();
    }

    /// <summary>Charges a <c>foreach</c> over a string once with its length, and returns the string to iterate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Charge(string text)
    {
        if (text is not null && (t_counters.Steps -= text.Length + 1) < 0) ThrowSteps();
        return text!;
    }

    /// <summary>Charges a <c>foreach</c> over an array once with its length, and returns the array to iterate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T[] Charge<T>(T[] items)
    {
        if (items is not null && (t_counters.Steps -= items.Length + 1) < 0) ThrowSteps();
        return items!;
    }

    /// <summary>Charges a method, local function or lambda entry and checks the call depth; pair with <see cref="Exit"/> in a finally.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        ref var counters = ref t_counters;
        var depth = ++counters.Depth;
        if (depth > counters.MaxDepth || (depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()) ThrowDepth(depth);
        if (--counters.Steps < 0) ThrowSteps();
    }

    /// <summary>Leaves a method entered with <see cref="Enter"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit() => t_counters.Depth--;

    /// <summary>
    /// True for the faults a program must not swallow: every catch clause in a program is rewritten with a filter
    /// that lets these through, so an infinite loop inside <c>try { } catch { }</c> still ends.
    /// </summary>
    public static bool IsFault(Exception exception) =>
        exception is ProgramBudgetExceededException or RegexMatchTimeoutException or InsufficientExecutionStackException;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowSteps() =>
        throw new ProgramBudgetExceededException("The program exhausted its step budget on this row (an endless or very long loop?).");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDepth(int depth) =>
        throw new ProgramBudgetExceededException(depth > t_counters.MaxDepth
            ? $"The program nested calls deeper than {t_counters.MaxDepth} (runaway recursion?)."
            : "The program's calls came close to overflowing the thread's stack (runaway recursion?).");
}
