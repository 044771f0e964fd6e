using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;
using Marten;
using Npgsql;

namespace Inventory.Api.Segments;

/// <summary>
/// Reads the segments' rows: the monthly rows (<see cref="RelationshipMonthsProjection"/>, <see cref="SegmentMonthsProjection"/>)
/// of the months asked for only, and the relationships' dated rows (<see cref="DatedEntriesProjection"/>) of the dates asked for only.
/// </summary>
public sealed class MonthlyFactsReader(IDocumentStore store, NpgsqlDataSource dataSource)
{
    private string Schema => store.Options.DatabaseSchemaName;
    private string Table => $"{Schema}.{RelationshipMonthsProjection.TableName}";
    private string OutcomesTable => $"{Schema}.{SegmentMonthsProjection.TableName}";

    /// <summary>
    /// In one round trip: per segment, the organization's facts of the months <paramref name="from"/>..<paramref name="to"/>;
    /// per relationship of <paramref name="portfolios"/>, its cost and attributes in effect on <paramref name="start"/>
    /// and those effective after it up to <paramref name="end"/> (none after it when <paramref name="end"/> is earlier).
    /// </summary>
    public async Task<(IReadOnlyDictionary<Guid, MonthlyFacts> Months, IReadOnlyDictionary<Guid, DatedEntries> Dated)> ReadRangeAsync(
        string organizationId, YearMonth from, YearMonth to, IReadOnlyList<SegmentPortfolio> portfolios, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var keys = portfolios.SelectMany(p => p.Relationships.Select(r => (Segment: p.Id, Relationship: r.Id))).ToArray();
        await using var batch = dataSource.CreateBatch();
        object[] months = [organizationId, from.FirstDay, to.FirstDay];
        AddMonthCommands(batch, "month between $2 and $3", months);
        if (keys.Length > 0)
        {
            object[] range = [organizationId, keys.Select(k => k.Segment).ToArray(), keys.Select(k => k.Relationship).ToArray(), start, end];
            batch.BatchCommands.Add(Command(InRange(DatedEntriesProjection.CostsTable, CostColumns), range));
            batch.BatchCommands.Add(Command(InRange(DatedEntriesProjection.AttributesTable, AttributeColumns), range));
        }

        await using var reader = await batch.ExecuteReaderAsync(ct);
        var segments = await ReadMonthsAsync(reader, ct);
        var dated = new Dictionary<Guid, DatedEntries>();
        if (keys.Length == 0) return (segments, dated);
        await reader.NextResultAsync(ct);
        var costs = await ReadCostsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var attributes = await ReadAttributesAsync(reader, ct);
        foreach (var (_, relationship) in keys)
            dated[relationship] = new DatedEntries(costs.GetValueOrDefault(relationship) ?? [], attributes.GetValueOrDefault(relationship) ?? [], []);
        return (segments, dated);
    }

    /// <summary>
    /// Every row of one segment: its relationships' monthly figures, its outcomes, and (<paramref name="withDated"/>) its
    /// relationships' dated entries, for the segment's page.
    /// </summary>
    public async Task<(MonthlyFacts Months, IReadOnlyDictionary<Guid, DatedEntries> Dated)> ReadSegmentAsync(string organizationId, Guid segmentId,
        bool withDated, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        object[] values = [organizationId, segmentId];
        AddMonthCommands(batch, "segment_id = $2", values);
        if (!withDated)
        {
            await using var monthsOnly = await batch.ExecuteReaderAsync(ct);
            return ((await ReadMonthsAsync(monthsOnly, ct)).GetValueOrDefault(segmentId) ?? new MonthlyFacts(), new Dictionary<Guid, DatedEntries>());
        }

        batch.BatchCommands.Add(Command(OfSegment(DatedEntriesProjection.CostsTable, CostColumns), values));
        batch.BatchCommands.Add(Command(OfSegment(DatedEntriesProjection.AttributesTable, AttributeColumns), values));
        batch.BatchCommands.Add(Command(OfSegment(DatedEntriesProjection.IntegrationsTable, "block, note"), values));

        await using var reader = await batch.ExecuteReaderAsync(ct);
        var segments = await ReadMonthsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var costs = await ReadCostsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var attributes = await ReadAttributesAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var integrations = new Dictionary<Guid, List<IntegrationEntry>>();
        while (await reader.ReadAsync(ct))
            Add(integrations, reader.GetGuid(0), new IntegrationEntry(Enum.Parse<CanvasBlock>(reader.GetString(2)), reader.GetString(3), reader.GetFieldValue<DateOnly>(1)));

        var dated = costs.Keys.Union(attributes.Keys).Union(integrations.Keys).ToDictionary(r => r, r => new DatedEntries(
            costs.GetValueOrDefault(r) ?? [], attributes.GetValueOrDefault(r) ?? [], integrations.GetValueOrDefault(r) ?? []));
        return (segments.GetValueOrDefault(segmentId) ?? new MonthlyFacts(), dated);
    }

    private const string CostColumns = "monthly_fixed_cost, cost_per_interaction, reason";
    private static readonly string AttributeColumns = string.Join(", ", DatedEntriesProjection.AttributeColumns) + ", reason";

    /// <summary>Per relationship: the last row on or before $4, and the rows after it up to $5, in effective and recorded order.</summary>
    private string InRange(string table, string columns) => $"""
        select k.r, d.effective_date, {columns}
        from unnest($2::uuid[], $3::uuid[]) k(s, r)
        cross join lateral (
            (select * from {Schema}.{table} t where t.tenant_id = $1 and t.segment_id = k.s and t.relationship_id = k.r and t.effective_date <= $4
             order by t.effective_date desc, t.ord desc limit 1)
            union all
            (select * from {Schema}.{table} t where t.tenant_id = $1 and t.segment_id = k.s and t.relationship_id = k.r and t.effective_date > $4 and t.effective_date <= $5)
        ) d
        order by k.r, d.effective_date, d.ord
        """;

    private string OfSegment(string table, string columns) =>
        $"select relationship_id, effective_date, {columns} from {Schema}.{table} where tenant_id = $1 and segment_id = $2 order by relationship_id, effective_date, ord";

    /// <summary>The usage and satisfaction rows, then the outcome rows, that match <paramref name="filter"/>.</summary>
    private void AddMonthCommands(NpgsqlBatch batch, string filter, object[] values)
    {
        batch.BatchCommands.Add(Command($"""
            select segment_id, relationship_id, month, interactions, customers, score, responses from {Table}
            where tenant_id = $1 and {filter}
            """, values));
        batch.BatchCommands.Add(Command($"""
            select segment_id, month, revenue, new_customers, lost_customers, active_customers from {OutcomesTable}
            where tenant_id = $1 and {filter}
            """, values));
    }

    private static NpgsqlBatchCommand Command(string sql, object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    private static async Task<Dictionary<Guid, MonthlyFacts>> ReadMonthsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var segments = await ReadRowsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        await ReadOutcomesAsync(reader, segments, ct);
        return segments;
    }

    private static async Task<Dictionary<Guid, List<CostEntry>>> ReadCostsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var costs = new Dictionary<Guid, List<CostEntry>>();
        while (await reader.ReadAsync(ct))
            Add(costs, reader.GetGuid(0), new CostEntry(reader.GetDecimal(2), reader.GetDecimal(3), reader.GetFieldValue<DateOnly>(1), reader.IsDBNull(4) ? null : reader.GetString(4)));
        return costs;
    }

    /// <summary>Each attribute row is complete: the attributes in effect from its date.</summary>
    private static async Task<Dictionary<Guid, List<AttributesEntry>>> ReadAttributesAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var attributes = new Dictionary<Guid, List<AttributesEntry>>();
        while (await reader.ReadAsync(ct))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            Add(attributes, reader.GetGuid(0), new AttributesEntry(
                List<Channel>(Text(2)), List<Phase>(Text(3)), List<Motivation>(Text(4)), Text(5) is { } horizon ? Enum.Parse<Horizon>(horizon) : null,
                Text(6), Text(7), reader.GetFieldValue<DateOnly>(1), Text(8)));
        }

        return attributes;
    }

    private static IReadOnlyList<T>? List<T>(string? names) where T : struct, Enum =>
        names is null ? null : names.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<T>).ToArray();

    private static void Add<T>(Dictionary<Guid, List<T>> lists, Guid relationship, T entry)
    {
        if (!lists.TryGetValue(relationship, out var list)) lists[relationship] = list = [];
        list.Add(entry);
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
