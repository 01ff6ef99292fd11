using Alchemist.Labeling;
using Alchemist.Pipeline;
using static Alchemist.Tests.Labeling.TestPrograms;

namespace Alchemist.Tests.Labeling;

/// <summary>What comes out of a worker is the program's text, and what goes into a run is a plain file.</summary>
public sealed class WorkerOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alchemist-output-").FullName;

    [Fact]
    public async Task Terminal_escape_sequences_in_a_fault_message_are_shown_not_obeyed()
    {
        using var applier = new ProgramApplier(new ApplyOptions { Parallelism = 1, SmokeSampleSize = 0 });
        var result = await applier.ApplyAsync([Program("escape", "throw new InvalidOperationException(\"\\u001b[2J\\u001b]0;owned\\u0007\");")], HamSpam, Texts(3));

        var message = result.Programs[0].FaultExamples[0].Message;
        Assert.DoesNotContain(message, char.IsControl);
        Assert.Contains("\\u001b[2J", message);
    }

    [Fact]
    public void A_symbolic_link_in_the_programs_folder_is_refused_not_followed()
    {
        var secret = Path.Combine(_folder, "secret.txt");
        File.WriteAllText(secret, "not a program");
        var programs = Directory.CreateDirectory(Path.Combine(_folder, "programs")).FullName;
        File.WriteAllText(Path.Combine(programs, "a.cs"), "public static class P { public static int Label(string t) => 0; }");
        File.CreateSymbolicLink(Path.Combine(programs, "b.cs"), secret);

        var error = Assert.Throws<AlchemistException>(() => ProgramFolder.Load(programs));
        Assert.Contains("b.cs is a symbolic link", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
