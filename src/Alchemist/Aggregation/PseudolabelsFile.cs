using System.Globalization;
using System.Text;
using Alchemist.Data;

namespace Alchemist.Aggregation;

/// <summary>
/// Reads and writes <c>RUNDIR/SPLIT/pseudolabels.csv</c>, the label model's output that the end model trains on.
/// </summary>
/// <remarks>
/// UTF-8 CSV with a header <c>row,covered,p_0,…,p_{k−1}</c> and one line per row of the split, in order:
/// <c>row</c> is the 0-based row index in the split (the order of the split's label matrix and data source),
/// <c>covered</c> is 1 when at least one program voted on the row and 0 otherwise (uncovered rows carry the model's
/// prior or a uniform row; most users drop them when training), and <c>p_y</c> is P(Y = y | votes) for class id y
/// (names in <c>run.json</c>'s labels), written with invariant culture in round-trip form; each row sums to 1.
/// Writes are atomic.
/// </remarks>
internal static class PseudolabelsFile
{
    /// <summary>Probabilities of a row may miss 1 by this much (float rounding of k numbers).</summary>
    public const double SumTolerance = 1e-3;

    /// <summary>Writes <paramref name="pseudolabels"/> to <paramref name="path"/> atomically, with its <see cref="ArtifactChecksum"/>.</summary>
    public static void Save(string path, Pseudolabels pseudolabels)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20);
            writer.Write("row,covered");
            for (var y = 0; y < pseudolabels.Classes; y++) writer.Write($",p_{y}");
            writer.Write('\n');
            Span<char> buffer = stackalloc char[32];
            for (var r = 0; r < pseudolabels.Rows; r++)
            {
                writer.Write(r);
                writer.Write(pseudolabels.Covered[r] ? ",1" : ",0");
                foreach (var p in pseudolabels.Row(r))
                {
                    writer.Write(',');
                    p.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
                    writer.Write(buffer[..written]);
                }
                writer.Write('\n');
            }
        });
        ArtifactChecksum.Record(path);
    }

    /// <summary>Reads a file written by <see cref="Save"/>.</summary>
    /// <exception cref="DataFormatException">Bad header, row index, flag or probability; the message names line and field.</exception>
    public static Pseudolabels Load(string path)
    {
        if (!File.Exists(path)) throw new AlchemistException($"Pseudolabel file {path} does not exist.");
        ArtifactChecksum.Verify(path, "re-run `alchemist aggregate`");
        using var reader = new StreamReader(path, Encoding.UTF8, false, 1 << 20);
        var header = reader.ReadLine() ?? throw new DataFormatException(path, 1, null, "empty file; expected a header row,covered,p_0,...");
        var names = header.Split(',');
        var classes = names.Length - 2;
        if (classes < 2 || names[0] != "row" || names[1] != "covered" || names.Skip(2).Where((n, y) => n != $"p_{y}").Any())
            throw new DataFormatException(path, 1, null, $"header '{header}' is not row,covered,p_0,...,p_k-1 with at least 2 classes");
        var probabilities = new List<float>();
        var covered = new List<bool>();
        string? line;
        var lineNumber = 1L;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var span = line.AsSpan();
            var field = 0;
            var sum = 0.0;
            foreach (var range in span.Split(','))
            {
                var text = span[range];
                if (field >= classes + 2) throw new DataFormatException(path, lineNumber, null, $"more than {classes + 2} fields");
                if (field == 0)
                {
                    if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index != covered.Count)
                        throw new DataFormatException(path, lineNumber, "row", $"expected row index {covered.Count}, got '{text}'");
                }
                else if (field == 1)
                {
                    if (text is not "0" and not "1") throw new DataFormatException(path, lineNumber, "covered", $"expected 0 or 1, got '{text}'");
                    covered.Add(text is "1");
                }
                else
                {
                    if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || !(p >= 0 && p <= 1))
                        throw new DataFormatException(path, lineNumber, names[field], $"'{text}' is not a probability in [0, 1]");
                    probabilities.Add(p);
                    sum += p;
                }
                field++;
            }
            if (field != classes + 2) throw new DataFormatException(path, lineNumber, null, $"expected {classes + 2} fields, got {field}");
            if (Math.Abs(sum - 1) > SumTolerance) throw new DataFormatException(path, lineNumber, null, $"probabilities sum to {sum}, not 1");
        }
        return new Pseudolabels(classes, probabilities.ToArray(), covered.ToArray());
    }
}
