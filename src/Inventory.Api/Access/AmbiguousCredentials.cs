using Inventory.Api.Http;
namespace Inventory.Api.Access;

/// <summary>
/// A request that reads a key (every <c>/api</c> address, every endpoint that is not anonymous) carries at most one:
/// a key in <c>Authorization: Bearer</c> and another in <c>X-Api-Key</c> could belong to two organizations, and picking
/// one silently would act for an organization the client may not have meant. Such a request is refused with a 400
/// naming both headers, before any key is checked (so it is no failed attempt either).
/// </summary>
public sealed class AmbiguousCredentials(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.ToString().Trim().Length > 0 && request.Headers["X-Api-Key"].ToString().Trim().Length > 0
            && ReadsAKey(context))
        {
            const string message = "Send one credential: either 'Authorization: Bearer <key>' or 'X-Api-Key: <key>', not both.";
            var refusal = new FieldError(Domain.Errors.ErrorCodes.AmbiguousCredentials, message);
            throw new InvalidRequest(new Dictionary<string, FieldError[]>
            {
                ["Authorization"] = [refusal],
                ["X-Api-Key"] = [refusal],
            });
        }

        return next(context);
    }

    /// <summary>Where the OpenAPI document names the key schemes (see DerivedAnswers).</summary>
    private static bool ReadsAKey(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
        || context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null;
}
