using System.Globalization;
using System.Text;
using Alchemist.Llm;
using Alchemist.Tasks;

namespace Alchemist.Synthesis;

/// <summary>
/// Writes a program as a readable, editable C# file whose header comment records where it came from: status, model,
/// sampling, tokens, cost, smoke run, and the full prompt. Writes are atomic; a program that changed status has its
/// old file in the other folder removed. The last header line holds a hash of the file as written, so a file the user
/// has since edited is recognised and never overwritten by a later synthesis run (its edits win; delete the file to
/// get the synthesized version back).
/// </summary>
internal static class ProgramFileWriter
{
    /// <summary>The header line that records the hash of the file as written (of every other line).</summary>
    public const string HashPrefix = "// Written with hash ";

    /// <summary>Writes the program unless its file was edited by hand; returns the path and whether the edited file was kept.</summary>
    public static (string Path, bool KeptEdited) Write(TaskSpec spec, ProgramSlot slot, SynthesizedProgram outcome, string code, LlmRequest request, string pricesAsOf)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Write(spec, slot.Name, outcome.Status == ProgramStatus.Accepted, Header(spec, slot, outcome, request, pricesAsOf), code);
    }

    /// <summary>
    /// Writes program <paramref name="name"/> with a ready header (comment lines) into the programs folder when
    /// <paramref name="accepted"/>, else into <c>rejected/</c>, unless its file was edited by hand; returns the path and
    /// whether the edited file was kept.
    /// </summary>
    public static (string Path, bool KeptEdited) Write(TaskSpec spec, string name, bool accepted, string header, string code)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(code);
        var folder = accepted ? spec.OutputDirectory : spec.RejectedDirectory;
        var stale = Path.Combine(accepted ? spec.RejectedDirectory : spec.OutputDirectory, name + ".cs");
        var path = Path.Combine(folder, name + ".cs");
        var body = header + code.Trim() + "\n";
        foreach (var existing in new[] { path, stale })
            if (File.Exists(existing) && EditedByHand(File.ReadAllText(existing), body)) return (existing, true);
        AtomicFile.WriteAllText(path, HashPrefix + Hash(body) + "\n" + body);
        if (File.Exists(stale)) File.Delete(stale);
        return (path, false);
    }

    /// <summary>
    /// True when <paramref name="existing"/> differs from what synthesis wrote: its recorded hash no longer matches its
    /// content, or (a file written before hashes were recorded) its content differs from the new one.
    /// </summary>
    public static bool EditedByHand(string existing, string body)
    {
        var text = existing.ReplaceLineEndings("\n");
        if (!text.StartsWith(HashPrefix, StringComparison.Ordinal)) return text != body;
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0) return true;
        return text[HashPrefix.Length..newline].Trim() != Hash(text[(newline + 1)..]);
    }

    private static string Hash(string body) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16];

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
            Line(usage.Cost is { } cost ? $"Cost: {Dollars.Format(cost)} at list prices as of {pricesAsOf}." : "Cost: unknown (model not in the price table).");
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
