using Alchemist.Data;
using Alchemist.Llm;

namespace Alchemist.Tasks;

/// <summary>
/// A labeling task as written in <c>alchemist.yaml</c>: what the data is, which classes exist, how to ask the LLM for
/// programs and how to check them. Relative paths in the file are resolved against <see cref="Directory"/>.
/// </summary>
/// <param name="Name">A short name for the task (used in messages and program headers).</param>
/// <param name="Directory">The folder holding the spec file: the project folder (cache, programs, prompt overrides).</param>
/// <param name="Data">The rows programs will label (also the smoke-run sample and the per-row baseline estimate).</param>
/// <param name="Labels">The classes in id order.</param>
/// <param name="TaskDescription">What the task is, in the user's words.</param>
/// <param name="LabelingInstruction">How the function maps answers to ids (generated from the labels when the file has none).</param>
/// <param name="FunctionSignature">The signature the LLM must implement; one the program extractor accepts.</param>
/// <param name="Programs">How many programs to ask for.</param>
/// <param name="Model">Provider, model and sampling settings.</param>
/// <param name="Knowledge">Supplementary-knowledge strategies mixed across programs, in order (program i uses entry i mod count).</param>
/// <param name="Validation">How candidate programs are checked.</param>
/// <param name="Output">The folder (relative to <see cref="Directory"/>) accepted programs are written to; rejected ones go to its <c>rejected/</c>.</param>
/// <param name="FeatureFields">For a feature task (<c>data.feature_fields</c>), the numeric columns programs take as named
/// <c>double</c> parameters (they are also the data's fields); null for a text task.</param>
/// <param name="Disabled">Programs (file names without extension) a reviewer switched off: kept in the programs folder,
/// never applied by <c>alchemist run</c> (<c>disabled:</c> in the file).</param>
/// <param name="Refine">The refinement rounds <c>alchemist run</c> makes after the first programs (<c>refine:</c> in the file);
/// null when the file has no such section (<c>alchemist refine</c> then uses <see cref="RefineSettings"/>' defaults).</param>
/// <param name="Fallback">The selective per-row fallback <c>alchemist run</c> makes (<c>fallback:</c> in the file); null for none.</param>
public sealed record TaskSpec(
    string Name,
    string Directory,
    DataSourceSpec Data,
    LabelSet Labels,
    string TaskDescription,
    string LabelingInstruction,
    string FunctionSignature,
    int Programs,
    ModelSettings Model,
    IReadOnlyList<KnowledgeStrategy> Knowledge,
    ValidationSettings Validation,
    string Output = "programs",
    IReadOnlyList<string>? FeatureFields = null,
    IReadOnlyList<string>? Disabled = null,
    RefineSettings? Refine = null,
    FallbackSettings? Fallback = null)
{
    /// <summary>The file name <c>alchemist init</c> writes and every command looks for.</summary>
    public const string FileName = "alchemist.yaml";

    /// <summary>The signature asked for when the spec names none: a static method taking a string and returning an int, which the program extractor looks for.</summary>
    public const string DefaultFunctionSignature = "public static int Label(string text)";

    /// <summary>
    /// The signature asked for on a feature task that names none: every feature as a camelCase <c>double</c> parameter
    /// (a program may declare only the ones it reads; they bind by name).
    /// </summary>
    public static string FeatureFunctionSignature(IReadOnlyList<string> features) =>
        $"public static int Label({string.Join(", ", features.Select(f => "double " + FeatureNames.ToCamelCase(f)))})";

    /// <summary>The folder accepted programs are written to.</summary>
    public string OutputDirectory => Path.GetFullPath(Path.Combine(Directory, Output));

    /// <summary>The folder rejected programs are written to, each with the reason.</summary>
    public string RejectedDirectory => Path.Combine(OutputDirectory, "rejected");

    /// <summary>The project's private state (response cache).</summary>
    public string StateDirectory => Path.Combine(Directory, ".alchemist");

    /// <summary>
    /// The instruction generated from the labels, e.g. "return 1 if spam, 0 if ham, -1 if it cannot be determined"
    /// (highest id first, as the paper writes it for binary tasks).
    /// </summary>
    public static string DefaultLabelingInstruction(LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var clauses = Enumerable.Range(0, labels.Count).Reverse().Select(id => $"{id} if {labels.Names[id]}");
        return $"The function should return {string.Join(", ", clauses)}, -1 if it cannot be determined.";
    }
}

/// <summary>How candidate programs are checked before they are accepted.</summary>
/// <param name="SmokeRows">Rows of the data each compiled program is run on (a fixed, seeded sample).</param>
/// <param name="MaxFaultRate">Largest share of smoke rows on which a program may throw or exceed its budget.</param>
/// <param name="Repair">Send the compiler's or checker's complaint back to the LLM once and validate its answer.</param>
/// <param name="Seed">Seed of the smoke sample, of sampled data examples and of the LLM-labeled sample.</param>
/// <param name="LlmSample">Rows of the training split the LLM labels one by one (<c>llm_sample:</c>) as pseudo-gold where
/// there is no gold: it chooses the label model, gates refined programs and estimates accuracy; 0 for none.</param>
public sealed record ValidationSettings(int SmokeRows = 200, double MaxFaultRate = 0.1, bool Repair = true, int Seed = 13, int LlmSample = 0);

/// <summary>
/// How refinement asks for programs aimed at what the current programs miss (<c>refine:</c> in <c>alchemist.yaml</c>).
/// </summary>
/// <param name="Rounds">Rounds at most; each asks, gates and keeps programs before the next looks again.</param>
/// <param name="ProgramsPerRound">Programs asked for per round, spread over the weakest classes.</param>
/// <param name="SampleRows">Unlabeled target rows shown in each request.</param>
/// <param name="MinAccuracy">The gate's floor on a candidate's estimated accuracy (on the pseudo-gold sample where it
/// votes on enough of it, else its agreement with the current label model).</param>
/// <param name="DuplicateAgreement">A candidate whose votes agree at least this often with a kept program's, where both
/// vote on most of the candidate's rows, adds nothing and is dropped.</param>
/// <param name="MinTargetVotes">Target rows a candidate must vote on to be kept.</param>
/// <param name="DropHarmful">After the rounds, retire programs (first or refined) whose estimated accuracy is below
/// <paramref name="MinAccuracy"/> when leaving them out does not lower the label model's accuracy on the LLM-labeled
/// sample: the label model then ignores their votes; their files stay.</param>
public sealed record RefineSettings(int Rounds = 3, int ProgramsPerRound = 5, int SampleRows = 12, double MinAccuracy = 0.7,
    double DuplicateAgreement = 0.95, int MinTargetVotes = 3, bool DropHarmful = false);
