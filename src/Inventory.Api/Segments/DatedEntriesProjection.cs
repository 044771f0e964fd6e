using Inventory.Domain.Portfolio;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Inventory.Api.Segments;

/// <summary>
/// The relationships' effective-dated entries as narrow rows, written inline (same transaction as the events): cost
/// revisions, attributes and integrations, one row per entry with its effective date and its place among the entries
/// of the same date (<c>ord</c>, in recorded order). A cost row is the whole cost; an attribute row holds the attributes
/// in full as in effect from its date, so a date range needs only the last row on or before its start and the rows
/// inside it. An adjustment effective before later rows rewrites, in those rows, the attributes it changed that no
/// adjustment in between changed again.
/// </summary>
public sealed class DatedEntriesProjection(string schema) : IProjection
{
    public const string ProjectionName = "RelationshipDatedEntries";
    public const string CostsTable = "relationship_costs";
    public const string AttributesTable = "relationship_attributes";
    public const string IntegrationsTable = "relationship_integrations";

    /// <summary>The attribute columns, in the order of <see cref="AttributesEntry"/>.</summary>
    internal static readonly string[] AttributeColumns = ["channels", "phases", "motivations", "horizon", "owner", "provider"];

    public string Costs { get; } = $"{schema}.{CostsTable}";
    public string Attributes { get; } = $"{schema}.{AttributesTable}";
    public string Integrations { get; } = $"{schema}.{IntegrationsTable}";

    /// <summary>The tables, created and kept by Marten's schema management with its own tables.</summary>
    public static IEnumerable<Table> Definitions(string schema)
    {
        var costs = Keyed(schema, CostsTable);
        costs.AddColumn("monthly_fixed_cost", "numeric").NotNull();
        costs.AddColumn("cost_per_interaction", "numeric").NotNull();
        costs.AddColumn<string>("reason");
        yield return costs;

        var attributes = Keyed(schema, AttributesTable);
        // Lists are their members' names joined by commas; "changed" names the columns the entry itself set.
        foreach (var column in AttributeColumns) attributes.AddColumn<string>(column);
        attributes.AddColumn<string>("changed").NotNull();
        attributes.AddColumn<string>("reason");
        yield return attributes;

        var integrations = Keyed(schema, IntegrationsTable);
        integrations.AddColumn<string>("block").NotNull();
        integrations.AddColumn<string>("note").NotNull();
        yield return integrations;
    }

    /// <summary>Keyed by relationship and effective date: a range is an index range, the last entry before it one index probe.</summary>
    private static Table Keyed(string schema, string name)
    {
        var table = new Table(new PostgresqlObjectName(schema, name, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("tenant_id").AsPrimaryKey();
        table.AddColumn<Guid>("segment_id").AsPrimaryKey();
        table.AddColumn<Guid>("relationship_id").AsPrimaryKey();
        table.AddColumn("effective_date", "date").AsPrimaryKey();
        table.AddColumn<int>("ord").AsPrimaryKey();
        return table;
    }

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var costs = new List<(string Tenant, Guid Segment, Guid Relationship, CostEntry Cost)>();
        var integrations = new List<(string Tenant, Guid Segment, Guid Relationship, IntegrationEntry Integration)>();
        foreach (var e in events)
        foreach (var change in Changes(e.Data))
        {
            switch (change)
            {
                case RelationshipEstablished r:
                    costs.Add((e.TenantId, r.SegmentId, r.RelationshipId, new CostEntry(r.MonthlyFixedCost, r.CostPerInteraction, r.EffectiveDate, null)));
                    // Attribute rows depend on the rows before them: written one by one, in recorded order.
                    QueueAttributes(operations, e.TenantId, r.SegmentId, r.RelationshipId,
                        new AttributesEntry(r.Channels, r.Phases, r.Motivations, r.Horizon, r.Owner, r.Provider, r.EffectiveDate, null));
                    break;
                case RelationshipAdjusted a:
                    QueueAttributes(operations, e.TenantId, a.SegmentId, a.RelationshipId,
                        new AttributesEntry(a.Channels, a.Phases, a.Motivations, a.Horizon, a.Owner, a.Provider, a.EffectiveDate, a.Reason));
                    break;
                case CostRevised c:
                    costs.Add((e.TenantId, c.SegmentId, c.RelationshipId, new CostEntry(c.MonthlyFixedCost, c.CostPerInteraction, c.EffectiveDate, c.Reason)));
                    break;
                case IntegrationLinked i:
                    integrations.Add((e.TenantId, i.SegmentId, i.RelationshipId, new IntegrationEntry(i.Block, i.Note, i.EffectiveDate)));
                    break;
            }
        }

        // Each row's ord follows the rows of its date already stored, then the batch's own in recorded order.
        if (costs.Count > 0)
        {
            operations.QueueSqlCommand($"""
                insert into {Costs} (tenant_id, segment_id, relationship_id, effective_date, ord, monthly_fixed_cost, cost_per_interaction, reason)
                select u.t, u.s, u.r, u.d,
                       (select count(*) from {Costs} c where c.tenant_id = u.t and c.segment_id = u.s and c.relationship_id = u.r and c.effective_date = u.d)
                         + row_number() over (partition by u.t, u.s, u.r, u.d order by u.n) - 1,
                       u.m, u.p, u.reason
                from unnest(?::text[], ?::uuid[], ?::uuid[], ?::date[], ?::numeric[], ?::numeric[], ?::text[]) with ordinality as u(t, s, r, d, m, p, reason, n)
                """,
                costs.Select(c => c.Tenant).ToArray(), costs.Select(c => c.Segment).ToArray(), costs.Select(c => c.Relationship).ToArray(),
                costs.Select(c => c.Cost.EffectiveDate).ToArray(), costs.Select(c => c.Cost.MonthlyFixedCost).ToArray(),
                costs.Select(c => c.Cost.CostPerInteraction).ToArray(), costs.Select(c => c.Cost.Reason).ToArray());
        }

        if (integrations.Count > 0)
        {
            operations.QueueSqlCommand($"""
                insert into {Integrations} (tenant_id, segment_id, relationship_id, effective_date, ord, block, note)
                select u.t, u.s, u.r, u.d,
                       (select count(*) from {Integrations} i where i.tenant_id = u.t and i.segment_id = u.s and i.relationship_id = u.r and i.effective_date = u.d)
                         + row_number() over (partition by u.t, u.s, u.r, u.d order by u.n) - 1,
                       u.b, u.note
                from unnest(?::text[], ?::uuid[], ?::uuid[], ?::date[], ?::text[], ?::text[]) with ordinality as u(t, s, r, d, b, note, n)
                """,
                integrations.Select(i => i.Tenant).ToArray(), integrations.Select(i => i.Segment).ToArray(), integrations.Select(i => i.Relationship).ToArray(),
                integrations.Select(i => i.Integration.EffectiveDate).ToArray(), integrations.Select(i => i.Integration.Block.ToString()).ToArray(),
                integrations.Select(i => i.Integration.Note).ToArray());
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// One statement: the entry's row (what it sets, the rest from the row in effect before it), and in the rows dated
    /// after it, each column it sets unless an entry between them set that column too. The later rows' update does not
    /// see the new row (one statement, one snapshot), and needs not: it is dated before them.
    /// </summary>
    private void QueueAttributes(IDocumentOperations operations, string tenant, Guid segment, Guid relationship, AttributesEntry entry)
    {
        string?[] values = [Join(entry.Channels), Join(entry.Phases), Join(entry.Motivations), entry.Horizon?.ToString(), entry.Owner, entry.Provider];
        var changed = string.Join(",", AttributeColumns.Where((_, i) => values[i] is not null));
        var key = "tenant_id = v.t and segment_id = v.s and relationship_id = v.r";
        operations.QueueSqlCommand($"""
            with v as (select ?::text t, ?::uuid s, ?::uuid r, ?::date d, {string.Join(", ", AttributeColumns.Select(c => $"?::text {c}"))}, ?::text changed, ?::text reason),
            inserted as (
                insert into {Attributes} (tenant_id, segment_id, relationship_id, effective_date, ord, {string.Join(", ", AttributeColumns)}, changed, reason)
                select v.t, v.s, v.r, v.d, (select count(*) from {Attributes} a where a.{key.Replace(" and ", " and a.")} and a.effective_date = v.d),
                       {string.Join(", ", AttributeColumns.Select(c => $"coalesce(v.{c}, p.{c})"))}, v.changed, v.reason
                from v left join lateral (
                    select * from {Attributes} a where a.{key.Replace(" and ", " and a.")} and a.effective_date <= v.d
                    order by a.effective_date desc, a.ord desc limit 1) p on true)
            update {Attributes} t set {string.Join(", ", AttributeColumns.Select(c => $"""
                {c} = case when v.{c} is not null and not exists (
                    select 1 from {Attributes} x where x.{key.Replace(" and ", " and x.")} and x.effective_date > v.d
                      and (x.effective_date, x.ord) <= (t.effective_date, t.ord) and ',' || x.changed || ',' like '%,{c},%')
                    then v.{c} else t.{c} end
                """))}
            from v where t.{key.Replace(" and ", " and t.")} and t.effective_date > v.d
            """,
            [tenant, segment, relationship, entry.EffectiveDate, .. values.Cast<object>(), changed, entry.Reason!]);
    }

    private static string? Join<T>(IReadOnlyList<T>? values) where T : struct, Enum => values is null ? null : string.Join(",", values);

    /// <summary>An event's dated entries: its own, or an import's changes in file order.</summary>
    private static IEnumerable<object> Changes(object data) => data switch
    {
        IImportedChanges imported => imported.Changes(),
        _ => [data],
    };
}
