namespace Inventory.Api.Http;

public static class NoStoreAnswer
{
    /// <summary>An answer that carries a secret (a key, a session cookie) must not be kept by any cache.</summary>
    public static void Apply(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
    }
}
