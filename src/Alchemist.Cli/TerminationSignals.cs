using System.Runtime.InteropServices;

namespace Alchemist.Cli;

/// <summary>
/// Turns the first Ctrl-C (SIGINT), SIGTERM or SIGQUIT into a cancellation the running command observes, so it stops
/// cleanly with <see cref="ExitCode.Cancelled"/>; a second signal terminates at once as usual.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    public TerminationSignals()
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(s => PosixSignalRegistration.Create(s, Handle))];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _source.Token;

    private void Handle(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested) return; // the second signal: let the runtime terminate the process
        context.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}
