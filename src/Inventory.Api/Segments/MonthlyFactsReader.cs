using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Marten;
using Npgsql;

namespace Inventory.Api.Segments;

/// <summary>
/// Reads the monthly rows (<see cref="RelationshipMonthsProjection"/>, <see cref="SegmentMonthsProjection"/>) of the
/// months asked for only.
/// </summary>
public sealed class MonthlyFactsReader(IDocumentStore store, NpgsqlDataSource dataSource)
{
    private string Table => $"{store.Options.DatabaseSchemaName}.{RelationshipMonthsProjection.TableName}";
    private string OutcomesTable => $"{store.Options.DatabaseSchemaName}.{SegmentMonthsProjection.TableName}";

    /// <summary>Per segment, the organization's facts of the months <paramref name="from"/>..<paramref name="to"/>.</summary>
    public Task<IReadOnlyDictionary<Guid, MonthlyFacts>> ReadAsync(string organizationId, YearMonth from, YearMonth to, CancellationToken ct) =>
        ReadBatchAsync("month between $2 and $3", ct, organizationId, from.FirstDay, to.FirstDay);

    /// <summary>Every month of one segment (its relationships' monthly figures, for the segment's page).</summary>
    public async Task<MonthlyFacts> ReadSegmentAsync(string organizationId, Guid segmentId, CancellationToken ct)
    {
        var segments = await ReadBatchAsync("segment_id = $2", ct, organizationId, segmentId);
        return segments.GetValueOrDefault(segmentId) ?? new MonthlyFacts();
    }

    /// <summary>The usage and satisfaction rows, then the outcome rows, that match <paramref name="filter"/>: one round trip.</summary>
    private async Task<IReadOnlyDictionary<Guid, MonthlyFacts>> ReadBatchAsync(string filter, CancellationToken ct, params object[] values)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command($"""
            select segment_id, relationship_id, month, interactions, customers, score, responses from {Table}
            where tenant_id = $1 and {filter}
            """, values));
        batch.BatchCommands.Add(Command($"""
            select segment_id, month, revenue, new_customers, lost_customers, active_customers from {OutcomesTable}
            where tenant_id = $1 and {filter}
            """, values));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var segments = await ReadRowsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        await ReadOutcomesAsync(reader, segments, ct);
        return segments;
    }

    private static NpgsqlBatchCommand Command(string sql, object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    private static async Task ReadOutcomesAsync(NpgsqlDataReader reader, Dictionary<Guid, MonthlyFacts> segments, CancellationToken ct)
    {
        while (await reader.ReadAsync(ct))
        {
            var segment = reader.GetGuid(0);
            if (!segments.TryGetValue(segment, out var facts)) segments[segment] = facts = new MonthlyFacts();
            facts.Record(new OutcomeEntry(YearMonth.Of(reader.GetFieldValue<DateOnly>(1)), reader.GetDecimal(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
        }
    }

    private static async Task<Dictionary<Guid, MonthlyFacts>> ReadRowsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var segments = new Dictionary<Guid, MonthlyFacts>();
        while (await reader.ReadAsync(ct))
        {
            var segment = reader.GetGuid(0);
            if (!segments.TryGetValue(segment, out var facts)) segments[segment] = facts = new MonthlyFacts();
            var relationship = reader.GetGuid(1);
            var month = YearMonth.Of(reader.GetFieldValue<DateOnly>(2));
            if (!reader.IsDBNull(3)) facts.Record(relationship, new UsageEntry(month, reader.GetInt64(3), reader.GetInt64(4)));
            if (!reader.IsDBNull(5)) facts.Record(relationship, new SatisfactionEntry(month, reader.GetDecimal(5), reader.GetInt64(6)));
        }

        return segments;
    }
}
