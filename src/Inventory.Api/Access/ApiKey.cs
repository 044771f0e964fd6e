using System.Security.Cryptography;
using System.Text;

namespace Inventory.Api.Access;

/// <summary>An API key as stored: only its SHA-256 hash, never the key itself.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public string OrganizationId { get; set; } = "";
    public string Name { get; set; } = "";
    public Role Role { get; set; }
    public string Hash { get; set; } = "";
    /// <summary>The first characters of the key, to recognise it in lists.</summary>
    public string Prefix { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>A new random key: "ri_" and 32 characters (about 187 bits).</summary>
    public static string Generate() => "ri_" + RandomNumberGenerator.GetString(Alphabet, 32);

    // Keys carry enough entropy that a plain SHA-256 is as good as a slow hash, and lookups stay one index probe.
    public static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();

    public static ApiKey For(string key, string organizationId, string name, Role role, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        OrganizationId = organizationId,
        Name = name,
        Role = role,
        Hash = HashOf(key),
        Prefix = key[..Math.Min(key.Length, 7)],
        CreatedAt = now,
    };
}
