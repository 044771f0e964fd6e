using System.Text.Json;
using Inventory.Api.Access;
using Inventory.Api.Hosting;
using Inventory.Domain.Portfolio;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Commands;

/// <summary>What a portfolio command answers: the segment's new version (also the ETag), and the relationship it made.</summary>
public sealed record CommandAnswer(Guid SegmentId, long Version, Guid? RelationshipId = null);

/// <summary>
/// The one path every portfolio command takes: replay an idempotent answer, load the segment at the version
/// the client read (If-Match) or under a row lock, decide, append. Wolverine's transactional middleware saves.
/// </summary>
public static class PortfolioWrites
{
    public static async Task<IResult> ChangeAsync(
        IDocumentSession session, HttpContext http, Guid segmentId, object request,
        Func<SegmentPortfolio, IEnumerable<IPortfolioEvent>> decide, Guid? relationshipId = null, bool creates = false)
    {
        var key = IdempotentAnswer.KeyOf(http);
        var fingerprint = IdempotentAnswer.FingerprintOf(http, request);
        if (await IdempotentAnswer.ReplayAsync(session, http, key, fingerprint) is { } replay) return replay;

        var expected = IfMatch.ExpectedVersion(http);
        var stream = expected is { } version
            ? await session.Events.FetchForWriting<SegmentPortfolio>(segmentId, version, http.RequestAborted)
            // No version named: serialize writers on the segment's row so each decides on the latest state.
            : await session.Events.FetchForExclusiveWriting<SegmentPortfolio>(segmentId, http.RequestAborted);
        if (stream.Aggregate is null) throw new NotFound($"Segment {segmentId}");

        // Looked up again under the lock: a concurrent first use of the key has committed by now.
        if (expected is null && await IdempotentAnswer.ReplayAsync(session, http, key, fingerprint) is { } late) return late;

        var events = decide(stream.Aggregate).ToArray<object>();
        stream.AppendMany(events);
        var answer = new CommandAnswer(segmentId, (stream.StartingVersion ?? 0) + events.Length, relationshipId);
        var location = creates && relationshipId is { } rid ? $"/api/segments/{segmentId}/relationships/{rid}" : null;
        return Answer(session, http, key, fingerprint, answer, creates ? 201 : 200, location);
    }

    public static IResult Answer(IDocumentSession session, HttpContext http, string? key, string fingerprint, CommandAnswer answer, int status, string? location)
    {
        var etag = IfMatch.ETag(answer.Version);
        var json = JsonSerializer.Serialize(answer, http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        if (key is not null)
        {
            // Inserted, not stored: a second first use of the key fails on the primary key instead of appending twice.
            session.Insert(new IdempotentAnswer
            {
                Id = key, Fingerprint = fingerprint, Status = status, Body = json, Location = location, ETag = etag,
                At = DateTimeOffset.UtcNow,
            });
        }

        http.Response.Headers.ETag = etag;
        if (location is not null) http.Response.Headers.Location = location;
        return Results.Content(json, "application/json", System.Text.Encoding.UTF8, status);
    }
}
