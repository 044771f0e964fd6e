using System.Security.Cryptography;

namespace Inventory.Api.Access;

/// <summary>
/// A web app sign-in: the cookie carries a random session id, never the API key; only the id's hash is stored. It lasts
/// until it expires, its key is revoked (checked on every request, and its sessions deleted) or the user signs out.
/// </summary>
public sealed class WebSession
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    /// <summary>The cookie that carries the session id.</summary>
    public const string Cookie = "inventory_session";
    /// <summary>Sent by the web app's scripts: a cookie-authenticated change without it is refused (a forged form can't add it).</summary>
    public const string RequestedWithHeader = "X-Requested-With";

    /// <summary>The SHA-256 hash of the session id the cookie carries.</summary>
    public string Id { get; set; } = "";
    public Guid KeyId { get; set; }
    public string OrganizationId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>A new session id (256 random bits) to put in the cookie.</summary>
    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();

    public static WebSession For(string sessionId, ApiKey key, DateTimeOffset now) => new()
    {
        Id = ApiKey.HashOf(sessionId),
        KeyId = key.Id,
        OrganizationId = key.OrganizationId,
        CreatedAt = now,
        ExpiresAt = now + Lifetime,
    };
}
