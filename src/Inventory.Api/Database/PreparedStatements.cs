using Npgsql;

namespace Inventory.Api.Database;

/// <summary>
/// Lets Npgsql prepare the statements a connection sends again and again (a command's reads, the event append, the monthly
/// rows, Wolverine's and the projections' polling), so PostgreSQL parses and plans each once per connection instead of on
/// every command. It also keeps the plans of <c>mt_quick_append_events</c> and of the foreign-key checks: a pooled
/// connection without prepared statements is reset with <c>DISCARD ALL</c>, which throws every cached plan away, so the
/// next command re-plans them all; with prepared statements Npgsql resets it without discarding plans.
/// </summary>
public static class PreparedStatements
{
    /// <summary>More than the distinct statements the host sends on one connection; a connection evicts the least used beyond it.</summary>
    public const int MaxAutoPrepare = 64;
    public const int MinUsages = 2;

    /// <summary>Switches automatic preparation on, unless the connection string sets <c>Max Auto Prepare</c> itself (0 keeps it off).</summary>
    public static void Apply(NpgsqlConnectionStringBuilder builder, string connectionString)
    {
        if (ConnectionPool.Names(connectionString, "maxautoprepare")) return;
        builder.MaxAutoPrepare = MaxAutoPrepare;
        builder.AutoPrepareMinUsages = MinUsages;
    }
}
