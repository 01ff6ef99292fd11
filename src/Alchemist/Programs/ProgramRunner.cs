using System.Text.RegularExpressions;
using Alchemist.Programs.Runtime;

namespace Alchemist.Programs;

/// <summary>Runs a compiled program on one row in this process and classifies the outcome (what the worker calls per row).</summary>
internal static class ProgramRunner
{
    /// <summary>
    /// Runs <paramref name="program"/> on <paramref name="text"/> with a fresh budget: a valid id is a label, -1 an
    /// abstain; an exception, exhausted budget, regex timeout, unknown class name or id outside
    /// [0, <paramref name="classCount"/>) is a fault (and an abstain in the label matrix).
    /// </summary>
    public static ProgramOutcome Run(CompiledProgram program, string text, int classCount)
    {
        int id;
        try
        {
            id = program.Label(text);
        }
        catch (Exception e)
        {
            return new ProgramOutcome(Classify(e), LabelSet.Abstain, Describe(e));
        }
        if ((uint)id < (uint)classCount) return new ProgramOutcome(ProgramOutcomeKind.Label, id);
        return id == LabelSet.Abstain
            ? new ProgramOutcome(ProgramOutcomeKind.Abstain, id)
            : new ProgramOutcome(ProgramOutcomeKind.OutOfRange, id);
    }

    /// <inheritdoc cref="Run(CompiledProgram, string, int)"/>
    public static ProgramOutcome Run(CompiledProgram program, string text, LabelSet labels) => Run(program, text, labels.Count);

    /// <summary>
    /// "Type: message". A program's own exception type may override Message; that code is instrumented, so it is
    /// bounded by what is left of the row's budget, and if it throws the type name alone is reported.
    /// </summary>
    private static string Describe(Exception e)
    {
        try
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
        catch (Exception)
        {
            return e.GetType().Name;
        }
    }

    /// <summary>The kind of a fault; a bound hit anywhere on the row (even wrapped by a framework callback) is a budget fault.</summary>
    private static ProgramOutcomeKind Classify(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case ProgramBudgetExceededException or InsufficientExecutionStackException:
                    return ProgramOutcomeKind.Budget;
                case RegexMatchTimeoutException:
                    return ProgramOutcomeKind.RegexTimeout;
            }
        }
        if (ProgramBudget.Faulted) return ProgramOutcomeKind.Budget;
        return e is ProgramOutputException ? ProgramOutcomeKind.BadOutput : ProgramOutcomeKind.Exception;
    }
}
