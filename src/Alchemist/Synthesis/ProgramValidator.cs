using Alchemist.Data;
using Alchemist.Programs;

namespace Alchemist.Synthesis;

/// <summary>What a program did on the smoke sample.</summary>
/// <param name="Rows">Rows it ran on.</param>
/// <param name="Votes">Rows where it returned a class (not -1).</param>
/// <param name="Faults">Rows where it threw, exceeded its budget or returned an id that is not a class.</param>
/// <param name="FirstFault">The first fault, for the report.</param>
/// <param name="Behaviour">One character per sample row: the class id as '0'+id, '.' for abstain, '!' for a fault. Equal behaviour means duplicate programs.</param>
public sealed record SmokeRun(int Rows, int Votes, int Faults, string? FirstFault, string Behaviour);

/// <summary>The verdict on one answer.</summary>
/// <param name="Accepted">True when the program compiled and behaved on the sample.</param>
/// <param name="Code">The program code (extracted from the answer) when extraction succeeded; else the raw answer.</param>
/// <param name="Problems">Why it was rejected (compiler and checker diagnostics, faults); empty when accepted.</param>
/// <param name="Smoke">The smoke run, when the program compiled.</param>
public sealed record Validation(bool Accepted, string Code, IReadOnlyList<string> Problems, SmokeRun? Smoke);

/// <summary>
/// Checks one LLM answer: extraction, the safety check and compilation (<see cref="ProgramCompiler"/>), then a smoke
/// run on a fixed sample of rows through <see cref="ProgramRunner"/> (in process, under the program's budgets, faults
/// classified as the applier classifies them).
/// </summary>
/// <param name="labels">The task's classes.</param>
/// <param name="sample">The smoke rows (feature rows on a feature task).</param>
/// <param name="maxFaultRate">Largest share of sample rows a program may fault on.</param>
/// <param name="featureNames">The feature columns of a feature task (programs bind to them by name); null for text.</param>
public sealed class ProgramValidator(LabelSet labels, IReadOnlyList<string> sample, double maxFaultRate, IReadOnlyList<string>? featureNames = null)
{
    /// <summary>Validates the answer <paramref name="answer"/> as program <paramref name="name"/>.</summary>
    public Validation Validate(string name, string answer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(answer)) return new Validation(false, answer, ["The answer is empty."], null);
        var compilation = ProgramCompiler.Compile(new ProgramSource(name, answer), labels, new ProgramCompilerOptions { FeatureNames = featureNames });
        var code = CodeOf(compilation);
        if (compilation.Program is not { } program)
            return new Validation(false, code, compilation.Diagnostics.Select(d => d.ToString()).DefaultIfEmpty("Rejected by the compiler.").ToArray(), null);
        using (program)
        {
            var smoke = Run(program, cancellationToken);
            if (smoke.Faults > maxFaultRate * smoke.Rows)
                return new Validation(false, code,
                    [$"It failed on {smoke.Faults} of {smoke.Rows} sample rows (at most {maxFaultRate:P0} allowed); first failure: {smoke.FirstFault}"], smoke);
            return new Validation(true, code, [], smoke);
        }
    }

    private SmokeRun Run(CompiledProgram program, CancellationToken cancellationToken)
    {
        var votes = 0;
        var faults = 0;
        string? firstFault = null;
        var behaviour = new char[sample.Count];
        for (var i = 0; i < sample.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = ProgramRunner.Run(program, sample[i], labels);
            if (outcome.IsFault)
            {
                faults++;
                firstFault ??= $"{outcome.Kind}: {outcome.FaultMessage}";
                behaviour[i] = '!';
                continue;
            }
            if (outcome.Vote != LabelSet.Abstain) votes++;
            behaviour[i] = outcome.Vote == LabelSet.Abstain ? '.' : (char)('0' + outcome.Vote);
        }
        return new SmokeRun(sample.Count, votes, faults, firstFault, new string(behaviour));
    }

    /// <summary>The code that was compiled, for the program file; the raw answer when none could be extracted.</summary>
    private static string CodeOf(ProgramCompilation compilation) => compilation.Extracted?.Code ?? compilation.Source.Code;
}
