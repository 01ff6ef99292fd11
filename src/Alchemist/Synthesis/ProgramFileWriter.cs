using System.Globalization;
using System.Text;
using Alchemist.Llm;
using Alchemist.Tasks;

namespace Alchemist.Synthesis;

/// <summary>
/// Writes a program as a readable, editable C# file whose header comment records where it came from: status, model,
/// sampling, tokens, cost, smoke run, and the full prompt. Writes are atomic; a program that changed status has its
/// old file in the other folder removed.
/// </summary>
internal static class ProgramFileWriter
{
    public static string Write(TaskSpec spec, ProgramSlot slot, SynthesizedProgram outcome, string code, LlmRequest request, string pricesAsOf)
    {
        var accepted = outcome.Status == ProgramStatus.Accepted;
        var folder = accepted ? spec.OutputDirectory : spec.RejectedDirectory;
        var stale = Path.Combine(accepted ? spec.RejectedDirectory : spec.OutputDirectory, slot.Name + ".cs");
        var path = Path.Combine(folder, slot.Name + ".cs");
        Directory.CreateDirectory(folder);
        File.WriteAllText(path + ".tmp", Header(spec, slot, outcome, request, pricesAsOf) + code.Trim() + "\n");
        File.Move(path + ".tmp", path, overwrite: true);
        if (File.Exists(stale)) File.Delete(stale);
        return path;
    }

    private static string Header(TaskSpec spec, ProgramSlot slot, SynthesizedProgram outcome, LlmRequest request, string pricesAsOf)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append("// ").Append(line).Append('\n');
        var usage = outcome.Usage;
        Line($"Alchemist labeling program {slot.Name} for task '{spec.Name}'.");
        Line(outcome.Status == ProgramStatus.Accepted
            ? $"Status: accepted{(outcome.Repaired ? " after one repair round" : "")}{(outcome.DuplicateOf is { } d ? $"; DUPLICATE: behaves like {d} on the smoke sample" : "")}."
            : $"Status: REJECTED{(outcome.Repaired ? " (also after one repair round)" : "")}:");
        foreach (var problem in outcome.Problems) Line("  " + problem.ReplaceLineEndings(" "));
        Line($"Model: {request.Provider}/{request.Model}, temperature {slot.Temperature.ToString(CultureInfo.InvariantCulture)}, sample {slot.SampleIndex}, knowledge: {slot.Strategy.ToName()}.");
        if (usage.InputTokens + usage.OutputTokens == 0)
            Line("Tokens and cost: none reported (answers imported without usage).");
        else
        {
            Line(FormattableString.Invariant($"Tokens: {usage.InputTokens:0} prompt + {usage.OutputTokens:0} answer (knowledge call shared among its programs; repair included)."));
            Line(usage.Cost is { } cost ? FormattableString.Invariant($"Cost: ${cost:0.000000} at list prices as of {pricesAsOf}.") : "Cost: unknown (model not in the price table).");
        }
        if (outcome.Smoke is { } smoke)
            Line($"Smoke run: {smoke.Rows} sample rows, {smoke.Votes} votes, {smoke.Faults} faults{(smoke.FirstFault is { } f ? $" (first: {f.ReplaceLineEndings(" ")})" : "")}.");
        Line("Prompt (system message omitted; see the system template):");
        foreach (var line in request.Messages.Where(m => m.Role != "system").Select(m => m.Text).Take(1).SelectMany(t => t.Split('\n')))
            Line("  " + line);
        text.Append('\n');
        return text.ToString();
    }
}
