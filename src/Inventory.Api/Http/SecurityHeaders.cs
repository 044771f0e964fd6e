using NetEscapades.AspNetCore.SecurityHeaders.Infrastructure;

namespace Inventory.Api.Http;

/// <summary>
/// Security headers on every answer (pages, the review pack, the API, problems): a strict Content-Security-Policy
/// (scripts and styles only from this site, no framing, no plugins), nosniff, X-Frame-Options DENY, no referrer.
/// The API reference page (Scalar) runs an inline start-up script and inline styles, so its path alone gets a policy
/// that allows them; nothing else does.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiReferencePath = "/api-reference";
    private const string ApiReferencePolicy = "api-reference";

    public static IServiceCollection AddInventorySecurityHeaders(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.AddServerHeader = false);
        services.AddSecurityHeaderPolicies(policies =>
        {
            policies.SetDefaultPolicy(p => Common(p).AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                // The stylesheet's own icons (select arrows, date pickers) are data: SVG images; images never run script.
                csp.AddImgSrc().Self().Data();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            }));
            policies.AddPolicy(ApiReferencePolicy, p => Common(p).AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().UnsafeInline();
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddConnectSrc().Self();
                csp.AddFontSrc().Self().Data();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            }));
            policies.SetPolicySelector(context =>
                context.HttpContext.Request.Path.StartsWithSegments(ApiReferencePath) ? context.ConfiguredPolicies[ApiReferencePolicy] : context.DefaultPolicy);
        });
        return services;
    }

    private static HeaderPolicyCollection Common(HeaderPolicyCollection policy) => policy
        .AddContentTypeOptionsNoSniff()
        .AddFrameOptionsDeny()
        .AddReferrerPolicyNoReferrer()
        .RemoveServerHeader();
}
