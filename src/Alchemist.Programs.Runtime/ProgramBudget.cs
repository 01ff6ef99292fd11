using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Alchemist.Programs.Runtime;

/// <summary>
/// The counters that instrumented program code calls into. State is per thread, so rows labelled in parallel do
/// not share budgets; the caller resets it before each row. Programs cannot call this class themselves: the safety
/// check rejects it in their source, and on the instrumented tree it allows only the members the instrumenter emits.
/// A fault is sticky: once the budget is exhausted every later charge throws again and <see cref="Faulted"/> stays
/// true until the next <see cref="Reset"/>, so a program cannot launder a fault through a framework callback that
/// wraps exceptions (an <c>Array.Sort</c> comparer, a static constructor) and return a label as if nothing happened.
/// </summary>
public static class ProgramBudget
{
    /// <summary>One thread-static struct, so each operation costs a single thread-local lookup.</summary>
    private struct Counters
    {
        public long Steps;
        public int Depth;
        public int MaxDepth;
        public bool Faulted;
    }

    [ThreadStatic] private static Counters t_counters;

    /// <summary>Starts a new row on this thread with <paramref name="maxSteps"/> steps and call depth <paramref name="maxCallDepth"/>.</summary>
    public static void Reset(long maxSteps, int maxCallDepth)
    {
        ref var counters = ref t_counters;
        counters.Steps = maxSteps;
        counters.Depth = 0;
        counters.MaxDepth = maxCallDepth;
        counters.Faulted = false;
    }

    /// <summary>True when the current row hit a bound, even if the program caught what was thrown.</summary>
    public static bool Faulted => t_counters.Faulted;

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
    /// that lets these through, so an infinite loop inside <c>try { } catch { }</c> still ends. Also true for any
    /// exception once the row has faulted (nothing may be caught after that).
    /// The framework wraps a callback's exception (a comparer's in <c>InvalidOperationException</c>, a static
    /// constructor's in <c>TypeInitializationException</c>), so the whole chain of inner exceptions is looked at.
    /// </summary>
    public static bool IsFault(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is ProgramBudgetExceededException or RegexMatchTimeoutException or InsufficientExecutionStackException)
            {
                t_counters.Faulted = true;
                return true;
            }
        return t_counters.Faulted;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowSteps()
    {
        t_counters.Faulted = true;
        throw new ProgramBudgetExceededException("The program exhausted its step budget on this row (an endless or very long loop?).");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDepth(int depth)
    {
        t_counters.Faulted = true;
        throw new ProgramBudgetExceededException(depth > t_counters.MaxDepth
            ? $"The program nested calls deeper than {t_counters.MaxDepth} (runaway recursion?)."
            : "The program's calls came close to overflowing the thread's stack (runaway recursion?).");
    }
}
