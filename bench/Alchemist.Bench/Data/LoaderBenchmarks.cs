using System.Text;
using System.Text.Json;
using Alchemist.Data;
using BenchmarkDotNet.Attributes;
using nietras.SeparatedValues;

namespace Alchemist.Bench.Data;

/// <summary>
/// Loading 1,000,000 labeled rows of 50-200 characters from CSV and JSON Lines, each against the bare parse of the
/// same file (Sep reading the same columns into strings; JsonDocument parsing each line read as a string), so the
/// ratio is the cost of our row checks, label resolution and column building (or, for JSON Lines, what parsing from
/// UTF-8 bytes saves).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class LoaderBenchmarks
{
    private const int Rows = 1_000_000;
    private static readonly LabelSet Labels = new(["ham", "spam"]);
    private string _folder = "";
    private string _csv = "";
    private string _jsonl = "";

    /// <summary>Writes the two files once, from one seeded generator.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "alchemist-bench-data");
        Directory.CreateDirectory(_folder);
        _csv = Path.Combine(_folder, "rows.csv");
        _jsonl = Path.Combine(_folder, "rows.jsonl");
        var random = new Random(42);
        string[] words = ["free", "call", "now", "hello", "meeting", "tomorrow", "win", "prize", "thanks", "see", "you", "at", "the", "office", "txt", "stop"];
        var texts = new string[Rows];
        var labels = new string[Rows];
        var text = new StringBuilder();
        for (var i = 0; i < Rows; i++)
        {
            text.Clear();
            var length = random.Next(50, 201);
            while (text.Length < length) text.Append(words[random.Next(words.Length)]).Append(random.Next(8) == 0 ? ", " : " ");
            texts[i] = text.ToString(0, length);
            labels[i] = random.Next(2) == 0 ? "ham" : "spam";
        }
        TableWriter.Write(_csv, [new TableColumn("text", texts), new TableColumn("label", labels)]);
        TableWriter.Write(_jsonl, [new TableColumn("text", texts), new TableColumn("label", labels)]);
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Sep alone: the same columns read into strings.</summary>
    [Benchmark(Baseline = true)]
    public int CsvBareSep()
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(_csv);
        var texts = new List<string>();
        var spam = 0;
        foreach (var row in reader)
        {
            texts.Add(row[0].ToString());
            if (row[1].Span.SequenceEqual("spam")) spam++;
        }
        return texts.Count + spam;
    }

    /// <summary>Our CSV loader.</summary>
    [Benchmark]
    public int CsvLoader() => DatasetLoader.Load(new DataSourceSpec(_csv, LabelField: "label"), Labels).Count;

    /// <summary>JsonDocument alone, the plain way: each line read as a string and parsed, the same fields read.</summary>
    [Benchmark]
    public int JsonLinesBareParse()
    {
        var texts = new List<string>();
        var spam = 0;
        foreach (var line in File.ReadLines(_jsonl))
        {
            using var doc = JsonDocument.Parse(line);
            texts.Add(doc.RootElement.GetProperty("text").GetString()!);
            if (doc.RootElement.GetProperty("label").ValueEquals("spam")) spam++;
        }
        return texts.Count + spam;
    }

    /// <summary>Our JSON Lines loader.</summary>
    [Benchmark]
    public int JsonLinesLoader() => DatasetLoader.Load(new DataSourceSpec(_jsonl, LabelField: "label"), Labels).Count;
}
