using System.Globalization;

namespace Inventory.Api.Http;

/// <summary>Stream versions as entity tags: a segment at version 7 has the ETag <c>"7"</c>.</summary>
public static class IfMatch
{
    public static string ETag(long version) => $"\"{version}\"";

    /// <summary>The version the client says it read, or null when it sent no If-Match (or <c>*</c>).</summary>
    public static long? ExpectedVersion(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return null;
        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        tag = tag.Trim('"');
        if (long.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0) return version;
        throw new InvalidRequest("If-Match", Domain.Errors.ErrorCodes.InvalidHeader, "If-Match must be the ETag of the segment you read, e.g. \"7\"");
    }
}
