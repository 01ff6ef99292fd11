using System.CommandLine;

namespace Alchemist.Cli.Commands;

/// <summary>
/// The options every command that calls the LLM shares (synthesize, baseline): which task, how much may be spent, and
/// whether to call at all or go through Batch API files. One definition so their names and meanings never drift apart.
/// </summary>
internal sealed class LlmCallOptions
{
    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Estimate tokens and dollars without calling anything." };
    public Option<decimal?> Budget { get; } = BudgetOption.Create("Dollars this run may spend; a call that could exceed it is not made.");
    public Option<string?> ExportBatch { get; } = new("--export-batch") { Description = "Make no call: write the pending requests as an OpenAI Batch API input file." };
    public Option<string?> ImportBatch { get; } = new("--import-batch") { Description = "Make no call: take answers from an OpenAI Batch API output file." };
    public Option<bool> Refresh { get; } = new("--refresh") { Description = "Ignore cached answers and ask again (the new answers replace them)." };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "The provider endpoint (overrides the spec and OPENAI_BASE_URL / ANTHROPIC_BASE_URL)." };
    public Option<bool> Json { get; } = new("--json") { Description = "Print one JSON object on stdout." };

    /// <summary>
    /// The batch files asked for, after the checks every LLM-calling command makes: the two batch directions exclude
    /// each other and a budget cannot be negative.
    /// </summary>
    /// <exception cref="AlchemistException">Both batch options given, or a negative budget.</exception>
    public (string? Export, string? Import) ValidatedBatchFiles(ParseResult r)
    {
        var export = r.GetValue(ExportBatch);
        var import = r.GetValue(ImportBatch);
        if (export is not null && import is not null)
            throw new AlchemistException("--export-batch and --import-batch exclude each other: export, submit the file to the Batch API, then import its output.");
        if (r.GetValue(Budget) is < 0) throw new AlchemistException("--budget must not be negative.");
        return (export, import);
    }

    /// <summary>The project argument (positional, default the current folder).</summary>
    public ProjectArgument Project { get; } = new();

    /// <summary>Adds the project argument and every shared option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Project.AddTo(command);
        foreach (var option in new Option[] { DryRun, Budget, ExportBatch, ImportBatch, Refresh, BaseUrl, Json }) command.Options.Add(option);
    }

    /// <summary>The project folder named on the command line.</summary>
    public string ProjectOf(ParseResult r) => Project.Value(r);
}
