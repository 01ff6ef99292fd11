using Alchemist.Data;
using Alchemist.Llm;
using Alchemist.Tasks;

namespace Alchemist.Synthesis;

/// <summary>How a session reaches the LLM and what it may spend.</summary>
/// <param name="BaseUrl">The <c>--base-url</c> flag; overrides the spec and the environment.</param>
/// <param name="Budget">Dollars this run may spend on live calls.</param>
/// <param name="Refresh">Bypass (and replace) cached answers.</param>
/// <param name="ImportBatch">A Batch API output file whose answers enter the cache before the run.</param>
/// <param name="Offline">Make no live call: unanswered requests stay pending (export and import runs).</param>
/// <param name="CallOptions">Retry, timeout and concurrency; null derives them from the spec.</param>
/// <param name="Environment">Reads environment variables; null reads the process environment.</param>
/// <param name="Log">Receives progress lines (each live answer, each retry); null for silence.</param>
public sealed record SynthesisSettings(
    string? BaseUrl = null,
    decimal? Budget = null,
    bool Refresh = false,
    string? ImportBatch = null,
    bool Offline = false,
    LlmCallOptions? CallOptions = null,
    Func<string, string?>? Environment = null,
    Action<string>? Log = null);

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
        _caller = settings.Offline ? null : new Lazy<LlmCaller>(CreateCaller);
    }

    private readonly Lazy<LlmCaller>? _caller;

    /// <summary>Opens the project of <paramref name="specPath"/> (a spec file or its folder) and loads its data.</summary>
    /// <param name="specPath">The spec file or its folder.</param>
    /// <param name="settings">How to reach the LLM and what to spend.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <param name="loadData">False skips the data (concept extraction for images needs only the task and classes);
    /// <see cref="Data"/> is then empty and only <see cref="ExtractConceptsAsync"/> may be used.</param>
    /// <exception cref="AlchemistException">The spec or the data is invalid.</exception>
    public static SynthesisSession Open(string specPath, SynthesisSettings settings, CancellationToken cancellationToken = default, bool loadData = true)
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

    /// <summary>A synthesizer that can only plan: it has no caller.</summary>
    private Synthesizer Planner()
    {
        var meter = new CostMeter(Prices.Find(Spec.Model.Name), null, Spec.Model.Name);
        return new Synthesizer(Spec, Templates, Prices, new ResponseSource(Cache, null, null, meter, refresh: false), meter, Data);
    }

    /// <summary>Runs synthesis: live, or offline when the settings say so.</summary>
    /// <exception cref="LlmCallException">A live call failed for good; answers received before are cached.</exception>
    public async Task<SynthesisReport> SynthesizeAsync(int? count, CancellationToken cancellationToken)
    {
        // Answers are paid for: the folder they are written to is proved writable before the first call.
        WritableFolder.Ensure(Spec.OutputDirectory, "The programs folder (output in alchemist.yaml)");
        var meter = NewMeter();
        var synthesizer = new Synthesizer(Spec, Templates, Prices, Responses(meter), meter, Data);
        return await synthesizer.RunAsync(new SynthesisOptions(count), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A meter of the spec's model under the settings' budget.</summary>
    public CostMeter NewMeter() => new(Prices.Find(Spec.Model.Name), _settings.Budget, Spec.Model.Name);

    /// <summary>
    /// Where answers come from under these settings: the imported batch file (its failures go to
    /// <see cref="BatchFailures"/>), the cache, then live calls (none when offline), charged to <paramref name="meter"/>.
    /// </summary>
    public ResponseSource Responses(CostMeter meter)
    {
        IReadOnlyDictionary<string, LlmResponse>? imported = null;
        if (_settings.ImportBatch is { } batch)
        {
            var import = BatchFile.Import(batch);
            imported = import.Answers;
            BatchFailures = import.Failures;
        }
        return new ResponseSource(Cache, _caller, imported, meter, _settings.Refresh, _settings.Log);
    }

    /// <summary>
    /// Asks the LLM for the visual concepts that separate the classes (<see cref="Concepts.ConceptExtractor"/>), through
    /// the same cache, budget and prices as synthesis. The concepts are null when the call stays pending (budget, offline).
    /// </summary>
    /// <exception cref="LlmCallException">The call failed for good.</exception>
    /// <exception cref="Data.DataFormatException">The answer is not the JSON asked for (names the field).</exception>
    public async Task<(Concepts.ConceptSet? Concepts, CallCounts Calls, decimal Spent)> ExtractConceptsAsync(int count, CancellationToken cancellationToken)
    {
        var meter = new CostMeter(Prices.Find(Spec.Model.Name), _settings.Budget, Spec.Model.Name);
        var caller = _settings.Offline ? null : new Lazy<LlmCaller>(CreateCaller);
        try
        {
            var source = new ResponseSource(Cache, caller, null, meter, _settings.Refresh, _settings.Log);
            var concepts = await Concepts.ConceptExtractor.ExtractAsync(Spec, Templates, source, count, cancellationToken).ConfigureAwait(false);
            return (concepts, source.Counts, meter.Spent);
        }
        finally
        {
            if (caller is { IsValueCreated: true }) caller.Value.Dispose();
        }
    }

    private LlmCaller CreateCaller()
    {
        var model = Spec.Model;
        var connection = LlmConnection.Resolve(model.Provider, _settings.BaseUrl ?? model.BaseUrl, _settings.Environment ?? System.Environment.GetEnvironmentVariable);
        var chat = ChatClientFactory.Create(connection, model.Name, model.MaxTokens);
        return new LlmCaller(chat, connection.ToString(), _settings.CallOptions ?? LlmCallOptions.From(model), _settings.Log);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_caller is { IsValueCreated: true }) _caller.Value.Dispose();
        Cache.Dispose();
    }
}
