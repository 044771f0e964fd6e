using System.Collections.Concurrent;
using System.Diagnostics;

namespace Inventory.Benchmarks;

/// <summary>
/// A closed-loop load generator: N concurrent loops, each sending its next operation when the previous one answered,
/// for a fixed duration after one warm-up call each. Failed operations are counted (not timed) and the loop goes on.
/// With a <see cref="CpuMeter"/>, the CPU the measured window cost per successful operation is reported too.
/// </summary>
public static class LoadLoop
{
    public sealed record Throughput(double PerSecond, double P50, double P99, long Errors, string? FirstError, CpuMeter.Use? Cpu = null);

    public static async Task<Throughput> MeasureAsync(int workers, TimeSpan duration, Func<int, int, Task> operation, CpuMeter? meter = null)
    {
        for (var w = 0; w < workers; w++) await operation(w, 0);
        var latencies = new ConcurrentBag<double>();
        long errors = 0;
        string? firstError = null;
        var cpuStart = meter?.Snapshot();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            for (var i = 1; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await operation(w, i);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, e.Message, null);
                }
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = meter is null ? null : CpuMeter.Between(cpuStart!, meter.Snapshot());
        var samples = latencies.ToList();
        if (samples.Count == 0) throw new InvalidOperationException($"every operation failed: {firstError}");
        return new Throughput(samples.Count / elapsed, Percentiles.Of(samples, 50), Percentiles.Of(samples, 99), errors, firstError, cpu?.PerOperation(samples.Count));
    }
}
