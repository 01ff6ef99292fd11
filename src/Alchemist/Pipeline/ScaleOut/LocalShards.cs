using System.Diagnostics;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>
/// <c>--parallel P</c>: the embedded scheduler. Runs every unfinished shard of a plan as a local child process
/// (<c>alchemist apply PROJECT --shard K</c> or <c>alchemist predict PROJECT --shard K</c>), at most P at a time, the way
/// a job array would on a cluster; finished shards (with their step's marker) are not started.
/// </summary>
internal static class LocalShards
{
    /// <summary>Lines of a failed shard's stderr quoted in the error.</summary>
    private const int ErrorLines = 3;

    /// <summary>Runs the shards.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="finished">Whether shard K has finished the step (its marker).</param>
    /// <param name="parallel">Processes at a time, at least 1.</param>
    /// <param name="start">The command line of shard K's process.</param>
    /// <param name="onFinished">Hears each shard that ended well (in completion order).</param>
    /// <param name="cancellationToken">Ends the children (this process started them) and stops.</param>
    /// <returns>The shards run (those already finished are not among them).</returns>
    /// <exception cref="AlchemistException">Some shards failed: their indices, exit codes and last error lines.</exception>
    public static async Task<IReadOnlyList<int>> RunAsync(ShardPlan plan, Func<int, bool> finished, int parallel, Func<int, ProcessStartInfo> start,
        Action<int>? onFinished = null, CancellationToken cancellationToken = default)
    {
        if (parallel < 1) throw new AlchemistException($"--parallel must be at least 1, got {parallel}.");
        var pending = plan.Shards.Where(s => !finished(s.Index)).Select(s => s.Index).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (index, ct) =>
        {
            var info = start(index);
            info.RedirectStandardError = true;
            info.RedirectStandardOutput = true;
            info.UseShellExecute = false;
            using var process = Process.Start(info) ?? throw new AlchemistException($"Could not start shard {index}: {info.FileName}.");
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            await Task.WhenAll(error, output).ConfigureAwait(false);
            if (process.ExitCode == 0) onFinished?.Invoke(index);
            else
            {
                var lines = (await error.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                failures[index] = $"shard {index} exited with {process.ExitCode}: {string.Join(" / ", lines.TakeLast(ErrorLines))}";
            }
        }).ConfigureAwait(false);
        if (!failures.IsEmpty)
            throw new AlchemistException($"{failures.Count} of {pending.Length} shards failed ({string.Join("; ", failures.OrderBy(f => f.Key).Take(5).Select(f => f.Value))}); " +
                "fix the cause and run the same command again: finished shards are skipped.");
        return pending;
    }
}
