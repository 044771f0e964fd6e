using System.Security.Claims;
using System.Text.Encodings.Web;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Access;

/// <summary>Authenticates <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> against the stored key hashes.</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDocumentStore store,
    FailedKeyAttempts failures) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = KeyOf(Request);
        if (key is null && Request.Cookies.TryGetValue(Web.SignIn.Cookie, out var signedIn) && signedIn.Length > 0)
        {
            // A change made with the sign-in cookie must come from the web app's own scripts.
            if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method) && !Request.Headers.ContainsKey(Web.SignIn.RequestedWithHeader))
                return AuthenticateResult.Fail("A change made with the sign-in cookie needs the X-Requested-With header");
            key = signedIn;
        }

        if (key is null) return AuthenticateResult.NoResult();

        var hash = ApiKey.HashOf(key);
        await using var session = store.QuerySession();
        var stored = await session.QueryAsync(new ApiKeyByHash { Hash = hash }, Context.RequestAborted);
        if (stored is null || !stored.IsActive)
        {
            failures.Record(Context);
            return AuthenticateResult.Fail("Unknown or revoked API key");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, stored.Name),
            new Claim(ClaimTypes.Role, stored.Role.ToString()),
            new Claim(InventoryClaims.Organization, stored.OrganizationId),
            new Claim(InventoryClaims.KeyId, stored.Id.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    public static string? KeyOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim() is { Length: > 0 } k ? k : null;
        var apiKey = request.Headers["X-Api-Key"].ToString().Trim();
        return apiKey.Length > 0 ? apiKey : null;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "An API key is required",
            detail: "Send a valid key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        await Results.Problem(statusCode: 403, title: "This key's role may not do that",
            detail: $"The key's role is '{Context.User.FindFirstValue(ClaimTypes.Role)}'.").ExecuteAsync(Context);
    }
}
