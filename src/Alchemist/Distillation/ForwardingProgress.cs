namespace Alchemist.Distillation;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its handler at once on the reporting thread. Used instead of
/// <see cref="Progress{T}"/>, which posts to the thread pool, so a stage's reports arrive in order and before the stage returns.
/// </summary>
internal sealed class ForwardingProgress<T>(Action<T> handler) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => handler(value);
}
