using Marten;
using Npgsql;

namespace Inventory.Api.Database;

/// <summary>Read-your-writes for async projections: wait, bounded, until a projection has seen an organization's latest event.</summary>
public sealed class ProjectionCatchUp(IDocumentStore store, NpgsqlDataSource dataSource)
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    /// <summary>Positions an answer may show (per organization, never the global sequence).</summary>
    public OrganizationPositions Positions { get; } = new(store, dataSource);

    /// <summary>
    /// The highest event sequence recorded so far (all organizations: one index probe, where the organization's own
    /// maximum would scan its events). Everything of the organization up to now is at or below it. For waiting only:
    /// never shown in an answer (see <see cref="OrganizationPositions"/>).
    /// </summary>
    public async Task<long> LatestSequenceAsync(CancellationToken ct)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var command = dataSource.CreateCommand($"select coalesce(max(seq_id), 0) from {schema}.mt_events");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task<long> ProgressAsync(string projectionName, CancellationToken ct)
    {
        var shards = await store.Advanced.AllProjectionProgress(token: ct);
        var shard = shards.FirstOrDefault(s => s.ShardName.StartsWith(projectionName + ":", StringComparison.Ordinal) || s.ShardName == projectionName);
        return shard?.Sequence ?? 0;
    }

    /// <summary>Waits until <paramref name="projectionName"/> has processed <paramref name="sequence"/>; returns how far it got.</summary>
    public async Task<long> WaitForAsync(string projectionName, long sequence, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var progress = await ProgressAsync(projectionName, ct);
            if (progress >= sequence || DateTime.UtcNow >= deadline) return progress;
            await Task.Delay(25, ct);
        }
    }
}
