using Marten;
using Npgsql;

namespace Inventory.Api.Audit;

/// <summary>
/// The current names of an organization's segments and their relationships, read from the portfolio documents (names and ids
/// only, not the figures), so that a change is named even when the name was given in an earlier event.
/// </summary>
public sealed class SubjectNames
{
    private readonly Dictionary<Guid, string> _segments = [];
    private readonly Dictionary<Guid, (Guid Segment, string Name)> _relationships = [];

    /// <summary>The names of <paramref name="segmentIds"/> (every segment of the organization when null).</summary>
    public static async Task<SubjectNames> LoadAsync(IDocumentStore store, NpgsqlDataSource dataSource, string organizationId,
        IReadOnlyCollection<Guid>? segmentIds, CancellationToken ct)
    {
        var names = new SubjectNames();
        if (segmentIds is { Count: 0 }) return names;
        await using var command = dataSource.CreateCommand($"""
            select d.id, d.data->>'name', r->>'id', r->>'name'
            from {store.Options.DatabaseSchemaName}.mt_doc_segmentportfolio d
            left join lateral jsonb_array_elements(coalesce(d.data->'relationships', '[]'::jsonb)) r on true
            where d.tenant_id = $1{(segmentIds is null ? "" : " and d.id = any($2)")}
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        if (segmentIds is not null) command.Parameters.Add(new NpgsqlParameter { Value = segmentIds.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var segment = reader.GetGuid(0);
            names._segments[segment] = reader.GetString(1);
            if (!reader.IsDBNull(2) && Guid.TryParse(reader.GetString(2), out var relationship))
                names._relationships[relationship] = (segment, reader.IsDBNull(3) ? "" : reader.GetString(3));
        }

        return names;
    }

    /// <summary>The segment an entry concerns: its stream for a portfolio event, the segment a review event names otherwise.</summary>
    public static Guid? SegmentOf(AuditEntry entry) => entry.SegmentId ?? (entry.Stream == "segment" ? entry.StreamId : null);

    public string? Segment(Guid? id) => id is { } s && _segments.TryGetValue(s, out var name) ? name : null;

    public string? Relationship(Guid? id) => id is { } r && _relationships.TryGetValue(r, out var known) ? known.Name : null;

    /// <summary>Fills the entry's segment id (when only its stream says it), segment name and relationship name.</summary>
    public AuditEntry Name(AuditEntry entry)
    {
        entry.SegmentId = SegmentOf(entry) ?? (entry.RelationshipId is { } r && _relationships.TryGetValue(r, out var known) ? known.Segment : null);
        entry.SegmentName = Segment(entry.SegmentId);
        entry.RelationshipName = Relationship(entry.RelationshipId);
        return entry;
    }
}
