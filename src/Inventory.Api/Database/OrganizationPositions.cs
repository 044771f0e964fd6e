using Marten;
using Npgsql;

namespace Inventory.Api.Database;

/// <summary>
/// Positions an answer may show: an event's place among its own organization's events (1 for its first event, then
/// 2, 3…), and how many events an organization has. Never the store's global event sequence: that one moves when any
/// organization writes, so showing it would tell one organization when others are busy.
/// </summary>
public sealed class OrganizationPositions(IDocumentStore store, NpgsqlDataSource dataSource)
{
    private string Schema => store.Options.Events.DatabaseSchemaName;

    /// <summary>How many events the organization has recorded: the sum of its streams' versions, one row per stream.</summary>
    public async Task<long> LatestAsync(string organizationId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"select coalesce(sum(version), 0)::bigint from {Schema}.mt_streams where tenant_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// The organization's position at each of <paramref name="sequences"/> (global sequences of its events, or 0): how
    /// many of its events have a sequence up to it. One statement, so one snapshot: its event count minus its events
    /// recorded later, which reads only the events newer than the oldest asked (cheap for recent pages).
    /// </summary>
    public async Task<IReadOnlyDictionary<long, long>> OfAsync(string organizationId, IEnumerable<long> sequences, CancellationToken ct)
    {
        var asked = sequences.Where(s => s > 0).Distinct().ToArray();
        var positions = new Dictionary<long, long> { [0] = 0 };
        if (asked.Length == 0) return positions;
        await using var command = dataSource.CreateCommand($"""
            with total as (select coalesce(sum(version), 0)::bigint as n from {Schema}.mt_streams where tenant_id = $1),
                 newer as (select seq_id, count(*) over (order by seq_id desc) as at_or_after
                           from {Schema}.mt_events where tenant_id = $1 and seq_id >= $2)
            select asked.seq, (select n from total) - coalesce(
                       (select at_or_after - 1 from newer where newer.seq_id = asked.seq),
                       (select count(*) from newer where newer.seq_id > asked.seq))
            from unnest($3::bigint[]) as asked(seq)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = asked.Min() });
        command.Parameters.Add(new NpgsqlParameter { Value = asked });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) positions[reader.GetInt64(0)] = reader.GetInt64(1);
        return positions;
    }
}
