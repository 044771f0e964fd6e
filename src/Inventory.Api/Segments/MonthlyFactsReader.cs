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
    public async Task<IReadOnlyDictionary<Guid, MonthlyFacts>> ReadAsync(string organizationId, YearMonth from, YearMonth to, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"""
            select segment_id, relationship_id, month, interactions, customers, score, responses from {Table}
            where tenant_id = $1 and month between $2 and $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = from.FirstDay });
        command.Parameters.Add(new NpgsqlParameter { Value = to.FirstDay });
        var segments = await ReadRowsAsync(command, ct);

        await using var outcomes = dataSource.CreateCommand($"""
            select segment_id, month, revenue, new_customers, lost_customers, active_customers from {OutcomesTable}
            where tenant_id = $1 and month between $2 and $3
            """);
        outcomes.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        outcomes.Parameters.Add(new NpgsqlParameter { Value = from.FirstDay });
        outcomes.Parameters.Add(new NpgsqlParameter { Value = to.FirstDay });
        await ReadOutcomesAsync(outcomes, segments, ct);
        return segments;
    }

    /// <summary>Every month of one segment (its relationships' monthly figures, for the segment's page).</summary>
    public async Task<MonthlyFacts> ReadSegmentAsync(string organizationId, Guid segmentId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"""
            select segment_id, relationship_id, month, interactions, customers, score, responses from {Table}
            where tenant_id = $1 and segment_id = $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = segmentId });
        var segments = await ReadRowsAsync(command, ct);

        await using var outcomes = dataSource.CreateCommand($"""
            select segment_id, month, revenue, new_customers, lost_customers, active_customers from {OutcomesTable}
            where tenant_id = $1 and segment_id = $2
            """);
        outcomes.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        outcomes.Parameters.Add(new NpgsqlParameter { Value = segmentId });
        await ReadOutcomesAsync(outcomes, segments, ct);
        return segments.GetValueOrDefault(segmentId) ?? new MonthlyFacts();
    }

    private static async Task ReadOutcomesAsync(NpgsqlCommand command, Dictionary<Guid, MonthlyFacts> segments, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var segment = reader.GetGuid(0);
            if (!segments.TryGetValue(segment, out var facts)) segments[segment] = facts = new MonthlyFacts();
            facts.Record(new OutcomeEntry(YearMonth.Of(reader.GetFieldValue<DateOnly>(1)), reader.GetDecimal(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
        }
    }

    private static async Task<Dictionary<Guid, MonthlyFacts>> ReadRowsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var segments = new Dictionary<Guid, MonthlyFacts>();
        await using var reader = await command.ExecuteReaderAsync(ct);
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
