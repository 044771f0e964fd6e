using Npgsql;

namespace Inventory.Api.Database;

/// <summary>
/// How many connections the host keeps to PostgreSQL at most. Npgsql's own default (100) lets a burst of requests open
/// far more sessions than a small machine runs at once: they then wait on each other inside PostgreSQL (and writers on
/// one segment retry more), instead of waiting for a connection here. Sized from the cores instead, with a floor that
/// leaves room for what holds connections for long (the key listener, Wolverine's agents, the async projections).
/// </summary>
public static class ConnectionPool
{
    public const string Setting = "Inventory:Postgres:MaxPoolSize";
    public const int PerCore = 8;
    public const int Minimum = 16;

    public static int DefaultSize(int cores) => Math.Max(Minimum, cores * PerCore);

    /// <summary>The setting when given, else the connection string's own <c>Maximum Pool Size</c> when it names one, else <see cref="DefaultSize"/>.</summary>
    public static int SizeFor(string connectionString, int? configured, int cores)
    {
        if (configured is { } size)
        {
            if (size < 1) throw new InvalidOperationException($"{Setting} must be at least 1 (it is {size})");
            return size;
        }

        return Names(connectionString, "maximumpoolsize", "maxpoolsize") ? new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize : DefaultSize(cores);
    }

    /// <summary>
    /// Whether the connection string writes one of <paramref name="keys"/> (lower case, without spaces). Npgsql's builder
    /// answers every property (with its default), so what was written is read from the raw pairs.
    /// </summary>
    public static bool Names(string connectionString, params string[] keys)
    {
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return written.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).Any(keys.Contains);
    }
}
