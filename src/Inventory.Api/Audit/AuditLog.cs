using Inventory.Api.Access;
using Inventory.Api.Commands;
using Inventory.Api.Projections;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Audit;

/// <summary>
/// A page of the change log, newest first. Each entry's <c>sequence</c> is its position among the organization's own
/// events; <see cref="UpToSequence"/> is the position of the last event the log has taken in.
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageSize, long TotalCount, long UpToSequence, bool Complete);

public static class AuditLogEndpoint
{
    public const int MaxPageSize = 500;

    [WolverineGet("/api/audit"), Authorize(Policy = Policies.Audit)]
    [ProducesResponseType<AuditPage>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get(
        string? from, string? to, string? user, string? segment, int? page, int? pageSize,
        IQuerySession session, ProjectionCatchUp catchUp, HttpContext http)
    {
        var fields = new RequestFields();
        var fromInstant = Bound(fields, from, "from", endOfDay: false);
        var toInstant = Bound(fields, to, "to", endOfDay: true);
        Guid? segmentId = null;
        if (segment is not null)
        {
            if (Guid.TryParse(segment, out var id)) segmentId = id;
            else fields.Error("segment", "segment must be a segment id");
        }

        if (page is < 1) fields.Error("page", "page starts at 1");
        if (pageSize is < 1 or > MaxPageSize) fields.Error("pageSize", $"pageSize must be from 1 to {MaxPageSize}");
        fields.ThrowIfInvalid();

        var latest = await catchUp.LatestSequenceAsync(http.RequestAborted);
        var upTo = await catchUp.WaitForAsync(AuditTrailProjection.ProjectionName, latest, ProjectionCatchUp.DefaultWait, http.RequestAborted);

        IQueryable<AuditEntry> query = session.Query<AuditEntry>();
        if (fromInstant is { } f) query = query.Where(e => e.RecordedAt >= f);
        if (toInstant is { } t) query = query.Where(e => e.RecordedAt < t);
        if (user is not null) query = query.Where(e => e.User == user);
        if (segmentId is { } s) query = query.Where(e => e.StreamId == s);

        var result = await query.OrderByDescending(e => e.Sequence)
            .ToPagedListAsync(page ?? 1, pageSize ?? 100, http.RequestAborted);
        var entries = result.ToList();
        var organization = http.User.OrganizationId();
        var newest = await session.Query<AuditEntry>().Where(e => e.Sequence <= upTo).OrderByDescending(e => e.Sequence).Select(e => e.Sequence)
            .FirstOrDefaultAsync(http.RequestAborted);
        // Shown as positions among the organization's events: the global sequence would reveal other organizations' writes.
        var positions = await catchUp.Positions.OfAsync(organization, entries.Select(e => e.Sequence).Append(newest), http.RequestAborted);
        foreach (var entry in entries) entry.Sequence = positions[entry.Sequence];
        var answer = new AuditPage(entries, page ?? 1, pageSize ?? 100, result.TotalItemCount, positions[newest], upTo >= latest);
        return Reports.ReportAnswer.Of(http, answer, () =>
        {
            var csv = new Reports.Csv("sequence", "recordedAt", "user", "stream", "streamId", "version", "eventType", "effectiveDate", "relationshipId",
                "summary", "reason", "correlationId", "causationId");
            foreach (var e in answer.Entries)
                csv.Row(e.Sequence, e.RecordedAt, e.User, e.Stream, e.StreamId, e.Version, e.EventType, e.EffectiveDate, e.RelationshipId, e.Summary, e.Reason,
                    e.CorrelationId, e.CausationId);
            return csv;
        }, "audit");
    }

    /// <summary>A date means its whole day (from its start, or up to its end); an instant is taken as given.</summary>
    private static DateTimeOffset? Bound(RequestFields fields, string? value, string field, bool endOfDay)
    {
        if (value is null) return null;
        if (RequestFields.TryDate(value, out var date))
        {
            var day = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? day.AddDays(1) : day;
        }

        return fields.OptionalInstant(value, field);
    }
}
