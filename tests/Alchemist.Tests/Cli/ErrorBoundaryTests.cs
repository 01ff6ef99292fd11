using Alchemist.Cli;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Cli;

/// <summary>
/// Bad input, bad arguments and cancellation through the real command line: one line on stderr that names the file,
/// line or field and says what to do, a documented exit code, and a stack trace only with --verbose.
/// </summary>
public sealed class ErrorBoundaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Programs()
    {
        var folder = _folder.PathOf("programs");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "links.cs"),
            "public static class Links { public static int Label(string text) => text.Contains(\"http\") ? 1 : -1; }");
        return folder;
    }

    private string Spec(string yaml) => _folder.Write("alchemist.yaml", yaml);

    private const string GoodSpecHead = "name: t\nlabels: [ham, spam]\ndata:\n  path: d.csv\n";

    /// <summary>The single stderr line, after checking there is exactly one and no stack frame.</summary>
    private static string OneLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line, got {lines.Length}: {Excerpt.Of(stderr, 2000)}");
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        return lines[0];
    }

    [Fact]
    public async Task A_parquet_file_with_valid_magic_and_a_corrupt_footer_is_a_one_line_data_error()
    {
        // PAR1, some bytes, a footer of garbage with a plausible length, PAR1: the reader trips inside its schema decoder.
        var footer = Enumerable.Range(0, 512).Select(i => (byte)i).ToArray();
        var bytes = "PAR1"u8.ToArray().Concat(new byte[200]).Concat(footer).Concat(BitConverter.GetBytes(footer.Length)).Concat("PAR1"u8.ToArray()).ToArray();
        var parquet = _folder.PathOf("bad.parquet");
        File.WriteAllBytes(parquet, bytes);

        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", parquet, "--programs", Programs(), "--out", _folder.PathOf("run"),
            "--labels", "ham,spam", "--in-process", "--json");

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Contains($"{parquet}: not a readable Parquet file (damaged, truncated or not Parquet)", OneLine(error));
    }

    [Fact]
    public async Task A_data_file_that_cannot_be_read_is_an_io_error_naming_it()
    {
        // Reading /proc/self/mem at offset 0 fails with EIO for any user, root included (a chmod 000 file does not stop root).
        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", "/proc/self/mem", "--format", "csv", "--programs", Programs(),
            "--out", _folder.PathOf("run"), "--labels", "ham,spam", "--in-process", "--json");

        Assert.Equal((int)ExitCode.IoError, code);
        Assert.Equal("error: Input/output error : '/proc/self/mem'. Check the path, its permissions and the free space.", OneLine(error));
    }

    [Fact]
    public async Task A_damaged_response_cache_is_named_with_what_to_do()
    {
        using var fixture = new Alchemist.Tests.Synthesis.SynthesisFixture();
        var cache = Path.Combine(fixture.Root, ".alchemist", "cache.db");
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        File.WriteAllText(cache, new string('#', 4096));

        var (code, _, error) = await CliInProcess.RunCapturingAsync("synthesize", "--spec", fixture.Root, "--dry-run");

        Assert.Equal((int)ExitCode.UserError, code);
        var line = OneLine(error);
        Assert.StartsWith($"error: {cache}: the response cache cannot be opened (SQLite Error 26: 'file is not a database'", line, StringComparison.Ordinal);
        Assert.EndsWith("If the file is damaged, move it away: answers are then asked again (or re-imported from batch files), and nothing else is lost.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unwritable_out_folder_fails_before_any_program_runs()
    {
        var data = _folder.Write("d.csv", "text,label\nhello,ham\nhttp://spam,spam\n");
        var blocker = _folder.Write("a-file", "not a folder");

        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", data, "--programs", Programs(), "--out", Path.Combine(blocker, "run"),
            "--labels", "ham,spam", "--in-process", "--json");

        Assert.Equal((int)ExitCode.UserError, code);
        var line = OneLine(error);
        Assert.Contains($"The run folder {Path.Combine(blocker, "run")} cannot be written", line);
        Assert.EndsWith("choose a folder you can write. Nothing was done.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yaml_nested_fifty_thousand_deep_is_refused_with_its_line_not_a_stack_overflow()
    {
        var spec = Spec("name: t\nlabels: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var (code, _, error) = await CliInProcess.RunCapturingAsync("prompts", "--spec", spec);

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Equal($"error: {spec}, line 2: sections and lists are nested more than 32 deep; a task spec needs two or three levels.", OneLine(error));
    }

    [Fact]
    public async Task A_tab_indenting_line_6_is_reported_on_line_6()
    {
        var spec = Spec("name: t\nlabels: [ham, spam]\ndata:\n  path: d.csv\nmodel:\n\tprovider: openai\n");

        var (code, _, error) = await CliInProcess.RunCapturingAsync("prompts", "--spec", spec);

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.StartsWith($"error: {spec}, line 6: not valid YAML:", OneLine(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_megabyte_task_description_is_refused_at_once_and_a_long_one_names_the_field()
    {
        var huge = Spec(GoodSpecHead + "task_description: " + new string('x', 10 << 20) + "\n");
        var (code, _, error) = await CliInProcess.RunCapturingAsync("synthesize", "--spec", huge, "--dry-run");
        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Contains("the task spec is 10,485,", OneLine(error));
        Assert.Contains("the limit is 1,048,576", error);

        var longer = Spec(GoodSpecHead + "task_description: " + new string('x', 60_000) + "\n");
        (code, _, error) = await CliInProcess.RunCapturingAsync("synthesize", "--spec", longer, "--dry-run");
        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Contains("line 5, field 'task_description': is 60,000 characters; the limit is 50,000", OneLine(error));
    }

    [Fact]
    public async Task A_five_megabyte_line_is_not_echoed_whole()
    {
        var data = _folder.Write("d.csv", "text,label\nhello," + new string('z', 5 << 20) + "\n");

        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", data, "--programs", Programs(), "--out", _folder.PathOf("run"),
            "--labels", "ham,spam", "--label-field", "label", "--in-process", "--json");

        Assert.Equal((int)ExitCode.UserError, code);
        var line = OneLine(error);
        Assert.Contains($"{data}, row 2, field 'label': label 'zzz", line);
        Assert.Contains("more characters)", line);
        Assert.InRange(line.Length, 100, ErrorBoundary.MaxMessageChars + 10);
    }

    [Fact]
    public async Task A_header_only_csv_is_an_error_not_an_empty_matrix()
    {
        var data = _folder.Write("d.csv", "text,label\n");

        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", data, "--programs", Programs(), "--out", _folder.PathOf("run"),
            "--labels", "ham,spam", "--in-process", "--json");

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Equal($"error: {data}: holds no data rows (only a header, or nothing); give a file with at least one row.", OneLine(error));
        Assert.False(File.Exists(Path.Combine(_folder.PathOf("run"), "data", "label_matrix.bin")));
    }

    [Fact]
    public async Task A_bad_argument_is_one_line_and_exit_2()
    {
        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--no-such-option");

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.Contains("(see 'alchemist apply --help')", OneLine(error));
    }

    [Fact]
    public async Task Cancellation_exits_130_with_one_line()
    {
        var data = _folder.Write("d.csv", "text,label\nhello,ham\n");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var (code, _, error) = await CliInProcess.RunCapturingAsync(["apply", "--data", data, "--programs", Programs(), "--out", _folder.PathOf("run"),
            "--labels", "ham,spam", "--in-process", "--json"], cancel.Token);

        Assert.Equal(130, code);
        Assert.StartsWith("error: cancelled; finished work is kept", OneLine(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace_after_the_line()
    {
        var data = _folder.Write("d.csv", "text,label\n");

        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", "--data", data, "--programs", Programs(), "--out", _folder.PathOf("run"),
            "--labels", "ham,spam", "--in-process", "--json", "--verbose");

        Assert.Equal((int)ExitCode.UserError, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("Alchemist.Data.DataFormatException", error);
        Assert.Contains("   at ", error);
    }

    [Fact]
    public void Every_kind_of_failure_maps_to_its_documented_exit_code_and_one_line()
    {
        var cases = new (Exception Error, ExitCode Code, string Text)[]
        {
            (new AlchemistException("bad spec"), ExitCode.UserError, "error: bad spec"),
            (new UnauthorizedAccessException("Access to the path '/data/x.csv' is denied."), ExitCode.IoError,
                "error: Access to the path '/data/x.csv' is denied. Check the permissions of that file or folder, or choose another."),
            (new IOException("No space left on device : '/runs/r/end_model.bin'"), ExitCode.IoError, "error: No space left on device : '/runs/r/end_model.bin'. Check the path"),
            (new AggregateException(new OperationCanceledException()), ExitCode.Cancelled, "error: cancelled"),
            (new Alchemist.Pipeline.RunLockedException("p is in use"), ExitCode.Locked, "error: p is in use"),
            (new InvalidOperationException("boom\nsecond line"), ExitCode.InternalError, "error: internal error (InvalidOperationException: boom second line). This is a bug"),
        };
        foreach (var (error, code, text) in cases)
        {
            var (actual, line) = ErrorBoundary.Describe(error, cancelled: false);
            Assert.Equal(code, actual);
            Assert.StartsWith(text, line, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', line);
        }
        Assert.Equal(ExitCode.Cancelled, ErrorBoundary.Describe(new ObjectDisposedException("x"), cancelled: true).Code);
        Assert.True(ErrorBoundary.Describe(new AlchemistException(new string('x', 5 << 20)), false).Line.Length < ErrorBoundary.MaxMessageChars + 50);
    }
}
