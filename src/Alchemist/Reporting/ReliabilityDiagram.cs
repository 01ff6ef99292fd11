using System.Globalization;
using System.Text;
using Alchemist.Aggregation;
using Alchemist.Evaluation;

namespace Alchemist.Reporting;

/// <summary>One bin of a reliability diagram: rows whose confidence fell in it, their mean confidence and accuracy.</summary>
/// <param name="Rows">Rows in the bin.</param>
/// <param name="Confidence">Mean of the most probable class's probability.</param>
/// <param name="Accuracy">Share of those rows whose most probable class is the gold one.</param>
public sealed record CalibrationBin(int Rows, double Confidence, double Accuracy);

/// <summary>
/// Reliability diagrams as inline SVG: confidence (the most probable class's probability) binned as in
/// <see cref="Metrics.CalibrationBins"/>, against the accuracy in each bin; a calibrated model lies on the diagonal.
/// </summary>
public static class ReliabilityDiagram
{
    /// <summary>The bins of <paramref name="probabilities"/> against <paramref name="gold"/> (rows with unknown gold skipped).</summary>
    public static IReadOnlyList<CalibrationBin> Bins(Pseudolabels probabilities, IReadOnlyList<int> gold)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(gold);
        var k = Metrics.CalibrationBins;
        var rows = new int[k];
        var confidence = new double[k];
        var correct = new int[k];
        for (var r = 0; r < probabilities.Rows; r++)
        {
            if (gold[r] < 0) continue;
            var row = probabilities.Row(r);
            var best = 0;
            for (var c = 1; c < row.Length; c++) if (row[c] > row[best]) best = c;
            var bin = Math.Min(k - 1, (int)(row[best] * k));
            rows[bin]++;
            confidence[bin] += row[best];
            if (best == gold[r]) correct[bin]++;
        }
        return Enumerable.Range(0, k).Select(b => rows[b] == 0 ? new CalibrationBin(0, 0, 0) : new CalibrationBin(rows[b], confidence[b] / rows[b], (double)correct[b] / rows[b])).ToArray();
    }

    /// <summary>An SVG of one or more series (name → bins), each a coloured polyline of non-empty bins with dots sized by rows.</summary>
    public static string Svg(IReadOnlyList<(string Name, IReadOnlyList<CalibrationBin> Bins)> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        const int size = 320, pad = 40;
        string X(double v) => (pad + v * size).ToString("0.0", CultureInfo.InvariantCulture);
        string Y(double v) => (pad + (1 - v) * size).ToString("0.0", CultureInfo.InvariantCulture);
        string[] colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"reliability\" width=\"{size + 2 * pad + 120}\" height=\"{size + 2 * pad}\" role=\"img\" aria-label=\"Reliability diagram\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{pad}\" y=\"{pad}\" width=\"{size}\" height=\"{size}\" fill=\"#fafafa\" stroke=\"#999\"/>");
        for (var t = 0; t <= 10; t += 2)
        {
            var v = t / 10.0;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(v)}\" y=\"{pad + size + 15}\" font-size=\"10\" text-anchor=\"middle\">{v:0.0}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{pad - 5}\" y=\"{Y(v)}\" font-size=\"10\" text-anchor=\"end\">{v:0.0}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1)}\" y2=\"{Y(1)}\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{pad + size / 2}\" y=\"{pad + size + 32}\" font-size=\"11\" text-anchor=\"middle\">confidence</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{pad + size / 2}\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 12 {pad + size / 2})\">accuracy</text>");
        for (var s = 0; s < series.Count; s++)
        {
            var colour = colours[s % colours.Length];
            var bins = series[s].Bins.Where(b => b.Rows > 0).ToArray();
            var total = Math.Max(1, bins.Sum(b => b.Rows));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', bins.Select(b => X(b.Confidence) + "," + Y(b.Accuracy)))}\"/>");
            foreach (var b in bins)
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(b.Confidence)}\" cy=\"{Y(b.Accuracy)}\" r=\"{2 + 6 * Math.Sqrt((double)b.Rows / total):0.0}\" fill=\"{colour}\"><title>{b.Rows} rows: confidence {b.Confidence:0.000}, accuracy {b.Accuracy:0.000}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{pad + size + 10}\" y=\"{pad + 14 + 16 * s}\" font-size=\"11\" fill=\"{colour}\">{System.Net.WebUtility.HtmlEncode(series[s].Name)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
