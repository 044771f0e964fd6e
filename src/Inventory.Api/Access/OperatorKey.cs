using System.Security.Cryptography;
using System.Text;

namespace Inventory.Api.Access;

/// <summary>The operator's key (<c>Inventory:OperatorKey</c>) opens the node endpoints only; it is no organization's key.</summary>
public static class OperatorKey
{
    /// <summary>True when an operator key is configured and <paramref name="presented"/> is it; compared in constant time.</summary>
    public static bool Matches(string? configured, string? presented) =>
        !string.IsNullOrWhiteSpace(configured) && presented is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(configured)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
