using System.Net;
using System.Net.Sockets;
using Alchemist.Labeling;
using static Alchemist.Tests.Labeling.TestPrograms;

namespace Alchemist.Tests.Labeling;

/// <summary>
/// Defence in depth: with the checker switched off (as if a program had slipped past it), a worker still cannot read
/// a file outside its inputs, write outside its own folder, connect to a listener on 127.0.0.1, start a process, or
/// see the parent's environment. Run with bubblewrap (the outer layer) and without it (the worker's own seccomp and
/// Landlock layers alone); the benign program beside them labels every row right either way.
/// </summary>
public sealed class JailTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alchemist-jail-").FullName;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private int _accepted;

    public JailTests()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _accepted);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // the listener was stopped
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_unchecked_program_cannot_reach_files_network_processes_or_secrets(bool bubblewrap)
    {
        var canary = Path.Combine(_folder, "canary.txt");
        File.WriteAllText(canary, "CANARY");
        var escaped = Path.Combine(_folder, "escaped.txt");
        var spawned = Path.Combine(_folder, "spawned.txt");
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        Environment.SetEnvironmentVariable("ALCHEMIST_TEST_SECRET", "hunter2");
        var texts = Texts(12);
        var options = new ApplyOptions { Unchecked = true, UseBubblewrap = bubblewrap, Parallelism = 2, SmokeSampleSize = 0 };
        using var applier = new ProgramApplier(options);

        var result = await applier.ApplyAsync(
        [
            Program("read_canary", $"return System.IO.File.ReadAllText({Literal(canary)}) == \"CANARY\" ? 1 : 0;"),
            Program("write_outside", $"System.IO.File.WriteAllText({Literal(escaped)}, text); return 1;"),
            Program("connect", $"using var c = new System.Net.Sockets.TcpClient(); c.Connect(\"127.0.0.1\", {port}); return 1;"),
            Program("spawn", $"using var p = System.Diagnostics.Process.Start(\"/bin/sh\", new[] {{ \"-c\", \"echo x > {spawned}\" }}); p!.WaitForExit(); return 1;"),
            Program("secret", "return Environment.GetEnvironmentVariable(\"ALCHEMIST_TEST_SECRET\") is null ? 0 : 1;"),
            Benign[0].Source,
        ], HamSpam, texts);

        for (var j = 0; j < 4; j++)
        {
            var stats = result.Programs[j];
            Assert.True(stats.Votes == 0, $"{stats.Name} voted {stats.Votes} times: the jail let it through");
            Assert.True(stats.FaultCount > 0 || stats.Quarantined, $"{stats.Name} neither faulted nor was stopped");
        }
        Assert.All(Enumerable.Range(0, texts.Length), i => Assert.Equal(0, result.Matrix[i, 4]));
        AssertColumn(result.Matrix, 5, texts, Benign[0].Expected);
        Assert.False(File.Exists(escaped), "a worker wrote outside its folder");
        Assert.False(File.Exists(spawned), "a worker started a process");
        Assert.Equal(0, Volatile.Read(ref _accepted));
        Assert.Empty(result.JailProblems);
    }

    [Fact]
    public async Task Native_memory_beyond_the_allowance_fails_although_the_GC_heap_limit_does_not_cover_it()
    {
        // 3 GB of native memory (never touched, so without a cap the kernel would simply grant it) against a 2 GB allowance.
        var texts = Texts(3);
        using var applier = new ProgramApplier(new ApplyOptions { Unchecked = true, Parallelism = 1, SmokeSampleSize = 0 });
        var result = await applier.ApplyAsync(
            [Program("native_hog", "var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(new IntPtr(3L << 30)); System.Runtime.InteropServices.Marshal.FreeHGlobal(p); return 1;")],
            HamSpam, texts);

        var stats = result.Programs[0];
        Assert.Equal(0, stats.Votes);
        Assert.Equal(texts.Length, stats.Faults.GetValueOrDefault(ProgramFaultKind.OutOfMemory));
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ALCHEMIST_TEST_SECRET", null);
        _listener.Stop();
        Directory.Delete(_folder, recursive: true);
    }
}
