using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marten;

namespace Inventory.Api.Http;

/// <summary>The first answer to a POST sent with an <c>Idempotency-Key</c>, saved with the events it appended.</summary>
public sealed class IdempotentAnswer
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;

    public string Id { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public int Status { get; set; }
    public string Body { get; set; } = "";
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset At { get; set; }

    public static string? KeyOf(HttpContext http)
    {
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0) return null;
        if (key.Length > MaxKeyLength || key.Any(c => c < ' ' || c > '~'))
            throw new InvalidRequest(Header, Domain.Errors.ErrorCodes.InvalidHeader, $"{Header} must be 1 to {MaxKeyLength} printable ASCII characters");
        return key;
    }

    public static string FingerprintOf(HttpContext http, object request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{http.Request.Method} {http.Request.Path}\n{JsonSerializer.Serialize(request, request.GetType())}")));

    /// <summary>The saved answer when this key was used before; a different request under the same key is refused.</summary>
    public static async Task<IResult?> ReplayAsync(IQuerySession session, HttpContext http, string? key, string fingerprint)
    {
        if (key is null) return null;
        var saved = await session.LoadAsync<IdempotentAnswer>(key, http.RequestAborted);
        return saved?.Replay(http, fingerprint);
    }

    /// <summary>This saved answer, again, to a request with this key and <paramref name="fingerprint"/>; a different request under the same key is refused.</summary>
    public IResult Replay(HttpContext http, string fingerprint)
    {
        if (Fingerprint != fingerprint)
            throw new Domain.Portfolio.RuleViolation(Header, Domain.Errors.ErrorCodes.IdempotencyKeyReused, $"this {Header} was already used for a different request");

        if (Location is not null) http.Response.Headers.Location = Location;
        if (ETag is not null) http.Response.Headers.ETag = ETag;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        return Results.Content(Body, "application/json", Encoding.UTF8, Status);
    }
}
