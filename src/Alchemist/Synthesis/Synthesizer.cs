using Alchemist.Data;
using Alchemist.Llm;
using Alchemist.Tasks;
using Microsoft.Extensions.AI;

namespace Alchemist.Synthesis;

/// <summary>A request a run will send.</summary>
/// <param name="Request">The request.</param>
/// <param name="Cached">True when its answer is already in the cache (no call will be made).</param>
/// <param name="KnowledgeKnown">False when its prompt holds a placeholder for a knowledge answer not yet received.</param>
public sealed record PlannedRequest(LlmRequest Request, bool Cached, bool KnowledgeKnown);

/// <summary>
/// Turns a task spec into validated labeling programs: asks for the supplementary knowledge of each strategy in use,
/// then for every program (concurrently), validates each answer, optionally repairs a rejected one once, flags
/// duplicates and writes every program to disk. It just asks an <see cref="IChatClient"/>; built by
/// <see cref="LlmPipeline"/>, that client answers live, from the cache, or offline from a batch file, and meters it all.
/// </summary>
public sealed class Synthesizer
{
    /// <summary>Rows of the data shown to the LLM by the <see cref="KnowledgeStrategy.DataExamples"/> strategy.</summary>
    public const int DataExampleRows = 10;

    private readonly TaskSpec _spec;
    private readonly PromptBuilder _prompts;
    private readonly PriceTable _prices;
    private readonly ModelPrice? _price;
    private readonly IChatClient _chat;
    private readonly Dataset _data;

    /// <summary>Creates a synthesizer.</summary>
    /// <param name="spec">The task.</param>
    /// <param name="templates">The project's prompt templates.</param>
    /// <param name="prices">Prices for the cost of each program.</param>
    /// <param name="chat">Where answers come from (<see cref="SynthesisSession.CreateChatClient"/>); its cost meter, when it
    /// has one, gives the report's counts, pending requests and spending.</param>
    /// <param name="data">The task's rows (smoke sample and data examples; labels are never read).</param>
    public Synthesizer(TaskSpec spec, PromptTemplates templates, PriceTable prices, IChatClient chat, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(chat);
        _spec = spec;
        _prompts = new PromptBuilder(spec, templates);
        _prices = prices;
        _price = prices.Find(spec.Model.Name);
        _chat = chat;
        _data = data;
    }

    /// <summary>Produces the programs and writes them under the spec's output folder.</summary>
    /// <exception cref="LlmCallException">A live call failed for good; every answer received before is cached.</exception>
    public async Task<SynthesisReport> RunAsync(SynthesisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var slots = ProgramSlot.Plan(_spec, options.Count ?? _spec.Programs);
        var knowledge = await KnowledgeAsync(slots, cancellationToken).ConfigureAwait(false);
        using var validator = new ProgramValidator(_spec.Labels, SampleRows(_spec.Validation.SmokeRows, _spec.Validation.Seed), _spec.Validation.MaxFaultRate,
            _spec.FeatureFields);
        var produced = await Task.WhenAll(slots.Select(slot => ProduceAsync(slot, knowledge, validator, cancellationToken))).ConfigureAwait(false);

        var outcomes = new List<SynthesizedProgram>();
        var seen = new Dictionary<string, string>();
        foreach (var (slot, outcome, code, request) in produced)
        {
            if (outcome.Status == ProgramStatus.Pending)
            {
                outcomes.Add(outcome);
                continue;
            }
            var final = outcome;
            if (outcome is { Status: ProgramStatus.Accepted, Smoke: { } smoke } && !seen.TryAdd(smoke.Behaviour, slot.Name))
                final = outcome with { DuplicateOf = seen[smoke.Behaviour] };
            var (path, kept) = ProgramFileWriter.Write(_spec, slot, final, code!, request!, _prices.AsOf);
            outcomes.Add(final with { Path = path, KeptEdited = kept });
        }
        var total = outcomes.Aggregate(Usage.Zero, (sum, o) => sum + o.Usage);
        var calls = CallSummary.Of(_chat);
        return new SynthesisReport(_spec.Name, _spec.Model.Provider, _spec.Model.Name, _prices.AsOf, outcomes, calls.Counts,
            calls.Pending, calls.BudgetStopped, total, calls.Spent);
    }

    /// <summary>The request of a strategy's knowledge call (sample 0, the first temperature).</summary>
    public LlmRequest KnowledgeRequest(KnowledgeStrategy strategy) =>
        Request(_prompts.Knowledge(strategy), _spec.Model.Temperatures[0], 0, "knowledge:" + strategy.ToName());

    /// <summary>The request of a program, given its knowledge text.</summary>
    public LlmRequest ProgramRequest(ProgramSlot slot, string? knowledge) =>
        Request(_prompts.Program(knowledge), slot.Temperature, slot.SampleIndex, "program:" + slot.Name);

    /// <summary>The knowledge text of the data-examples strategy: seeded rows of the data, without labels.</summary>
    public string DataExamplesKnowledge() => _prompts.DataExamples(SampleRows(DataExampleRows, _spec.Validation.Seed + 1));

    /// <summary>
    /// Every first-round request of a run of <paramref name="count"/> programs, without calling anything: knowledge
    /// calls, then program calls. A program whose knowledge answer is not in <paramref name="cache"/> gets a marked
    /// placeholder in its place (<see cref="PlannedRequest.KnowledgeKnown"/> false).
    /// </summary>
    public IReadOnlyList<PlannedRequest> Plan(int count, ResponseCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var slots = ProgramSlot.Plan(_spec, count);
        var planned = new List<PlannedRequest>();
        var knowledge = new Dictionary<KnowledgeStrategy, (string? Text, bool Known)> { [KnowledgeStrategy.None] = (null, true) };
        if (slots.Any(s => s.Strategy == KnowledgeStrategy.DataExamples)) knowledge[KnowledgeStrategy.DataExamples] = (DataExamplesKnowledge(), true);
        foreach (var strategy in slots.Select(s => s.Strategy).Distinct().Where(s => s.AsksLlm()))
        {
            var request = KnowledgeRequest(strategy);
            var answer = cache.Get(request);
            knowledge[strategy] = answer is null ? ($"<the answer to {request.Purpose} goes here>", false) : (answer.Text, true);
            planned.Add(new PlannedRequest(request, answer is not null, true));
        }
        foreach (var slot in slots)
        {
            var (text, known) = knowledge[slot.Strategy];
            var request = ProgramRequest(slot, text);
            planned.Add(new PlannedRequest(request, known && cache.Get(request) is not null, known));
        }
        return planned;
    }

    private LlmRequest Request(IReadOnlyList<LlmMessage> messages, float temperature, int sample, string purpose) =>
        new(_spec.Model.Provider, _spec.Model.Name, messages, temperature, _spec.Model.MaxTokens, sample, purpose);

    private sealed record Knowledge(string? Text, Usage Share, bool Pending);

    private async Task<IReadOnlyDictionary<KnowledgeStrategy, Knowledge>> KnowledgeAsync(IReadOnlyList<ProgramSlot> slots, CancellationToken ct)
    {
        var users = slots.GroupBy(s => s.Strategy).ToDictionary(g => g.Key, g => g.Count());
        var result = new Dictionary<KnowledgeStrategy, Knowledge>();
        var calls = users.Keys.Where(s => s.AsksLlm()).Select(async strategy =>
            (strategy, answer: await _chat.AskAsync(KnowledgeRequest(strategy), ct).ConfigureAwait(false))).ToArray();
        foreach (var (strategy, answer) in await Task.WhenAll(calls).ConfigureAwait(false))
            result[strategy] = answer is null ? new Knowledge(null, Usage.Zero, true) : new Knowledge(answer.Text, UsageOf(answer).Share(users[strategy]), false);
        if (users.ContainsKey(KnowledgeStrategy.DataExamples)) result[KnowledgeStrategy.DataExamples] = new Knowledge(DataExamplesKnowledge(), Usage.Zero, false);
        result[KnowledgeStrategy.None] = new Knowledge(null, Usage.Zero, false);
        return result;
    }

    private async Task<(ProgramSlot, SynthesizedProgram, string?, LlmRequest?)> ProduceAsync(ProgramSlot slot,
        IReadOnlyDictionary<KnowledgeStrategy, Knowledge> knowledge, ProgramValidator validator, CancellationToken ct)
    {
        SynthesizedProgram Outcome(ProgramStatus status, IReadOnlyList<string> problems, bool repaired, SmokeRun? smoke, Usage usage) =>
            new(slot.Name, slot.Strategy, slot.Temperature, status, problems, repaired, null, smoke, usage, null);
        var (text, usage, pending) = knowledge[slot.Strategy];
        if (pending) return (slot, Outcome(ProgramStatus.Pending, ["waiting for the knowledge call"], false, null, usage), null, null);

        var request = ProgramRequest(slot, text);
        var answer = await _chat.AskAsync(request, ct).ConfigureAwait(false);
        if (answer is null) return (slot, Outcome(ProgramStatus.Pending, ["waiting for the program call"], false, null, usage), null, null);
        usage += UsageOf(answer);
        var verdict = await validator.ValidateAsync(slot.Name, answer.Text, ct).ConfigureAwait(false);
        if (verdict.Accepted || !_spec.Validation.Repair)
            return (slot, Outcome(verdict.Accepted ? ProgramStatus.Accepted : ProgramStatus.Rejected, verdict.Problems, false, verdict.Smoke, usage), verdict.Code, request);

        var repair = Request(_prompts.Repair(request.Messages, answer.Text, verdict.Problems), slot.Temperature, slot.SampleIndex, "repair:" + slot.Name);
        var repaired = await _chat.AskAsync(repair, ct).ConfigureAwait(false);
        if (repaired is null) return (slot, Outcome(ProgramStatus.Pending, ["waiting for the repair call", .. verdict.Problems], false, null, usage), null, null);
        usage += UsageOf(repaired);
        var second = await validator.ValidateAsync(slot.Name, repaired.Text, ct).ConfigureAwait(false);
        var problems = second.Accepted ? [] : verdict.Problems.Select(p => "first answer: " + p).Concat(second.Problems.Select(p => "after repair: " + p)).ToArray();
        return (slot, Outcome(second.Accepted ? ProgramStatus.Accepted : ProgramStatus.Rejected, problems, true, second.Smoke, usage), second.Code, repair);
    }

    private Usage UsageOf(LlmResponse response) => new(response.InputTokens, response.OutputTokens, _price?.Cost(response.InputTokens, response.OutputTokens));

    /// <summary>A seeded sample of row texts (never their labels).</summary>
    private string[] SampleRows(int count, int seed)
    {
        return SeededOrder.Sample(_data.Count, count, seed).Select(_data.Text).ToArray();
    }
}
