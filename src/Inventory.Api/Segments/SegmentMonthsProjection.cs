using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Inventory.Api.Segments;

/// <summary>
/// A segment's monthly outcomes as narrow rows, one per (organization, segment, month), written inline: in the same
/// transaction as the events, so a report read after a command sees it. Recording a month again replaces the row.
/// The outcomes of a transaction (a command's, an import's, a page of a rebuild) are written with one statement.
/// </summary>
public sealed class SegmentMonthsProjection(string schema) : IProjection
{
    public const string ProjectionName = "SegmentMonths";
    public const string TableName = "segment_months";

    public string Table { get; } = $"{schema}.{TableName}";

    /// <summary>The table, created and kept by Marten's schema management with its own tables.</summary>
    public static Table Definition(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("tenant_id").AsPrimaryKey();
        table.AddColumn<Guid>("segment_id").AsPrimaryKey();
        table.AddColumn("month", "date").AsPrimaryKey();
        table.AddColumn("revenue", "numeric").NotNull();
        table.AddColumn("new_customers", "integer").NotNull();
        table.AddColumn("lost_customers", "integer").NotNull();
        table.AddColumn("active_customers", "integer").NotNull();
        return table;
    }

    private readonly record struct Key(string Tenant, Guid Segment, YearMonth Month);

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        // In recorded order, the last outcome of a month wins, as if the rows were written one event at a time.
        var outcomes = new Dictionary<Key, SegmentOutcomeRecorded>();
        foreach (var e in events)
        foreach (var outcome in Outcomes(e.Data))
            outcomes[new Key(e.TenantId, outcome.SegmentId, outcome.Month)] = outcome;

        if (outcomes.Count > 0)
        {
            operations.QueueSqlCommand($"""
                insert into {Table} (tenant_id, segment_id, month, revenue, new_customers, lost_customers, active_customers)
                select * from unnest(?::text[], ?::uuid[], ?::date[], ?::numeric[], ?::integer[], ?::integer[], ?::integer[])
                on conflict (tenant_id, segment_id, month)
                do update set revenue = excluded.revenue, new_customers = excluded.new_customers,
                              lost_customers = excluded.lost_customers, active_customers = excluded.active_customers
                """,
                outcomes.Keys.Select(k => k.Tenant).ToArray(), outcomes.Keys.Select(k => k.Segment).ToArray(), outcomes.Keys.Select(k => k.Month.FirstDay).ToArray(),
                outcomes.Values.Select(o => o.Revenue).ToArray(), outcomes.Values.Select(o => o.NewCustomers).ToArray(),
                outcomes.Values.Select(o => o.LostCustomers).ToArray(), outcomes.Values.Select(o => o.ActiveCustomers).ToArray());
        }

        return Task.CompletedTask;
    }

    /// <summary>An event's outcomes: its own, or an import's in file order.</summary>
    private static IEnumerable<SegmentOutcomeRecorded> Outcomes(object data) => data switch
    {
        SegmentOutcomeRecorded outcome => [outcome],
        IImportedChanges imported => imported.Changes().OfType<SegmentOutcomeRecorded>(),
        _ => [],
    };
}
