using System.Globalization;
using System.Xml.Linq;
using Alchemist.Aggregation;
using Alchemist.Evaluation;
using Alchemist.Reporting;

namespace Alchemist.Tests.Reporting;

/// <summary>The reliability diagram is legible: labelled axes with ticks, the diagonal, rows per bin, the ECE, a legend.</summary>
public sealed class ReliabilityDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Two classes, 200 rows: confidence spread over the upper bins, the model right more often the surer it is.</summary>
    private static (Pseudolabels Probabilities, int[] Gold) Example()
    {
        const int rows = 200;
        var probabilities = new float[rows * 2];
        var gold = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            var confidence = 0.5f + 0.49f * ((r * 37) % rows) / rows;
            var predicted = r % 2;
            probabilities[2 * r + predicted] = confidence;
            probabilities[2 * r + 1 - predicted] = 1 - confidence;
            // Right on a share of rows that trails the confidence: an overconfident model.
            gold[r] = (r * 53) % 100 < confidence * 85 ? predicted : 1 - predicted;
        }
        return (new Pseudolabels(2, probabilities, Enumerable.Repeat(true, rows).ToArray()), gold);
    }

    [Fact]
    public void Has_labelled_axes_with_ticks_the_diagonal_rows_per_bin_and_each_series_ece_in_a_legend()
    {
        var (probabilities, gold) = Example();
        var bins = ReliabilityDiagram.Bins(probabilities, gold);
        var svg = XDocument.Parse(ReliabilityDiagram.Svg([("train", bins), ("test", bins.Take(8).Append(new CalibrationBin(0, 0, 0)).Append(new CalibrationBin(0, 0, 0)).ToArray())])).Root!;
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToArray();

        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Attribute("class")?.Value == "axis-label x" && t.Value.StartsWith("Confidence", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Attribute("class")?.Value == "axis-label y" && t.Value.StartsWith("Accuracy", StringComparison.Ordinal));
        foreach (var axis in new[] { "tick x", "tick y" })
        {
            var ticks = svg.Descendants(Svg + "text").Where(t => t.Attribute("class")?.Value == axis).Select(t => t.Value).ToArray();
            Assert.Equal(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], axis == "tick x" ? ticks : ticks.Where(t => t.Contains('.')).ToArray());
        }
        Assert.Single(svg.Descendants(Svg + "line"), l => l.Attribute("class")?.Value == "diagonal");
        Assert.Contains("perfect calibration", texts);

        // The ECE printed is the row-weighted gap of the bins, which without ties is the ECE of the scores.
        var answers = Enumerable.Range(0, gold.Length).Select(r => probabilities.Row(r)[1] > probabilities.Row(r)[0] ? 1 : 0).ToArray();
        var ece = Metrics.Score(gold, answers, probabilities).Ece;
        Assert.Equal(ece, ReliabilityDiagram.Ece(bins), 1e-9);
        Assert.True(ece > 0.02, $"the example should be visibly miscalibrated, ECE {ece}");
        var printed = svg.Descendants(Svg + "text").Where(t => t.Attribute("class")?.Value == "ece").Select(t => t.Value).ToArray();
        Assert.Equal(2, printed.Length);
        Assert.Equal($"ECE {ece.ToString("0.000", CultureInfo.InvariantCulture)} · 200 rows", printed[0]);
        Assert.Contains("train", texts);
        Assert.Contains("test", texts);

        // Rows per bin: one bar per non-empty bin and series, the tallest for the fullest bin.
        var bars = svg.Descendants(Svg + "g").Single(g => g.Attribute("class")?.Value == "histogram").Elements(Svg + "rect").Skip(1).ToArray();
        Assert.Equal(bins.Count(b => b.Rows > 0) + bins.Take(8).Count(b => b.Rows > 0), bars.Length);
        var fullest = bins.Max(b => b.Rows);
        Assert.Contains(fullest.ToString("N0", CultureInfo.InvariantCulture), texts);
        // Dots: area grows with the bin's rows.
        var dots = svg.Descendants(Svg + "g").First(g => g.Attribute("class")?.Value == "series").Elements(Svg + "circle")
            .Select(c => (Radius: double.Parse(c.Attribute("r")!.Value, CultureInfo.InvariantCulture), Rows: int.Parse(c.Element(Svg + "title")!.Value.Split(':')[1].Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)))
            .OrderBy(d => d.Rows).ToArray();
        Assert.True(dots[0].Radius < dots[^1].Radius);
    }

    [Fact]
    public void Colours_have_enough_contrast_against_white()
    {
        var (probabilities, gold) = Example();
        var bins = ReliabilityDiagram.Bins(probabilities, gold);
        var svg = ReliabilityDiagram.Svg([("a", bins), ("b", bins), ("c", bins), ("d", bins)]);
        var colours = XDocument.Parse(svg).Descendants(Svg + "polyline").Select(p => p.Attribute("stroke")!.Value).ToArray();
        Assert.Equal(4, colours.Distinct().Count());
        // WCAG's 3:1 for graphics, against the white plot.
        Assert.All(colours, c => Assert.True(Contrast(c) >= 3, $"{c}: contrast {Contrast(c):0.00}"));
    }

    private static double Contrast(string hex)
    {
        static double Channel(int v)
        {
            var c = v / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var rgb = Convert.FromHexString(hex[1..]);
        var luminance = 0.2126 * Channel(rgb[0]) + 0.7152 * Channel(rgb[1]) + 0.0722 * Channel(rgb[2]);
        return 1.05 / (luminance + 0.05);
    }
}
