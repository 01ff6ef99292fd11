using Spectre.Console;
using Spectre.Console.Rendering;

namespace Alchemist.Cli.Commands;

/// <summary>
/// The progress display for long work over rows: description, bar, percentage, rows per second and the time left, so a
/// user can tell within seconds whether a job takes minutes or hours.
/// </summary>
internal static class RateProgress
{
    /// <summary>A progress display on stderr with the rate and time-left columns.</summary>
    public static Progress Create(IAnsiConsole console) => console.Progress().AutoClear(true).Columns(
        new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn());

    /// <summary>
    /// A reporter that shows each named piece of work as its own line, created on its first report; safe to call from the
    /// working threads.
    /// </summary>
    public static Action<string, long, long> Reporter(ProgressContext context)
    {
        var tasks = new Dictionary<string, ProgressTask>();
        return (name, done, total) =>
        {
            lock (tasks)
            {
                if (!tasks.TryGetValue(name, out var task)) tasks[name] = task = context.AddTask(Markup.Escape(name), maxValue: Math.Max(1, total));
                task.MaxValue = Math.Max(1, total);
                task.Value = done;
            }
        };
    }

    /// <summary>An <see cref="IProgress{T}"/> calling <paramref name="handler"/> at once on the reporting thread.</summary>
    public static IProgress<T> Of<T>(Action<T> handler) => new Handler<T>(handler);

    private sealed class Handler<T>(Action<T> handler) : IProgress<T>
    {
        public void Report(T value) => handler(value);
    }

    /// <summary>"1,234/s" from the task's measured speed (rows, texts or epochs, as the description says).</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:N0}/s" : "…/s", new Style(Color.Grey));
    }
}
