using Alchemist.Programs;

namespace Alchemist.Tests.Programs;

/// <summary>The process-wide regex backstop the worker sets at start.</summary>
public sealed class ProgramSandboxTests
{
    [Fact]
    public void RegexTimeoutMustBePositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgramSandbox.InitializeProcess(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgramSandbox.InitializeProcess(TimeSpan.FromSeconds(-1)));
    }
}
