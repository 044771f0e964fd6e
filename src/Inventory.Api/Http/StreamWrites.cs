using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Http;

/// <summary>
/// The one path every command on a stream takes: replay an idempotent answer, load the aggregate at the version the
/// client read (If-Match) or under a row lock, decide, append. Wolverine's transactional middleware saves.
/// </summary>
public static class StreamWrites
{
    public static Task<IResult> ChangeAsync<T>(
        IDocumentSession session, HttpContext http, Guid streamId, object request, string what,
        Func<T, IEnumerable<object>> decide, Func<long, object> answer, int status = 200, string? location = null) where T : class =>
        ChangeAsync<T>(session, http, streamId, request, what, aggregate => Task.FromResult(decide(aggregate)), answer, status, location);

    public static async Task<IResult> ChangeAsync<T>(
        IDocumentSession session, HttpContext http, Guid streamId, object request, string what,
        Func<T, Task<IEnumerable<object>>> decide, Func<long, object> answer, int status = 200, string? location = null) where T : class
    {
        if (streamId == Guid.Empty) throw new NotFound($"{what} {streamId}");
        var key = IdempotentAnswer.KeyOf(http);
        var fingerprint = IdempotentAnswer.FingerprintOf(http, request);
        if (await IdempotentAnswer.ReplayAsync(session, http, key, fingerprint) is { } replay) return replay;

        var expected = IfMatch.ExpectedVersion(http);
        var stream = expected is { } version
            ? await session.Events.FetchForWriting<T>(streamId, version, http.RequestAborted)
            // No version named: serialize writers on the stream's row so each decides on the latest state.
            : await session.Events.FetchForExclusiveWriting<T>(streamId, http.RequestAborted);
        if (stream.Aggregate is null) throw new NotFound($"{what} {streamId}");

        // Looked up again under the lock: a concurrent first use of the key has committed by now.
        if (expected is null && await IdempotentAnswer.ReplayAsync(session, http, key, fingerprint) is { } late) return late;

        var events = (await decide(stream.Aggregate)).ToArray();
        stream.AppendMany(events);
        var newVersion = (stream.StartingVersion ?? 0) + events.Length;
        return Answer(session, http, key, fingerprint, answer(newVersion), newVersion, status, location);
    }

    /// <summary>Writes the answer (and keeps it for replays of the same Idempotency-Key, in the same transaction).</summary>
    public static IResult Answer(IDocumentSession session, HttpContext http, string? key, string fingerprint, object answer, long version, int status, string? location,
        bool etag = true) =>
        Answer(session, http, key, fingerprint, answer, etag ? IfMatch.ETag(version) : null, status, location);

    private static IResult Answer(IDocumentSession session, HttpContext http, string? key, string fingerprint, object answer, string? etag, int status, string? location)
    {
        var json = JsonSerializer.Serialize(answer, answer.GetType(), http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        if (key is not null)
        {
            // Inserted, not stored: a second first use of the key fails on the primary key instead of appending twice.
            session.Insert(new IdempotentAnswer
            {
                Id = key, Fingerprint = fingerprint, Status = status, Body = json, Location = location, ETag = etag, At = DateTimeOffset.UtcNow,
            });
        }

        if (etag is not null) http.Response.Headers.ETag = etag;
        if (location is not null) http.Response.Headers.Location = location;
        return Results.Content(json, "application/json", System.Text.Encoding.UTF8, status);
    }
}
