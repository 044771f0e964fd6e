using Marten;
using Npgsql;

namespace Inventory.Api.Projections;

/// <summary>
/// Generated columns on the portfolio table holding what reports read (figures, name, latest effective date).
/// PostgreSQL fills them whenever Marten writes a portfolio, inline or during a projection rebuild, and reading them
/// leaves the large document alone.
/// </summary>
public sealed class ReportColumns(IDocumentStore store, NpgsqlDataSource dataSource) : IHostedService
{
    public const string Figures = "report_figures";
    public const string Name = "report_name";
    public const string LatestEffectiveDate = "report_latest_effective_date";

    // Marten has applied its schema at start-up already (ApplyAllDatabaseChangesOnStartup): only the columns are left.
    public Task StartAsync(CancellationToken ct) => EnsureAsync(store, dataSource, ct, applyMartenChanges: false);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Creates Marten's tables if needed, then the columns; safe to run again and from several processes.</summary>
    public static async Task EnsureAsync(IDocumentStore store, NpgsqlDataSource dataSource, CancellationToken ct = default, bool applyMartenChanges = true)
    {
        if (applyMartenChanges) await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var table = $"{store.Options.DatabaseSchemaName}.mt_doc_segmentportfolio";
        await using var command = dataSource.CreateCommand($"""
            alter table {table}
              add column if not exists {Figures} jsonb generated always as (data -> 'figures') stored,
              add column if not exists {Name} text generated always as (data ->> 'name') stored,
              add column if not exists {LatestEffectiveDate} text generated always as (data ->> 'latestEffectiveDate') stored
            """);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateColumn)
        {
            // Another process added them at the same moment.
        }
    }
}
