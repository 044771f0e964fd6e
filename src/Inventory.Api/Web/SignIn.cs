using Inventory.Api.Access;
using Marten;

namespace Inventory.Api.Web;

/// <summary>
/// The web app's sign-in: the API key goes into an HttpOnly, SameSite=Strict cookie (never the URL or local storage),
/// and the key check reads it from there when a request carries no key header.
/// </summary>
public static class SignIn
{
    public const string Cookie = "inventory_key";
    /// <summary>Sent by the web app's scripts: a cookie-authenticated change without it is refused (a forged form can't add it).</summary>
    public const string RequestedWithHeader = "X-Requested-With";

    public static void Map(WebApplication app)
    {
        app.MapPost("/signin", async (HttpContext http, IDocumentStore store) =>
        {
            var form = await http.Request.ReadFormAsync();
            var key = form["key"].ToString().Trim();
            var hash = ApiKey.HashOf(key);
            await using var session = store.QuerySession();
            var stored = key.Length == 0 ? null : await session.Query<ApiKey>().FirstOrDefaultAsync(k => k.Hash == hash);
            if (stored is not { IsActive: true })
            {
                http.RequestServices.GetRequiredService<FailedKeyAttempts>().Record(http);
                return Results.Redirect("/signin.html?failed=1");
            }

            http.Response.Cookies.Append(Cookie, key, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = http.Request.IsHttps,
                Path = "/",
                MaxAge = TimeSpan.FromHours(12),
            });
            return Results.Redirect("/");
        }).AllowAnonymous().DisableAntiforgery();

        app.MapPost("/signout", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
            return Results.Redirect("/signin.html");
        }).AllowAnonymous().DisableAntiforgery();

        app.MapGet("/api/me", (HttpContext http) => Results.Json(new
        {
            name = http.User.UserName(),
            role = http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value,
            organization = http.User.OrganizationId(),
        })).RequireAuthorization(Policies.Read);
    }
}
