using System.Diagnostics;

namespace Alchemist.Bench.Labeling;

/// <summary>
/// The original Alchemist's way of running programs: Python functions built by <c>exec</c> from source strings,
/// applied in a plain loop. Runs python3 on the same texts, times the loop inside Python, and checks its votes.
/// </summary>
internal static class PythonBaseline
{
    private const string Script = """
        import json, re, sys, time
        sources = json.load(open(sys.argv[1]))
        texts = open(sys.argv[2], encoding='utf-8').read().split('\n')
        functions = []
        for source in sources:
            scope = {'re': re}
            exec(source, scope)
            functions.append(scope['label'])
        start = time.perf_counter()
        matrix = [[f(t) for f in functions] for t in texts]
        seconds = time.perf_counter() - start
        with open(sys.argv[3], 'wb') as out:
            out.write(bytes((v & 0xFF) for row in matrix for v in row))
        print(seconds)
        """;

    /// <summary>Returns Python's loop time in seconds; throws when its votes differ from <paramref name="expected"/>.</summary>
    public static double Run(string[] texts, LabelMatrix expected)
    {
        var folder = Directory.CreateTempSubdirectory("alchemist-python-").FullName;
        try
        {
            var script = Path.Combine(folder, "run.py");
            var sources = Path.Combine(folder, "programs.json");
            var data = Path.Combine(folder, "texts.txt");
            var output = Path.Combine(folder, "matrix.bin");
            File.WriteAllText(script, Script);
            File.WriteAllText(sources, System.Text.Json.JsonSerializer.Serialize(BenchPrograms.All.Select(p => p.Python).ToArray()));
            File.WriteAllText(data, string.Join('\n', texts));
            var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { script, sources, data, output }) info.ArgumentList.Add(argument);
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEnd();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"python3 failed: {stderr}");
            var votes = File.ReadAllBytes(output);
            var ours = System.Runtime.InteropServices.MemoryMarshal.AsBytes(expected.Cells).ToArray();
            if (!ours.AsSpan().SequenceEqual(votes))
            {
                var cell = Enumerable.Range(0, votes.Length).First(i => i >= ours.Length || ours[i] != votes[i]);
                throw new InvalidOperationException($"Python's votes differ at row {cell / expected.Columns}, program {expected.ProgramNames[cell % expected.Columns]}: " +
                    $"python {(sbyte)votes[cell]}, ours {(sbyte)ours[cell]}: '{texts[cell / expected.Columns]}'");
            }
            return double.Parse(stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
