using System.Globalization;
using System.Text;
using Alchemist.Refinement;
using static Alchemist.Reporting.HtmlReport;

namespace Alchemist.Reporting;

/// <summary>
/// The report's per-row fallback section: which rows went to the LLM, what they cost, and the curve of label accuracy
/// against the share of rows sent (a table and a small chart), so a user can pick the share worth paying for.
/// </summary>
internal static class FallbackSection
{
    private const int Width = 420, Height = 200, Left = 48, Bottom = 30, Top = 12, Right = 12;

    public static void Write(StringBuilder html, RunFolder run)
    {
        var record = FallbackRecord.Load(run);
        if (record is null) return;
        var curve = record.Curve;
        html.Append("<h2 id=\"fallback\">Per-row LLM fallback</h2><p>")
            .Append(record.Rows.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" of ").Append(record.SplitRows.ToString("N0", CultureInfo.InvariantCulture))
            .Append(" rows of '").Append(E(record.Split)).Append("' sent to the LLM one by one (").Append(E(FallbackRecord.ModeName(record.Mode)))
            .Append(": ").Append(record.Mode == Tasks.FallbackRows.Uncovered ? "rows no program voted on" : "rows no program voted on first, then the rows the label model is least sure of")
            .Append("), ").Append(record.Answered).Append(" answered").Append(record.Pending > 0 ? $", {record.Pending} pending" : "")
            .Append(record.BudgetStopped ? ", stopped by the budget" : "").Append("; ")
            .Append(E($"{record.Calls.Live} live, {record.Calls.Cached} cached, {record.Calls.Batch} from batch files; {record.InputTokens:N0} + {record.OutputTokens:N0} tokens, {Dollars.Format(record.Cost)}"))
            .Append(". The end model trains on the LLM's answers there and on the label model's elsewhere.</p>");
        html.Append("<p class=\"note\">Accuracy of those labels ").Append(curve.Judge is { } judge ? $"against {E(judge)}" : "cannot be scored (no gold labels and no LLM-labeled sample)")
            .Append(", by the share of rows sent (most in need first). Set the share with <code>fallback: share:</code> in alchemist.yaml or <code>--fallback-share</code>.</p><table>");
        Header(html, "share sent", "rows", "label accuracy", "95% interval", "cost");
        foreach (var point in curve.Points)
            TextRow(html, 0, P(point.Share), point.Rows.ToString("N0", CultureInfo.InvariantCulture), F(point.Accuracy?.Accuracy),
                point.Accuracy is { } a ? $"{F(a.Low)}–{F(a.High)}" : "–", E(Dollars.Format(point.Cost)));
        html.Append("</table>");
        Chart(html, curve);
    }

    /// <summary>Accuracy (y) against share sent (x, 0 to the largest share) as a line with a dot per scored point.</summary>
    private static void Chart(StringBuilder html, FallbackCurve curve)
    {
        var scored = curve.Points.Where(p => p.Accuracy is not null).ToArray();
        if (scored.Length < 2) return;
        double maxShare = Math.Max(curve.Points[^1].Share, 1e-9);
        double low = Math.Floor(scored.Min(p => p.Accuracy!.Accuracy) * 20) / 20, high = Math.Min(1, Math.Ceiling(scored.Max(p => p.Accuracy!.Accuracy) * 20) / 20);
        if (high - low < 0.05) low = Math.Max(0, high - 0.05);
        string X(double share) => (Left + share / maxShare * (Width - Left - Right)).ToString("0.0", CultureInfo.InvariantCulture);
        string Y(double accuracy) => (Height - Bottom - (accuracy - low) / (high - low) * (Height - Bottom - Top)).ToString("0.0", CultureInfo.InvariantCulture);
        html.Append("<svg width=\"").Append(Width).Append("\" height=\"").Append(Height).Append("\" role=\"img\" aria-label=\"label accuracy against the share of rows sent\" ")
            .Append("style=\"font-size:11px;font-family:sans-serif\">")
            .Append($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>")
            .Append($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>");
        foreach (var y in new[] { low, (low + high) / 2, high })
            html.Append($"<text x=\"{Left - 4}\" y=\"{Y(y)}\" text-anchor=\"end\" dominant-baseline=\"middle\">{F(y)}</text>");
        foreach (var p in curve.Points)
            html.Append($"<text x=\"{X(p.Share)}\" y=\"{Height - Bottom + 14}\" text-anchor=\"middle\">{P(p.Share)}</text>");
        html.Append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"")
            .Append(string.Join(' ', scored.Select(p => $"{X(p.Share)},{Y(p.Accuracy!.Accuracy)}"))).Append("\"/>");
        foreach (var p in scored)
            html.Append($"<circle cx=\"{X(p.Share)}\" cy=\"{Y(p.Accuracy!.Accuracy)}\" r=\"3\" fill=\"#1f77b4\"><title>{P(p.Share)}: {F(p.Accuracy!.Accuracy)}</title></circle>");
        html.Append("</svg>");
    }
}
