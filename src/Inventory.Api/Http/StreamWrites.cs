using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Http;

/// <summary>Answers a write that spans many streams (an import) and keeps the answer for replays of its Idempotency-Key; every other command goes through the write path (Writes/).</summary>
public static class StreamWrites
{
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
