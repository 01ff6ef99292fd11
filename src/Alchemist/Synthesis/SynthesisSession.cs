using Alchemist.Data;
using Alchemist.Llm;
using Alchemist.Tasks;
using Microsoft.Extensions.AI;

namespace Alchemist.Synthesis;

/// <summary>How a session reaches the LLM and what it may spend.</summary>
/// <param name="BaseUrl">The <c>--base-url</c> flag; overrides the spec and the environment.</param>
/// <param name="Budget">Dollars this run may spend on live calls.</param>
/// <param name="Refresh">Bypass (and replace) cached answers.</param>
/// <param name="ImportBatch">A Batch API output file whose answers are used (and cached) where the cache has none.</param>
/// <param name="Offline">Make no live call: unanswered requests stay pending (export and import runs).</param>
/// <param name="CallOptions">Retry, timeout and concurrency; null derives them from the spec.</param>
/// <param name="Environment">Reads environment variables; null reads the process environment.</param>
/// <param name="Log">Receives progress lines (each live answer, each retry); null for silence.</param>
/// <param name="ExportBatch">Write the requests left unanswered as this Batch API input file, making no call for them.</param>
/// <param name="ImportBatches">More Batch API output files whose answers are used like <paramref name="ImportBatch"/>'s (a
/// stage that replays several rounds at once imports every round's answers).</param>
public sealed record SynthesisSettings(
    string? BaseUrl = null,
    decimal? Budget = null,
    bool Refresh = false,
    string? ImportBatch = null,
    bool Offline = false,
    LlmCallOptions? CallOptions = null,
    Func<string, string?>? Environment = null,
    Action<string>? Log = null,
    string? ExportBatch = null,
    IReadOnlyList<string>? ImportBatches = null);

/// <summary>
/// Everything a synthesis command needs, wired from a spec file: the task, its data, prompts, prices and the
/// response cache (<c>.alchemist/cache.db</c> in the project folder).
/// </summary>
public sealed class SynthesisSession : IDisposable
{
    /// <summary>The cache file's path relative to the project's state folder.</summary>
    public const string CacheFileName = "cache.db";

    private readonly SynthesisSettings _settings;

    private SynthesisSession(TaskSpec spec, Dataset data, SynthesisSettings settings)
    {
        Spec = spec;
        Data = data;
        _settings = settings;
        Templates = PromptTemplates.Load(spec.Directory);
        Prompts = new PromptBuilder(spec, Templates);
        Prices = PriceTable.Load(spec.Directory);
        Cache = new ResponseCache(Path.Combine(spec.StateDirectory, CacheFileName));
    }

    /// <summary>Opens the project of <paramref name="specPath"/> (a spec file or its folder) and loads its data.</summary>
    /// <param name="specPath">The spec file or its folder.</param>
    /// <param name="settings">How to reach the LLM and what to spend.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <param name="loadData">False skips the data (concept extraction for images needs only the task and classes);
    /// <see cref="Data"/> is then empty and only <see cref="ExtractConceptsAsync"/> may be used.</param>
    /// <exception cref="AlchemistException">The spec or the data is invalid.</exception>
    public static SynthesisSession Open(string specPath, SynthesisSettings settings, bool loadData = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var spec = TaskSpecLoader.Load(specPath);
        if (!loadData) return new SynthesisSession(spec, new Dataset(spec.Data.Path, [], [], spec.Labels, null, []), settings);
        var data = DatasetLoader.Load(spec.Data, spec.Labels, cancellationToken);
        if (data.Count == 0) throw new AlchemistException($"{data.Source}: the data has no rows to check programs on.");
        return new SynthesisSession(spec, data, settings);
    }

    /// <summary>The task.</summary>
    public TaskSpec Spec { get; }

    /// <summary>The task's rows.</summary>
    public Dataset Data { get; }

    /// <summary>The prompt templates in use.</summary>
    public PromptTemplates Templates { get; }

    /// <summary>The prompt builder.</summary>
    public PromptBuilder Prompts { get; }

    /// <summary>The price table.</summary>
    public PriceTable Prices { get; }

    /// <summary>The response cache.</summary>
    public ResponseCache Cache { get; }

    /// <summary>Failed lines of the imported batch file, after <see cref="SynthesizeAsync"/>.</summary>
    public IReadOnlyList<BatchFailure> BatchFailures { get; private set; } = [];

    /// <summary>Estimates tokens and dollars of a run, and of the per-row baseline, without any call.</summary>
    public CostEstimate Estimate(int? count, CancellationToken cancellationToken) =>
        CostEstimate.For(Spec, Planner(), Prompts, Cache, Prices, Data, count ?? Spec.Programs, cancellationToken);

    /// <summary>The requests a run would send first (see <see cref="Synthesizer.Plan"/>), without any call.</summary>
    public IReadOnlyList<PlannedRequest> Plan(int? count) => Planner().Plan(count ?? Spec.Programs, Cache);

    /// <summary>A synthesizer that can only plan: its client answers nothing.</summary>
    private Synthesizer Planner() => new(Spec, Templates, Prices, new OfflineChatClient(), Data);

    /// <summary>Runs synthesis: live, or offline when the settings say so.</summary>
    /// <exception cref="LlmCallException">A live call failed for good; answers received before are cached.</exception>
    public async Task<SynthesisReport> SynthesizeAsync(int? count, CancellationToken cancellationToken)
    {
        // Answers are paid for: the folder they are written to is proved writable before the first call.
        WritableFolder.Ensure(Spec.OutputDirectory, "The programs folder (output in alchemist.yaml)");
        using var chat = CreateChatClient();
        var report = await new Synthesizer(Spec, Templates, Prices, chat, Data).RunAsync(new SynthesisOptions(count), cancellationToken).ConfigureAwait(false);
        CompleteExport(chat);
        return report;
    }

    /// <summary>
    /// The LLM client of one run under these settings, built once by <see cref="LlmPipeline"/>: cost meter, cache, the
    /// imported batch file (its failures go to <see cref="BatchFailures"/>), batch export, budget, then live calls with
    /// retries (none when offline). Dispose it when the run ends; the cache stays the session's.
    /// </summary>
    /// <exception cref="AlchemistException">The batch file is unreadable, or a budget is set for a model without a price.</exception>
    public IChatClient CreateChatClient()
    {
        Dictionary<string, LlmResponse>? imported = null;
        var failures = new List<BatchFailure>();
        foreach (var batch in (_settings.ImportBatch is { } one ? [one] : Array.Empty<string>()).Concat(_settings.ImportBatches ?? []))
        {
            var import = BatchFile.Import(batch);
            imported ??= new Dictionary<string, LlmResponse>(StringComparer.Ordinal);
            foreach (var (key, answer) in import.Answers) imported.TryAdd(key, answer);
            failures.AddRange(import.Failures);
        }
        BatchFailures = failures;
        var model = Spec.Model;
        var live = _settings.Offline ? null : LlmPipeline.LiveClient(
            () => LlmConnection.Resolve(model.Provider, _settings.BaseUrl ?? model.BaseUrl, _settings.Environment ?? System.Environment.GetEnvironmentVariable),
            model.Name, model.MaxTokens, _settings.CallOptions ?? LlmCallOptions.From(model), _settings.Log);
        return LlmPipeline.Build(new LlmPipelineOptions(Cache, Prices.Find(model.Name), model.Name, _settings.Budget, _settings.Refresh, imported,
            _settings.ExportBatch, live, _settings.Log));
    }

    /// <summary>Writes the batch file of a run's exported requests, when the settings export one.</summary>
    internal static void CompleteExport(IChatClient chat) => chat.GetService<BatchExportChatClient>()?.WriteFile();

    /// <summary>
    /// Asks the LLM for the visual concepts that separate the classes (<see cref="Concepts.ConceptExtractor"/>), through
    /// the same pipeline (cache, budget, prices) as synthesis. The concepts are null when the call stays pending (budget, offline).
    /// </summary>
    /// <exception cref="LlmCallException">The call failed for good.</exception>
    /// <exception cref="Data.DataFormatException">The answer is not the JSON asked for (names the field).</exception>
    public async Task<(Concepts.ConceptSet? Concepts, CallCounts Calls, decimal Spent)> ExtractConceptsAsync(int count, CancellationToken cancellationToken)
    {
        using var chat = CreateChatClient();
        var concepts = await Concepts.ConceptExtractor.ExtractAsync(Spec, Templates, chat, count, cancellationToken).ConfigureAwait(false);
        var calls = CallSummary.Of(chat);
        return (concepts, calls.Counts, calls.Spent);
    }

    /// <inheritdoc />
    public void Dispose() => Cache.Dispose();
}
