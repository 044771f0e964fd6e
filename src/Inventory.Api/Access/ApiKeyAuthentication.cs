using Inventory.Api.Http;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Inventory.Domain.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Access;

/// <summary>Authenticates <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> against the stored key hashes (kept in memory, see <see cref="KeyCache"/>).</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KeyCache keys,
    FailedKeyAttempts failures,
    TimeProvider clock,
    IOptions<InventoryOptions> inventory) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Set when a failed key attempt comes from an address that used up its attempts: the challenge answers 429.</summary>
    private const string ThrottledItem = "inventory.throttled";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = KeyOf(Request);
        if (key is null)
        {
            return Request.Cookies.TryGetValue(WebSession.Cookie, out var sessionId) && sessionId.Length > 0
                ? await SessionAsync(sessionId)
                : AuthenticateResult.NoResult();
        }

        // The operator's key belongs to no organization: its endpoints check it themselves, and it is no failed attempt.
        if (OperatorKey.Matches(inventory.Value.OperatorKey, key)) return AuthenticateResult.NoResult();

        var stored = await keys.KeyAsync(ApiKey.HashOf(key), Context.RequestAborted);
        if (stored is null || !stored.IsActive)
        {
            if (failures.Fail(Context) is { } wait) Context.Items[ThrottledItem] = wait;
            return AuthenticateResult.Fail("Unknown or revoked API key");
        }

        return Success(stored);
    }

    /// <summary>The web app's session cookie: valid while the session has not expired and its key is still active.</summary>
    private async Task<AuthenticateResult> SessionAsync(string sessionId)
    {
        // A change made with the sign-in cookie must come from the web app's own scripts.
        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method) && !Request.Headers.ContainsKey(WebSession.RequestedWithHeader))
            return AuthenticateResult.Fail("A change made with the sign-in cookie needs the X-Requested-With header");

        var (signedIn, stored) = await keys.SessionAsync(ApiKey.HashOf(sessionId), Context.RequestAborted);
        if (signedIn is null || signedIn.ExpiresAt <= clock.GetUtcNow()) return AuthenticateResult.Fail("Unknown or expired session");
        return stored is { IsActive: true } ? Success(stored) : AuthenticateResult.Fail("The session's key was revoked");
    }

    private static AuthenticateResult Success(ApiKey stored)
    {
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
        if (Context.Items[ThrottledItem] is TimeSpan wait)
        {
            await FailedKeyAttempts.RefuseAsync(Context, wait);
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "An API key is required",
            detail: "Send a valid key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.",
            extensions: ProblemCodes.Extensions(ErrorCodes.Unauthenticated)).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        await Results.Problem(statusCode: 403, title: "This key's role may not do that",
            detail: $"The key's role is '{RoleNames.NameOfClaim(Context.User.FindFirstValue(ClaimTypes.Role))}'.",
            extensions: ProblemCodes.Extensions(ErrorCodes.Forbidden)).ExecuteAsync(Context);
    }
}
