using System.Diagnostics;

namespace Inventory.Benchmarks;

/// <summary>
/// CPU time spent during a measurement by the product's process, by the PostgreSQL backends connected to the benchmark's
/// database, and by this process (the load generator), read from /proc (Linux; elsewhere it reports nothing). With every
/// core busy, throughput follows the CPU each command costs, and that is far less noisy than throughput on a shared machine.
/// </summary>
public sealed class CpuMeter(string database, Process? product)
{
    public sealed record Use(double ProductMs, double PostgresMs, double GeneratorMs)
    {
        public double TotalMs => ProductMs + PostgresMs + GeneratorMs;
        public Use PerOperation(int operations) => new(ProductMs / operations, PostgresMs / operations, GeneratorMs / operations);
    }

    private static readonly double TickMs = 1000.0 / 100; // USER_HZ

    public static bool Available => OperatingSystem.IsLinux() && Directory.Exists("/proc/self");

    public Use Snapshot()
    {
        product?.Refresh();
        return new Use(product?.TotalProcessorTime.TotalMilliseconds ?? 0, PostgresMs(), Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds);
    }

    public static Use Between(Use start, Use end) =>
        new(end.ProductMs - start.ProductMs, end.PostgresMs - start.PostgresMs, end.GeneratorMs - start.GeneratorMs);

    /// <summary>A backend's command line reads "postgres: user database address state"; one that ends during the measurement is lost (pooled connections stay).</summary>
    private double PostgresMs()
    {
        double ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out _)) continue;
            try
            {
                var command = File.ReadAllText(Path.Combine(directory, "cmdline")).Split(' ');
                if (command is not ["postgres:", _, var db, ..] || db != database) continue;
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += double.Parse(fields[11]) + double.Parse(fields[12]); // utime, stime
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read: not one of the benchmark's backends either.
            }
        }

        return ticks * TickMs;
    }
}
