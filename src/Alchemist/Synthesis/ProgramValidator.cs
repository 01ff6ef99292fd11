using Alchemist.Labeling;
using Alchemist.Labeling.Isolation;
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
internal sealed record Validation(bool Accepted, string Code, IReadOnlyList<string> Problems, SmokeRun? Smoke);

/// <summary>
/// Checks one LLM answer the way the applier will run it, and nowhere else: extraction, the safety checks and
/// compilation happen in a jailed compile worker, the smoke run on a fixed sample of rows in a jailed program worker
/// (<see cref="ProgramApplier"/>'s engine, so faults are classified alike); this process never loads the program.
/// Dispose it to end its workers.
/// </summary>
/// <param name="labels">The task's classes.</param>
/// <param name="sample">The smoke rows (feature rows on a feature task).</param>
/// <param name="maxFaultRate">Largest share of sample rows a program may fault on.</param>
/// <param name="featureNames">The feature columns of a feature task (programs bind to them by name); null for text.</param>
/// <param name="options">How programs run (worker isolation by default).</param>
internal sealed class ProgramValidator(LabelSet labels, IReadOnlyList<string> sample, double maxFaultRate, IReadOnlyList<string>? featureNames = null,
    ApplyOptions? options = null) : IDisposable
{
    private readonly Lazy<IProgramEngine> _engine = new(() => (options ?? new ApplyOptions()) with { FeatureNames = featureNames } is var o
        && o.Isolation == ProgramIsolation.Worker ? new WorkerEngine(o) : new InProcessEngine(o));

    /// <summary>Validates the answer <paramref name="answer"/> as program <paramref name="name"/>.</summary>
    public async Task<Validation> ValidateAsync(string name, string answer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(answer)) return new Validation(false, answer, ["The answer is empty."], null);
        var check = (await _engine.Value.CompileAsync([new ProgramSource(name, answer)], labels, cancellationToken).ConfigureAwait(false))[0];
        var code = check.Extracted?.Code ?? answer;
        if (!check.Success)
            return new Validation(false, code, check.Diagnostics.Select(d => d.ToString()).DefaultIfEmpty("Rejected by the compiler.").ToArray(), null);
        var smoke = await RunAsync(check, cancellationToken).ConfigureAwait(false);
        if (smoke.Faults > maxFaultRate * smoke.Rows)
            return new Validation(false, code,
                [$"It failed on {smoke.Faults} of {smoke.Rows} sample rows (at most {maxFaultRate:P0} allowed); first failure: {smoke.FirstFault}"], smoke);
        return new Validation(true, code, [], smoke);
    }

    private async Task<SmokeRun> RunAsync(ProgramCheck check, CancellationToken cancellationToken)
    {
        var output = await _engine.Value.RunAsync([check], labels, sample, _ => { }, int.MaxValue, cancellationToken).ConfigureAwait(false);
        var votes = 0;
        var faults = 0;
        var behaviour = new char[sample.Count];
        var stopped = output.Disabled.TryGetValue(0, out var reason);
        for (var i = 0; i < sample.Count; i++)
        {
            var code = output.Cells[i];
            if (stopped || CellCode.IsFault(code, out _) || code == CellCode.NotRun)
            {
                faults++;
                behaviour[i] = '!';
                continue;
            }
            if (code != LabelSet.Abstain) votes++;
            behaviour[i] = code == LabelSet.Abstain ? '.' : (char)('0' + code);
        }
        var first = output.FaultExamples.OrderBy(f => f.Row).FirstOrDefault();
        var firstFault = stopped ? reason : first is null ? null : $"{first.Kind}: {first.Message}";
        return new SmokeRun(sample.Count, votes, faults, firstFault, new string(behaviour));
    }

    /// <summary>Ends the workers.</summary>
    public void Dispose()
    {
        if (_engine.IsValueCreated) (_engine.Value as IDisposable)?.Dispose();
    }
}
