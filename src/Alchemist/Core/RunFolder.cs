namespace Alchemist.Core;

/// <summary>
/// The on-disk layout of a run: every stage writes its artifact here and the next stage reads it, so any stage can
/// be re-run alone and every artifact inspected. Per-split artifacts live in a sub-folder named after the split.
/// </summary>
/// <remarks>
/// <code>
/// RUNDIR/run.json                      manifest: task labels and the data source of each split (RunManifest)
/// RUNDIR/programs/                     the programs that were applied (copied sources)
/// RUNDIR/SPLIT/label_matrix.bin        the n × m votes (LabelMatrixFile)
/// RUNDIR/SPLIT/program_stats.json      per-program faults, timing, quarantine reasons
/// RUNDIR/label_model.json              the fitted label model
/// RUNDIR/SPLIT/pseudolabels.csv        per-row class probabilities from the label model
/// RUNDIR/end_model.bin                 the distilled end model
/// RUNDIR/cache/embeddings/             MiniLM vectors of the run's texts (DistillStep)
/// RUNDIR/SPLIT/analysis.json           per-program coverage, overlaps, conflicts, accuracy (AnalyzeStep)
/// RUNDIR/synthesis.json                programs accepted/rejected, calls, tokens, dollars (SynthesisStep)
/// RUNDIR/evaluation.json               label-model and end-model scores, label models compared (EvaluateStep)
/// RUNDIR/baseline.json                 the zero-shot baseline, when `alchemist baseline` ran (BaselineResult)
/// RUNDIR/stages.json                   each stage's input hash and wall time (StageLog): unchanged stages are skipped
/// RUNDIR/data.sha256                   the data the label matrices were applied to (reuse of unchanged columns)
/// RUNDIR/report.html                   the review page (alchemist report)
/// RUNDIR/.alchemist/run.lock          held while apply writes the folder (RunLock)
/// RUNDIR/**/ARTIFACT.sha256            integrity record of end_model.bin, label_model.json, pseudolabels.csv, cache entries (ArtifactChecksum)
/// </code>
/// </remarks>
public sealed record RunFolder(string Root)
{
    /// <summary>The manifest file.</summary>
    public string ManifestPath => Path.Combine(Root, "run.json");

    /// <summary>Copies of the applied programs.</summary>
    public string ProgramsDirectory => Path.Combine(Root, "programs");

    /// <summary>The folder of one split's artifacts.</summary>
    public string SplitDirectory(string split) => Path.Combine(Root, split);

    /// <summary>A split's label matrix.</summary>
    public string LabelMatrixPath(string split) => Path.Combine(SplitDirectory(split), "label_matrix.bin");

    /// <summary>A split's per-program statistics from the applier.</summary>
    public string ProgramStatsPath(string split) => Path.Combine(SplitDirectory(split), "program_stats.json");

    /// <summary>A split's pseudolabels (probabilities per row).</summary>
    public string PseudolabelsPath(string split) => Path.Combine(SplitDirectory(split), "pseudolabels.csv");

    /// <summary>The fitted label model.</summary>
    public string LabelModelPath => Path.Combine(Root, "label_model.json");

    /// <summary>The distilled end model.</summary>
    public string EndModelPath => Path.Combine(Root, "end_model.bin");

    /// <summary>The synthesis artifact, <c>synthesis.json</c>.</summary>
    public string SynthesisSummaryPath => Path.Combine(Root, "synthesis.json");

    /// <summary>A split's program analysis, <c>SPLIT/analysis.json</c>.</summary>
    public string AnalysisPath(string split) => Path.Combine(SplitDirectory(split), "analysis.json");

    /// <summary>The evaluation artifact, <c>evaluation.json</c>.</summary>
    public string EvaluationPath => Path.Combine(Root, "evaluation.json");

    /// <summary>The zero-shot baseline artifact, <c>baseline.json</c>.</summary>
    public string BaselinePath => Path.Combine(Root, "baseline.json");

    /// <summary>The stage log, <c>stages.json</c>: each stage's input hash.</summary>
    public string StagesPath => Path.Combine(Root, "stages.json");

    /// <summary>The LLM-labeled sample of the training rows (pseudo-gold), when <c>validation.llm_sample</c> asks for one.</summary>
    public string PseudoGoldPath => Path.Combine(Root, "pseudo_gold.json");

    /// <summary>The refinement rounds' record: targets, candidates and every gate decision with its numbers.</summary>
    public string RefinementPath => Path.Combine(Root, "refinement.json");

    /// <summary>The selective per-row fallback's record: rows sent to the LLM, its answers, cost and accuracy curve.</summary>
    public string FallbackPath => Path.Combine(Root, "fallback.json");
}
