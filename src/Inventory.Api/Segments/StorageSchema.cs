using Inventory.Domain.Portfolio;
using Marten;
using Inventory.Api.Database;
using Npgsql;

namespace Inventory.Api.Segments;

/// <summary>
/// The store's tables, and the upgrade of a database written before the monthly rows or the dated rows existed: the rows
/// are filled, and the segments' documents rewritten without their monthly figures and dated entries, by rebuilding the
/// projections from the events (which are never touched); the old report columns are dropped. Runs at start (and before the commands that work
/// without a host); safe to run again, and from several processes at once.
/// </summary>
public sealed class StorageSchema(IDocumentStore store, NpgsqlDataSource dataSource, ILogger<StorageSchema> logger) : IHostedService
{
    /// <summary>Generated columns on the portfolio table that reports read before the monthly rows.</summary>
    private static readonly string[] OldReportColumns = ["report_figures", "report_name", "report_latest_effective_date"];

    // Marten's schema is in place already (SchemaStamp starts before).
    public Task StartAsync(CancellationToken ct) => UpgradeAsync(store, dataSource, logger, ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Creates or updates Marten's tables and ours, then upgrades what an earlier version wrote.</summary>
    public static async Task EnsureAsync(IDocumentStore store, NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await SchemaStamp.EnsureAsync(store, dataSource, ct);
        await UpgradeAsync(store, dataSource, null, ct);
    }

    public static async Task UpgradeAsync(IDocumentStore store, NpgsqlDataSource dataSource, ILogger? logger, CancellationToken ct)
    {
        var schema = store.Options.DatabaseSchemaName;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var types = MonthlyEventTypes(store);
        if (await NeedsUpgradeAsync(connection, schema, store.Options.Events.DatabaseSchemaName, types, ct) is (false, false)) return;

        // One process upgrades; the others wait for it, then find nothing left to do.
        await using (var lockCommand = new NpgsqlCommand("select pg_advisory_lock(hashtext('inventory-storage-upgrade'))", connection))
            await lockCommand.ExecuteNonQueryAsync(ct);
        try
        {
            var (monthly, dated) = await NeedsUpgradeAsync(connection, schema, store.Options.Events.DatabaseSchemaName, types, ct);
            if (!monthly && !dated) return;
            logger?.LogInformation("Upgrading the store: filling the monthly and dated rows and slimming the segment documents from the events");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using (var daemon = await store.BuildProjectionDaemonAsync())
            {
                if (monthly) await daemon.RebuildProjectionAsync(RelationshipMonthsProjection.ProjectionName, ct);
                // The rows first, the documents last: until every document is slim, the next start does it again.
                await daemon.RebuildProjectionAsync(DatedEntriesProjection.ProjectionName, ct);
                await daemon.RebuildProjectionAsync<SegmentPortfolio>(ct);
            }

            await using (var drop = new NpgsqlCommand(
                             $"alter table {schema}.mt_doc_segmentportfolio {string.Join(", ", OldReportColumns.Select(c => $"drop column if exists {c}"))}", connection))
                await drop.ExecuteNonQueryAsync(ct);
            logger?.LogInformation("Store upgraded in {Seconds:0.0} s", clock.Elapsed.TotalSeconds);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(hashtext('inventory-storage-upgrade'))", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Monthly: the old report columns exist, or usage/satisfaction events exist without a single monthly row. Dated: some
    /// segment document still holds a relationship's cost entries (written before the dated rows), or the old columns exist.
    /// </summary>
    private static async Task<(bool Monthly, bool Dated)> NeedsUpgradeAsync(NpgsqlConnection connection, string schema, string eventSchema,
        string[] monthlyEventTypes, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            with old as (select exists (select 1 from information_schema.columns
                                        where table_schema = $1 and table_name = 'mt_doc_segmentportfolio' and column_name = any($2)) as columns)
            select old.columns
                   or (not exists (select 1 from {schema}.{RelationshipMonthsProjection.TableName})
                       and exists (select 1 from {eventSchema}.mt_events where type = any($3))),
                   old.columns
                   or exists (select 1 from {schema}.mt_doc_segmentportfolio where data -> 'relationships' @> $4::jsonb)
            from old
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = schema });
        command.Parameters.Add(new NpgsqlParameter { Value = OldReportColumns });
        command.Parameters.Add(new NpgsqlParameter { Value = monthlyEventTypes });
        // Some relationship with at least one cost entry.
        command.Parameters.Add(new NpgsqlParameter { Value = """[{"costs": [{}]}]""" });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetBoolean(0), reader.GetBoolean(1));
    }

    /// <summary>The stored type names of the events that carry relationships' monthly figures (usage, satisfaction, their imports).</summary>
    private static string[] MonthlyEventTypes(IDocumentStore store) => store.Options.Events.AllKnownEventTypes()
        .Where(t => t.EventType == typeof(UsageRecorded) || t.EventType == typeof(SatisfactionRecorded)
                    || (typeof(IImportedChanges).IsAssignableFrom(t.EventType) && typeof(IRelationshipEvent).IsAssignableFrom(t.EventType)))
        .Select(t => t.EventTypeName)
        .ToArray();
}
