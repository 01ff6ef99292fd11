using System.Globalization;
using System.Net;
using System.Text;
using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Evaluation;
using Alchemist.Labeling;
using Alchemist.Synthesis;

namespace Alchemist.Reporting;

/// <summary>
/// <c>alchemist report</c>: one self-contained HTML page (inline CSS and SVG, no external asset, no script) for an
/// expert to review a run and approve its programs: first an overview of every program (enabled or disabled); then every program's source with its coverage, accuracy, faults, learned weight and the rows
/// where it disagrees with the consensus; the label-model comparison (dev split only; the test split scores only the
/// run's chosen model); a reliability diagram; the class balance and its source; cost per program against the
/// per-row zero-shot baseline.
/// </summary>
internal static class HtmlReport
{
    /// <summary>The report's default file name inside the run folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Renders the report of <paramref name="run"/> into <paramref name="path"/> (atomically).</summary>
    /// <param name="run">A run folder after <c>alchemist run</c> (needs apply, aggregate and evaluate artifacts).</param>
    /// <param name="path">The HTML file to write.</param>
    /// <param name="examples">Disagreement examples shown per program.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <exception cref="AlchemistException">The folder lacks an artifact (the message names it).</exception>
    public static void Write(RunFolder run, string path, int examples = 5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var manifest = RunManifest.Load(run);
        var evaluation = ArtifactJson.Load<EvaluationSummary>(run.EvaluationPath);
        var model = LabelModelFile.Load(run.LabelModelPath);
        var synthesis = File.Exists(run.SynthesisSummaryPath) ? ArtifactJson.Load<SynthesisSummary>(run.SynthesisSummaryPath) : null;
        var baseline = File.Exists(BaselineResult.PathOf(run)) ? ArtifactJson.Load<BaselineResult>(BaselineResult.PathOf(run)) : null;
        var stages = File.Exists(run.StagesPath) ? ArtifactJson.Load<StageRecord[]>(run.StagesPath) : [];
        var data = manifest.Splits.ToDictionary(s => s.Key, s => DatasetLoader.Load(s.Value, manifest.LabelSet, cancellationToken));
        var pseudolabels = manifest.Splits.Keys.ToDictionary(s => s, s => PseudolabelsFile.Load(run.PseudolabelsPath(s)));
        var reviewSplit = manifest.TrainingSplit;

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Alchemist report: ").Append(E(Path.GetFileName(run.Root)))
            .Append("</title><style>").Append(Css).Append("</style></head><body>");
        html.Append("<h1>Alchemist run report</h1><p class=\"meta\">Run folder <code>").Append(E(Path.GetFullPath(run.Root))).Append("</code>; classes ")
            .Append(E(string.Join(", ", manifest.Labels.Select((l, i) => $"{i} = {l}")))).Append("; splits ")
            .Append(E(string.Join(", ", data.Select(d => $"{d.Key} ({d.Value.Count} rows{(d.Value.HasGold ? ", gold" : "")})"))))
            .Append(".</p>");
        ProgramOverview.Write(html, run, manifest, model, reviewSplit);
        Scores(html, evaluation, manifest, stages);
        Comparison(html, evaluation);
        Calibration(html, evaluation, data, pseudolabels);
        Balance(html, model.ClassBalance, manifest, data, pseudolabels);
        Costs(html, synthesis, baseline);
        RefinementSection.Write(html, run);
        FallbackSection.Write(html, run);
        Programs(html, run, manifest, model, data, pseudolabels, reviewSplit, examples);
        html.Append("</body></html>\n");
        AtomicFile.WriteAllText(path, html.ToString());
    }

    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1150px;color:#222;line-height:1.4}
        h1{font-size:1.6em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.8em}h3{margin-bottom:.3em}
        table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right;font-size:.92em}
        th{background:#f0f0f0}td.l,th.l{text-align:left}.meta,.note{color:#555;font-size:.92em}
        pre{background:#f7f7f9;border:1px solid #e1e1e8;padding:.6em;overflow-x:auto;font-size:.8em;max-height:28em}
        .program{border:1px solid #ddd;border-radius:6px;padding:.2em 1em 1em;margin:1em 0}
        .bar{display:inline-block;height:.8em;background:#1f77b4;vertical-align:middle}
        .chosen{font-weight:bold;background:#eef6ff}.bad{color:#b00}.off{color:#888;background:#f6f6f6}
        """;

    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    internal static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    internal static string P(double value) => value.ToString("P1", CultureInfo.InvariantCulture);

    private static string D(decimal? value) => Dollars.Format(value);

    private static void Row(StringBuilder html, params string[] cells) => TextRow(html, 1, cells);

    /// <summary>A row whose first <paramref name="textColumns"/> cells are text (left-aligned), the rest figures.</summary>
    internal static void TextRow(StringBuilder html, int textColumns, params string[] cells) =>
        html.Append("<tr>").Append(string.Concat(cells.Select((c, i) => i < textColumns ? $"<td class=\"l\">{c}</td>" : $"<td>{c}</td>"))).Append("</tr>");

    internal static void Header(StringBuilder html, params string[] cells) =>
        html.Append("<tr>").Append(string.Concat(cells.Select((c, i) => i == 0 ? $"<th class=\"l\">{E(c)}</th>" : $"<th>{E(c)}</th>"))).Append("</tr>");

    private static void Scores(StringBuilder html, EvaluationSummary e, RunManifest manifest, IReadOnlyList<StageRecord> stages)
    {
        html.Append("<h2 id=\"scores\">Scores</h2><table>");
        var final = e.FinalScores;
        string[] columns = ["split", "score is", "label model accuracy", "label model F1", "coverage", "Brier", "ECE", "end model accuracy", "end model F1"];
        Header(html, final is null ? columns : columns.Concat(["handed out accuracy", "handed out F1"]).ToArray());
        foreach (var split in manifest.Splits.Keys.Where(e.LabelModelScores.ContainsKey))
        {
            var l = e.LabelModelScores[split];
            var end = e.EndModelScores.GetValueOrDefault(split);
            var role = SplitRoles.Of(split);
            string[] cells = [E(split), $"<span title=\"{E(SplitRoles.Describe(role))}\"{(role == SplitRole.Training ? " class=\"bad\"" : "")}>{E(SplitRoles.ShortName(role))}</span>",
                F(l.Accuracy), F(l.F1Binary ?? l.F1Macro), P(l.Coverage), F(l.Brier), F(l.Ece), F(end?.Accuracy), F(end?.F1Binary ?? end?.F1Macro)];
            var handedOut = final?.GetValueOrDefault(split);
            TextRow(html, 2, final is null ? cells : cells.Concat([F(handedOut?.Accuracy), F(handedOut?.F1Binary ?? handedOut?.F1Macro)]).ToArray());
        }
        html.Append("</table><p class=\"note\">Label model <b>").Append(E(e.LabelModel)).Append("</b> (pseudolabels of the run; ties and uncovered rows take the prior's most likely class). ")
            .Append("A TRAINING-SET score flatters: the label model and the end model learned from those rows; the held-out split is the honest one. ")
            .Append(final is null ? "" : "Handed out: the label model's answer on rows a program votes on and the end model's elsewhere, because the label model was the more accurate on the judge's covered rows (the distill stage's note has the numbers). ")
            .Append("F1 is binary F1 of class 1 for two classes, else macro F1. Gold labels were used only to score")
            .Append(e.ClassBalance.Source == ClassBalanceSource.DevGold ? $", and for the class prior, counted on the '{E(e.ClassBalance.Detail ?? "development")}' split: that split's scores of this model are therefore not held out (the comparison below is)." : ".")
            .Append("</p>");
        if (stages.Count > 0)
        {
            html.Append("<table>");
            Header(html, "stage", "last wall time (s)", "note");
            foreach (var s in stages) TextRow(html, 3, E(s.Stage), s.Skipped ? "skipped" : s.Seconds.ToString("0.0", CultureInfo.InvariantCulture), E(s.Note));
            html.Append("</table>");
        }
    }

    private static void Comparison(StringBuilder html, EvaluationSummary e)
    {
        html.Append("<h2 id=\"label-models\">Label models compared</h2>");
        if (e.ComparisonSplit is null)
        {
            html.Append("<p>No dev split with gold labels: no comparison.</p>");
            return;
        }
        html.Append("<p class=\"note\">Each model fitted on the train split's votes and scored on the <b>").Append(E(e.ComparisonSplit))
            .Append("</b> split, with a class prior that does not read that split's gold labels. The test split is not used here; it scores only the run's chosen model (above).</p><table>");
        Header(html, "label model", "accuracy", "F1", "coverage", "Brier", "ECE");
        foreach (var c in e.Comparison)
        {
            var name = c.LabelModel == c.Chosen ? c.LabelModel : $"{c.LabelModel} → {c.Chosen}";
            html.Append(c.LabelModel == e.LabelModel ? "<tr class=\"chosen\">" : "<tr>");
            html.Append($"<td class=\"l\">{E(name)}</td><td>{F(c.Scores.Accuracy)}</td><td>{F(c.Scores.F1Binary ?? c.Scores.F1Macro)}</td><td>{P(c.Scores.Coverage)}</td><td>{F(c.Scores.Brier)}</td><td>{F(c.Scores.Ece)}</td></tr>");
        }
        html.Append("</table>");
    }

    private static void Calibration(StringBuilder html, EvaluationSummary e, Dictionary<string, Dataset> data, Dictionary<string, Pseudolabels> pseudolabels)
    {
        html.Append("<h2 id=\"calibration\">Calibration of the label model</h2>");
        var series = data.Where(d => d.Value.HasGold).Select(d => (Name: d.Key,
            Bins: ReliabilityDiagram.Bins(pseudolabels[d.Key], d.Value.Gold!))).ToArray();
        if (series.Length == 0)
        {
            html.Append("<p>No split has gold labels.</p>");
            return;
        }
        html.Append(ReliabilityDiagram.Svg(series.Select(s => (s.Name, s.Bins)).ToArray()))
            .Append("<p class=\"note\">Reliability diagram: rows binned by the probability of their most likely class; dots sized by rows. On the dashed diagonal the probabilities mean what they say.</p>");
    }

    private static void Balance(StringBuilder html, ClassBalance prior, RunManifest manifest, Dictionary<string, Dataset> data, Dictionary<string, Pseudolabels> pseudolabels)
    {
        html.Append("<h2 id=\"class-balance\">Class balance</h2><p>The label model's prior came from <b>").Append(E(prior.SourceName)).Append("</b>")
            .Append(prior.Detail is { } d ? $" ({E(d)})" : "").Append(".</p><table>");
        Header(html, ["class", "prior", .. data.Keys.Select(s => $"{s}: predicted"), .. data.Where(x => x.Value.HasGold).Select(x => $"{x.Key}: gold")]);
        for (var c = 0; c < manifest.Labels.Count; c++)
        {
            var cells = new List<string> { E(manifest.Labels[c]), $"<span class=\"bar\" style=\"width:{prior.Prior[c] * 80:0}px\"></span> {P(prior.Prior[c])}" };
            foreach (var (split, p) in pseudolabels)
                cells.Add(P(Enumerable.Range(0, p.Rows).Count(r => Argmax(p.Row(r)) == c) / (double)Math.Max(1, p.Rows)));
            foreach (var (_, set) in data.Where(x => x.Value.HasGold))
                cells.Add(P(set.Gold!.Count(g => g == c) / (double)Math.Max(1, set.Gold!.Count(g => g >= 0))));
            Row(html, cells.ToArray());
        }
        html.Append("</table>");
    }

    private static int Argmax(ReadOnlySpan<float> row)
    {
        var best = 0;
        for (var c = 1; c < row.Length; c++) if (row[c] > row[best]) best = c;
        return best;
    }

    private static void Costs(StringBuilder html, SynthesisSummary? s, BaselineResult? baseline)
    {
        html.Append("<h2 id=\"cost\">Cost</h2>");
        if (s is null)
        {
            html.Append("<p>The programs did not come from synthesis in this run.</p>");
            return;
        }
        html.Append("<p>").Append(s.Accepted).Append(" program(s) accepted, ").Append(s.Rejected).Append(" rejected").Append(s.Pending > 0 ? $", {s.Pending} pending" : "")
            .Append(" from ").Append(E($"{s.Provider}/{s.Model}")).Append(". Calls of the last synthesis: ")
            .Append(E($"{s.Calls.Live} live, {s.Calls.Cached} cached, {s.Calls.Batch} from batch files ({string.Join(", ", s.BatchFiles)})")).Append(".</p><table>");
        Header(html, "program", "status", "prompt tokens", "answer tokens", "cost");
        foreach (var p in s.Programs)
            TextRow(html, 2, E(p.Name), E(p.Status.ToString().ToLowerInvariant() + (p.DuplicateOf is { } d ? $" (duplicate of {d})" : "")),
                p.InputTokens.ToString("N0", CultureInfo.InvariantCulture), p.OutputTokens.ToString("N0", CultureInfo.InvariantCulture), D(p.Cost));
        Row(html, "<b>all programs</b>", "", s.Total.InputTokens.ToString("N0", CultureInfo.InvariantCulture), s.Total.OutputTokens.ToString("N0", CultureInfo.InvariantCulture), $"<b>{D(s.Total.Cost)}</b>");
        Row(html, E($"per-row zero-shot baseline, {s.BaselineRows:N0} rows (estimate)"), "", "", "", D(s.BaselineCost));
        if (baseline is not null)
            Row(html, E($"zero-shot baseline run on '{baseline.Split}', {baseline.Rows:N0} rows (accuracy {F(baseline.Scores?.Accuracy)})"), "",
                baseline.InputTokens.ToString("N0", CultureInfo.InvariantCulture), baseline.OutputTokens.ToString("N0", CultureInfo.InvariantCulture), D(baseline.Cost));
        html.Append("</table><p class=\"note\">Prices as of ").Append(E(s.PricesAsOf)).Append(". Tokens of answers imported from batch files without usage count as zero. ")
            .Append("The programs are paid once; the baseline pays again for every new row.</p>");
    }

    private static void Programs(StringBuilder html, RunFolder run, RunManifest manifest, FittedLabelModel model, Dictionary<string, Dataset> data,
        Dictionary<string, Pseudolabels> pseudolabels, string reviewSplit, int examples)
    {
        html.Append("<h2 id=\"programs\">Programs</h2><p class=\"note\">Learned weight: the label model's estimate of each program's accuracy when it votes, learned from the votes alone. ")
            .Append("Disagreements are rows of the <b>").Append(E(reviewSplit)).Append("</b> split where the program's vote differs from the label model's answer.</p>");
        var matrices = manifest.Splits.Keys.ToDictionary(s => s, s => manifest.LoadMatrix(run, s));
        var analyses = manifest.Splits.Keys.ToDictionary(s => s, s => ArtifactJson.Load<LabelMatrixSummary>(run.AnalysisPath(s)));
        var stats = manifest.Splits.Keys.ToDictionary(s => s, s => ProgramStatsFile.Load(run.ProgramStatsPath(s)));
        var sources = Directory.Exists(run.ProgramsDirectory) ? Directory.EnumerateFiles(run.ProgramsDirectory).ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText) : [];
        for (var j = 0; j < manifest.Programs.Count; j++)
        {
            var name = manifest.Programs[j];
            html.Append("<div class=\"program\" id=\"program-").Append(E(name)).Append("\"><h3>").Append(E(name)).Append("</h3>");
            if (model.AccuracyOf(name) is { } weight) html.Append("<p>Learned weight (estimated accuracy): <b>").Append(F(weight)).Append("</b></p>");
            else if (model.IgnoredPrograms.Contains(name)) html.Append("<p>Retired by refinement: the label model ignores its votes (see the Refinement section).</p>");
            html.Append("<table>");
            Header(html, "split", "coverage", "polarity", "accuracy (gold)", "correct / voted", "faults", "quarantined");
            foreach (var split in manifest.Splits.Keys)
            {
                var p = analyses[split].Programs[j];
                var st = stats[split][j];
                var faults = st.FaultCount == 0 ? "0" : $"<span class=\"bad\">{st.FaultCount} ({E(string.Join(", ", st.Faults.Select(f => $"{f.Key}: {f.Value}")))})</span>";
                Row(html, E(split), P(p.Coverage), E(string.Join(", ", p.Polarity.Select(manifest.LabelSet.NameOf))), F(p.EmpiricalAccuracy),
                    p.Correct is { } c ? $"{c} / {c + p.Incorrect}" : "–", faults, st.QuarantineReason is { } q ? $"<span class=\"bad\">{E(q)}</span>" : "no");
            }
            html.Append("</table>");
            Disagreements(html, manifest, data[reviewSplit], matrices[reviewSplit], pseudolabels[reviewSplit], j, examples);
            html.Append("<details><summary>Source</summary><pre>").Append(E(sources.GetValueOrDefault(name, "(source not copied into the run)"))).Append("</pre></details></div>");
        }
    }

    private static void Disagreements(StringBuilder html, RunManifest manifest, Dataset data, LabelMatrix votes, Pseudolabels consensus, int program, int examples)
    {
        var rows = Enumerable.Range(0, votes.Rows).Where(r => votes[r, program] >= 0 && votes[r, program] != Argmax(consensus.Row(r))).ToArray();
        html.Append("<p>Disagrees with the consensus on ").Append(rows.Length).Append(" row(s)").Append(rows.Length == 0 ? "." : $"; the first {Math.Min(examples, rows.Length)}:").Append("</p>");
        if (rows.Length == 0 || examples <= 0) return;
        html.Append("<table class=\"examples\">");
        Header(html, "text", "program says", "consensus (p)", "gold");
        foreach (var r in rows.Take(examples))
        {
            var answer = Argmax(consensus.Row(r));
            var text = data.Text(r);
            TextRow(html, 4, E(text.Length > 200 ? text[..200] + "…" : text), E(manifest.LabelSet.NameOf(votes[r, program])),
                E($"{manifest.LabelSet.NameOf(answer)} ({consensus.Row(r)[answer]:0.00})"), data.HasGold && data.Gold![r] >= 0 ? E(manifest.LabelSet.NameOf(data.Gold[r])) : "–");
        }
        html.Append("</table>");
    }
}
