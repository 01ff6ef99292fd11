using System.Globalization;
using System.Text;
using Alchemist.Aggregation;
using Alchemist.Evaluation;

namespace Alchemist.Reporting;

/// <summary>One bin of a reliability diagram: rows whose confidence fell in it, their mean confidence and accuracy.</summary>
/// <param name="Rows">Rows in the bin.</param>
/// <param name="Confidence">Mean of the most probable class's probability.</param>
/// <param name="Accuracy">Share of those rows whose most probable class is the gold one.</param>
internal sealed record CalibrationBin(int Rows, double Confidence, double Accuracy);

/// <summary>
/// Reliability diagrams as inline SVG: confidence (the most probable class's probability) binned as in
/// <see cref="Metrics.CalibrationBins"/>, against the accuracy in each bin; a calibrated model lies on the diagonal.
/// </summary>
internal static class ReliabilityDiagram
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

    /// <summary>The expected calibration error of the bins drawn: the row-weighted mean gap between accuracy and confidence.</summary>
    public static double Ece(IReadOnlyList<CalibrationBin> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var rows = bins.Sum(b => b.Rows);
        return rows == 0 ? 0 : bins.Sum(b => b.Rows * Math.Abs(b.Accuracy - b.Confidence)) / rows;
    }

    // Okabe–Ito colours: told apart with the common colour-vision deficiencies, each at least 3:1 against white.
    private static readonly string[] Colours = ["#0072B2", "#D55E00", "#009E73", "#8E44AD"];

    // Layout in px: the reliability plot, the rows-per-bin histogram under it (same x axis), the legend to the right.
    private const int Left = 64, Top = 40, Plot = 340, Gap = 14, Histogram = 80, LegendWidth = 260;
    private const int HistogramTop = Top + Plot + Gap, Bottom = HistogramTop + Histogram, Width = Left + Plot + 24 + LegendWidth, Height = Bottom + 52;

    /// <summary>
    /// An SVG of one or more series (name → bins): per series a line through its non-empty bins with dots whose area
    /// grows with the bin's rows, the dashed diagonal of perfect calibration, axes with ticks every 0.1 and labels, a
    /// rows-per-bin histogram under the plot, and a legend giving each series' ECE and rows. Self-contained (no fonts,
    /// scripts or links), so the report stays one file.
    /// </summary>
    public static string Svg(IReadOnlyList<(string Name, IReadOnlyList<CalibrationBin> Bins)> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var svg = new StringBuilder();
        void Add(FormattableString element) => svg.Append(element.ToString(CultureInfo.InvariantCulture));
        Add($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"reliability\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" style=\"max-width:100%;height:auto\" role=\"img\" aria-label=\"Reliability diagram: accuracy against confidence per bin\" font-family=\"system-ui, sans-serif\" font-size=\"12\" fill=\"#222\">");
        Add($"<title>Reliability diagram</title>");
        Add($"<text x=\"{Left}\" y=\"22\" font-size=\"14\" font-weight=\"600\">Reliability: accuracy against confidence</text>");
        Add($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Plot}\" height=\"{Plot}\" fill=\"#fff\" stroke=\"#333\"/>");
        for (var t = 0; t <= 10; t++)
        {
            var v = t / 10.0;
            if (t is > 0 and < 10)
            {
                Add($"<line class=\"grid\" x1=\"{X(v):0.#}\" y1=\"{Top}\" x2=\"{X(v):0.#}\" y2=\"{Top + Plot}\" stroke=\"#e3e3e3\"/>");
                Add($"<line class=\"grid\" x1=\"{Left}\" y1=\"{Y(v):0.#}\" x2=\"{Left + Plot}\" y2=\"{Y(v):0.#}\" stroke=\"#e3e3e3\"/>");
            }
            // Ticks on both axes (the x axis is shared with the histogram, so its ticks sit under the histogram).
            Add($"<line x1=\"{X(v):0.#}\" y1=\"{Bottom}\" x2=\"{X(v):0.#}\" y2=\"{Bottom + 5}\" stroke=\"#333\"/>");
            Add($"<line x1=\"{Left - 5}\" y1=\"{Y(v):0.#}\" x2=\"{Left}\" y2=\"{Y(v):0.#}\" stroke=\"#333\"/>");
            if (t % 2 != 0) continue;
            Add($"<text class=\"tick x\" x=\"{X(v):0.#}\" y=\"{Bottom + 18}\" text-anchor=\"middle\">{v:0.0}</text>");
            Add($"<text class=\"tick y\" x=\"{Left - 8}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{v:0.0}</text>");
        }
        Add($"<text class=\"axis-label x\" x=\"{Left + Plot / 2}\" y=\"{Bottom + 40}\" text-anchor=\"middle\" font-size=\"13\">Confidence (probability of the most likely class)</text>");
        Add($"<text class=\"axis-label y\" x=\"18\" y=\"{Top + Plot / 2}\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 18 {Top + Plot / 2})\">Accuracy (share of rows right)</text>");
        Add($"<line class=\"diagonal\" x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1)}\" y2=\"{Y(1)}\" stroke=\"#555\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");

        var allBins = series.Select(s => s.Bins).ToArray();
        for (var s = 0; s < series.Count; s++) Series(svg, series[s].Name, series[s].Bins, Colours[s % Colours.Length]);
        RowsHistogram(svg, allBins);
        Legend(svg, series);
        return svg.Append("</svg>").ToString();
    }

    private static double X(double v) => Left + v * Plot;

    private static double Y(double v) => Top + (1 - v) * Plot;

    private static void Series(StringBuilder svg, string name, IReadOnlyList<CalibrationBin> all, string colour)
    {
        var bins = all.Where(b => b.Rows > 0).ToArray();
        var total = Math.Max(1, bins.Sum(b => b.Rows));
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"series\"><title>{E(name)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" points=\"{string.Join(' ', bins.Select(b => string.Create(CultureInfo.InvariantCulture, $"{X(b.Confidence):0.#},{Y(b.Accuracy):0.#}")))}\"/>");
        // Dot area proportional to the bin's share of rows; a white ring keeps overlapping dots apart.
        foreach (var b in bins)
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{X(b.Confidence):0.#}\" cy=\"{Y(b.Accuracy):0.#}\" r=\"{3 + 9 * Math.Sqrt((double)b.Rows / total):0.#}\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"1\"><title>{E(name)}: {b.Rows:N0} rows, confidence {b.Confidence:0.000}, accuracy {b.Accuracy:0.000}</title></circle>");
        svg.Append("</g>");
    }

    /// <summary>Rows per confidence bin, one bar per series side by side, on the plot's x axis.</summary>
    private static void RowsHistogram(StringBuilder svg, IReadOnlyList<IReadOnlyList<CalibrationBin>> series)
    {
        var max = Math.Max(1, series.SelectMany(s => s).Max(b => (int?)b.Rows) ?? 0);
        var k = Metrics.CalibrationBins;
        var binWidth = (double)Plot / k;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"histogram\"><rect x=\"{Left}\" y=\"{HistogramTop}\" width=\"{Plot}\" height=\"{Histogram}\" fill=\"#fafafa\" stroke=\"#333\"/>");
        for (var s = 0; s < series.Count; s++)
        {
            var width = (binWidth - 4) / series.Count;
            for (var b = 0; b < Math.Min(k, series[s].Count); b++)
            {
                var rows = series[s][b].Rows;
                if (rows == 0) continue;
                var height = Math.Max(1, (double)rows / max * (Histogram - 6));
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{Left + b * binWidth + 2 + s * width:0.#}\" y=\"{HistogramTop + Histogram - height:0.#}\" width=\"{width:0.#}\" height=\"{height:0.#}\" fill=\"{Colours[s % Colours.Length]}\"><title>{rows:N0} rows with confidence {b / (double)k:0.0}–{(b + 1) / (double)k:0.0}</title></rect>");
            }
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick y\" x=\"{Left - 8}\" y=\"{HistogramTop + 10}\" text-anchor=\"end\">{max:N0}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick y\" x=\"{Left - 8}\" y=\"{HistogramTop + Histogram}\" text-anchor=\"end\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-label rows\" x=\"18\" y=\"{HistogramTop + Histogram / 2}\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 18 {HistogramTop + Histogram / 2})\">Rows</text>");
        svg.Append("</g>");
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<(string Name, IReadOnlyList<CalibrationBin> Bins)> series)
    {
        var x = Left + Plot + 24;
        var y = Top + 8;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"legend\"><text x=\"{x}\" y=\"{y}\" font-weight=\"600\">Legend</text>");
        for (var s = 0; s < series.Count; s++)
        {
            y += 26;
            var colour = Colours[s % Colours.Length];
            var rows = series[s].Bins.Sum(b => b.Rows);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{y - 4}\" x2=\"{x + 22}\" y2=\"{y - 4}\" stroke=\"{colour}\" stroke-width=\"2.5\"/><circle cx=\"{x + 11}\" cy=\"{y - 4}\" r=\"4\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 30}\" y=\"{y}\">{E(series[s].Name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ece\" x=\"{x + 30}\" y=\"{y + 15}\" fill=\"#444\">ECE {Ece(series[s].Bins):0.000} · {rows:N0} rows</text>");
            y += 14;
        }
        y += 26;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{y - 4}\" x2=\"{x + 22}\" y2=\"{y - 4}\" stroke=\"#555\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/><text x=\"{x + 30}\" y=\"{y}\">perfect calibration</text>");
        y += 22;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" fill=\"#444\">Dot area and bars: rows per bin.</text>");
        y += 16;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" fill=\"#444\">Below the diagonal: overconfident.</text>");
        svg.Append("</g>");
    }

    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);
}
