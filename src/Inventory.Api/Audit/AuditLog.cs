using Inventory.Api.Access;
using Marten;
using Marten.Pagination;
using Npgsql;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Database;
using Inventory.Api.Http;
using Inventory.Api.Reports;

namespace Inventory.Api.Audit;

/// <summary>
/// A page of the change log, newest first. Each entry's <c>sequence</c> is its position among the organization's own
/// events; <see cref="UpToSequence"/> is the position of the last event the log has taken in.
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageSize, long TotalCount, long UpToSequence, bool Complete);

public static class AuditLogEndpoint
{
    public const int MaxPageSize = 500;

    /// <summary>
    /// A page of the change log (JSON, or CSV with <c>Accept: text/csv</c> / <c>?format=csv</c>). CSV without <c>page</c> and
    /// <c>pageSize</c> is the complete export: every matching entry, written row by row, with their number in <c>X-Total-Count</c>.
    /// Each entry names its segment and relationship by their current names.
    /// </summary>
    [WolverineGet("/api/audit"), Authorize(Policy = Policies.Audit)]
    [ProducesResponseType<AuditPage>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get(
        string? from, string? to, string? user, string? segment, int? page, int? pageSize,
        IQuerySession session, IDocumentStore store, NpgsqlDataSource dataSource, ProjectionCatchUp catchUp, HttpContext http)
    {
        var fields = new RequestFields();
        var fromInstant = Bound(fields, from, "from", endOfDay: false);
        var toInstant = Bound(fields, to, "to", endOfDay: true);
        Guid? segmentId = null;
        if (segment is not null)
        {
            if (Guid.TryParse(segment, out var id)) segmentId = id;
            else fields.Error("segment", Domain.Errors.ErrorCodes.InvalidId, "segment must be a segment id");
        }

        if (page is < 1) fields.Error("page", Domain.Errors.ErrorCodes.BelowMinimum, "page starts at 1", ("min", 1));
        if (pageSize is < 1 or > MaxPageSize) fields.Error("pageSize", Domain.Errors.ErrorCodes.OutOfRange, $"pageSize must be from 1 to {MaxPageSize}", ("min", 1), ("max", MaxPageSize));
        var labels = Reports.CsvLabels.Of(http, fields);
        fields.ThrowIfInvalid();

        var latest = await catchUp.LatestSequenceAsync(http.RequestAborted);
        var upTo = await catchUp.WaitForAsync(AuditTrailProjection.ProjectionName, latest, ProjectionCatchUp.DefaultWait, http.RequestAborted);

        IQueryable<AuditEntry> query = session.Query<AuditEntry>();
        if (fromInstant is { } f) query = query.Where(e => e.RecordedAt >= f);
        if (toInstant is { } t) query = query.Where(e => e.RecordedAt < t);
        if (user is not null) query = query.Where(e => e.User == user);
        if (segmentId is { } s) query = query.Where(e => e.StreamId == s);

        var organization = http.User.OrganizationId();
        if (ReportAnswer.WantsCsv(http) && page is null && pageSize is null)
        {
            // Bounded by what the log held when counted, so the count and the rows agree.
            var known = Math.Min(upTo, latest);
            var export = query.Where(e => e.Sequence <= known);
            var count = await export.CountAsync(http.RequestAborted);
            var names = await SubjectNames.LoadAsync(store, dataSource, organization, null, http.RequestAborted);
            return new AuditExport(export.OrderByDescending(e => e.Sequence), count, names,
                new OrganizationSequence(store.Options.Events.DatabaseSchemaName, dataSource, organization, known), labels);
        }

        var result = await query.OrderByDescending(e => e.Sequence)
            .ToPagedListAsync(page ?? 1, pageSize ?? 100, http.RequestAborted);
        var entries = result.ToList();
        var newest = await session.Query<AuditEntry>().Where(e => e.Sequence <= upTo).OrderByDescending(e => e.Sequence).Select(e => e.Sequence)
            .FirstOrDefaultAsync(http.RequestAborted);
        // Shown as positions among the organization's events: the global sequence would reveal other organizations' writes.
        var positions = await catchUp.Positions.OfAsync(organization, entries.Select(e => e.Sequence).Append(newest), http.RequestAborted);
        foreach (var entry in entries) entry.Sequence = positions[entry.Sequence];
        var pageNames = await SubjectNames.LoadAsync(store, dataSource, organization,
            entries.Select(SubjectNames.SegmentOf).OfType<Guid>().Distinct().ToList(), http.RequestAborted);
        foreach (var entry in entries) pageNames.Name(entry);
        var answer = new AuditPage(entries, page ?? 1, pageSize ?? 100, result.TotalItemCount, positions[newest], upTo >= latest);
        http.Response.Headers["X-Total-Count"] = result.TotalItemCount.ToString(CultureInfo.InvariantCulture);
        return ReportAnswer.Of(http, answer, () =>
        {
            var csv = new Csv(AuditExport.Header);
            foreach (var e in answer.Entries) csv.Row(AuditExport.Values(e));
            return csv;
        }, "audit");
    }

    /// <summary>A date means its whole day (from its start, or up to its end); an instant is taken as given.</summary>
    private static DateTimeOffset? Bound(RequestFields fields, string? value, string field, bool endOfDay)
    {
        if (value is null) return null;
        if (RequestFields.TryDate(value, out _))
        {
            if (fields.OptionalDate(value, field) is not { } date) return null;
            var day = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? day.AddDays(1) : day;
        }

        return fields.OptionalInstant(value, field);
    }
}

/// <summary>
/// The complete audit CSV, written to the answer row by row as the entries are read (never all held in memory), each
/// entry's sequence shown as its position among the organization's events.
/// </summary>
public sealed class AuditExport(IQueryable<AuditEntry> entries, int count, SubjectNames names, OrganizationSequence positions, Languages.Texts? labels) : IResult
{
    public static readonly string[] Header =
    [
        "sequence", "recordedAt", "user", "stream", "streamId", "version", "eventType", "effectiveDate", "segmentId", "segmentName",
        "relationshipId", "relationshipName", "summary", "reason", "correlationId", "causationId",
    ];

    public static object?[] Values(AuditEntry e) =>
    [
        e.Sequence, e.RecordedAt, e.User, e.Stream, e.StreamId, e.Version, e.EventType, e.EffectiveDate, e.SegmentId, e.SegmentName,
        e.RelationshipId, e.RelationshipName, e.Summary, e.Reason, e.CorrelationId, e.CausationId,
    ];

    public async Task ExecuteAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"audit.csv\"";
        http.Response.Headers["X-Total-Count"] = count.ToString(CultureInfo.InvariantCulture);
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync(Csv.Line(CsvLabels.Header(labels, Header)).AsMemory(), ct);
        await using var walk = await positions.NewestFirstAsync(ct);
        await foreach (var entry in entries.ToAsyncEnumerable(ct))
        {
            entry.Sequence = await walk.PositionOfAsync(entry.Sequence, ct);
            await writer.WriteLineAsync(Csv.Line(Values(names.Name(entry))).AsMemory(), ct);
        }
    }
}

/// <summary>
/// The organization's events up to a global sequence, walked from the newest down beside entries read in the same order:
/// each entry's position (how many of the organization's events have a sequence up to its own) in one pass.
/// </summary>
public sealed class OrganizationSequence(string schema, NpgsqlDataSource dataSource, string organizationId, long upTo)
{
    public async Task<Walk> NewestFirstAsync(CancellationToken ct)
    {
        long total;
        await using (var count = dataSource.CreateCommand($"select count(*) from {schema}.mt_events where tenant_id = $1 and seq_id <= $2"))
        {
            count.Parameters.Add(new NpgsqlParameter { Value = organizationId });
            count.Parameters.Add(new NpgsqlParameter { Value = upTo });
            total = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        var command = dataSource.CreateCommand($"select seq_id from {schema}.mt_events where tenant_id = $1 and seq_id <= $2 order by seq_id desc");
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = upTo });
        var reader = await command.ExecuteReaderAsync(ct);
        return new Walk(command, reader, total);
    }

    public sealed class Walk(NpgsqlCommand command, NpgsqlDataReader reader, long total) : IAsyncDisposable
    {
        private long _position = total + 1;
        private long _current = long.MaxValue;

        /// <summary>The position of the event with global sequence <paramref name="sequence"/>; sequences must come newest first.</summary>
        public async Task<long> PositionOfAsync(long sequence, CancellationToken ct)
        {
            while (_current > sequence && await reader.ReadAsync(ct))
            {
                _current = reader.GetInt64(0);
                _position--;
            }

            return _position;
        }

        public async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync();
            await command.DisposeAsync();
        }
    }
}
