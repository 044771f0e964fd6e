using Inventory.Api.Access;
using Marten;
using Inventory.Api.Http;

namespace Inventory.Api.Web;

/// <summary>
/// The web app's sign-in: a valid API key opens a server-side session; the HttpOnly, SameSite=Strict cookie carries only
/// the session's random id (never the key, never the URL or local storage), and the key check reads it when a request
/// carries no key header. Signing out or revoking the key ends the session.
/// </summary>
public static class SignIn
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/signin", async (HttpContext http, IDocumentStore store, FailedKeyAttempts failures, TimeProvider clock) =>
        {
            NoStoreAnswer.Apply(http);
            if (SameOrigin.Refuses(http.Request)) return SameOrigin.Refusal();

            var key = (await FormAsync(http))["key"].ToString().Trim();
            await using var session = store.LightweightSession();
            var stored = key.Length == 0 ? null : await session.QueryAsync(new ApiKeyByHash { Hash = ApiKey.HashOf(key) }, http.RequestAborted);
            if (stored is not { IsActive: true })
            {
                if (failures.Fail(http) is { } wait)
                {
                    await FailedKeyAttempts.RefuseAsync(http, wait);
                    return Results.Empty;
                }

                return Results.Redirect("/signin.html?failed=1");
            }

            var now = clock.GetUtcNow();
            var sessionId = WebSession.NewId();
            session.Store(WebSession.For(sessionId, stored, now));
            session.DeleteWhere<WebSession>(s => s.ExpiresAt < now);
            await session.SaveChangesAsync(http.RequestAborted);

            http.Response.Cookies.Append(WebSession.Cookie, sessionId, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                // The original scheme: https behind a trusted proxy that says so (X-Forwarded-Proto), see ForwardedHeaders.
                Secure = http.Request.IsHttps,
                Path = "/",
                MaxAge = WebSession.Lifetime,
            });
            return Results.Redirect("/");
        }).AllowAnonymous().DisableAntiforgery()
            // The form is described to OpenAPI only: Accepts<T> would also make routing answer any other body itself, and
            // that answer, outside this anonymous endpoint, asked for a key (401) instead of saying 415.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = FormBody();
                return Task.CompletedTask;
            })
            .Produces(StatusCodes.Status302Found).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("POST_signin").WithSummary("Signs the web app in with an API key").WithDescription("Redirects to / when the key is valid, else back to the sign-in page.");

        app.MapPost("/signout", async (HttpContext http, IDocumentStore store, KeyCache keys) =>
        {
            NoStoreAnswer.Apply(http);
            if (SameOrigin.Refuses(http.Request)) return SameOrigin.Refusal();
            if (http.Request.Cookies.TryGetValue(WebSession.Cookie, out var sessionId) && sessionId.Length > 0)
            {
                await using var session = store.LightweightSession();
                session.Delete<WebSession>(ApiKey.HashOf(sessionId));
                await session.SaveChangesAsync(http.RequestAborted);
                keys.Changed(ApiKey.HashOf(sessionId));
            }

            http.Response.Cookies.Delete(WebSession.Cookie, new CookieOptions { Path = "/" });
            return Results.Redirect("/signin.html");
        }).AllowAnonymous().DisableAntiforgery()
            .Produces(StatusCodes.Status302Found).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("POST_signout").WithSummary("Signs the web app out").WithDescription("Ends the sign-in and redirects to the sign-in page.");

        app.MapGet("/api/me", (HttpContext http) => Results.Json(new CurrentUser(
            http.User.UserName(),
            RoleNames.NameOfClaim(http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value),
            http.User.OrganizationId()))).RequireAuthorization(Policies.Read)
            .Produces<CurrentUser>().WithName("GET_api_me").WithSummary("Who the key (or the signed-in page) acts as").WithDescription("The key's name, role and organization.");
    }

    private static Microsoft.OpenApi.OpenApiRequestBody FormBody() => new()
    {
        Required = true,
        Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
        {
            ["application/x-www-form-urlencoded"] = new()
            {
                Schema = new Microsoft.OpenApi.OpenApiSchema
                {
                    Type = Microsoft.OpenApi.JsonSchemaType.Object,
                    Properties = new Dictionary<string, Microsoft.OpenApi.IOpenApiSchema>
                    {
                        ["key"] = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, Description = "The API key" },
                    },
                    Required = new HashSet<string> { "key" },
                },
            },
        },
    };

    /// <summary>The posted form; a body that is not one is the client's error (415, or 400 when it can't be read), not a 500.</summary>
    private static async Task<IFormCollection> FormAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
            throw new UnsupportedBody("Send the sign-in form as application/x-www-form-urlencoded (or multipart/form-data) with a 'key' field.");
        try
        {
            return await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new InvalidRequest("body", Domain.Errors.ErrorCodes.WrongType, $"The form can't be read: {e.Message}");
        }
    }
}

/// <summary>Who a request acts as.</summary>
public sealed record CurrentUser(string? Name, string? Role, string? Organization);
