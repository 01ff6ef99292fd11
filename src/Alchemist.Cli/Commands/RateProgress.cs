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
    public static Progress Create() => StandardError.Console.Progress().AutoClear(true).Columns(
        new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsPerSecondColumn(), new RemainingTimeColumn());

    /// <summary>"1,234 rows/s" from the task's measured speed.</summary>
    private sealed class RowsPerSecondColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:N0} rows/s" : "… rows/s", new Style(Color.Grey));
    }
}
