using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Inventory.Api.Access;

/// <summary>
/// Optional sign-in with JWT bearer tokens from an OpenID Connect provider: set <c>Inventory:Jwt:Authority</c> (and
/// <c>Audience</c>), and name the claims that carry the organization and the role. Tokens then work wherever API keys do.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Inventory:Jwt";
    public string? Authority { get; set; }
    public string? Audience { get; set; }
    public string? Issuer { get; set; }
    /// <summary>A shared secret instead of the authority's keys (development and tests).</summary>
    public string? SigningKey { get; set; }
    public string OrganizationClaim { get; set; } = "org";
    public string RoleClaim { get; set; } = "role";
    public string NameClaim { get; set; } = "name";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}

public static class JwtSignIn
{
    public const string Scheme = "Jwt";
    public const string Selector = "ApiKeyOrJwt";

    /// <summary>Adds the JWT scheme and a selector that sends a token (three dot-separated parts) to it and anything else to the API key check.</summary>
    public static void Add(AuthenticationBuilder authentication, JwtOptions options)
    {
        authentication.AddJwtBearer(Scheme, jwt =>
        {
            jwt.Authority = options.Authority;
            jwt.Audience = options.Audience;
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = options.Authority?.StartsWith("https", StringComparison.OrdinalIgnoreCase) ?? false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = options.Audience is not null,
                ValidAudience = options.Audience,
                ValidateIssuer = options.Issuer is not null,
                ValidIssuer = options.Issuer,
                IssuerSigningKey = options.SigningKey is { } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null,
                NameClaimType = options.NameClaim,
                RoleClaimType = ClaimTypes.Role,
            };
            jwt.Events = new JwtBearerEvents { OnTokenValidated = context => Map(context, options) };
        });

        authentication.AddPolicyScheme(Selector, "API key or JWT", policy => policy.ForwardDefaultSelector = context =>
        {
            var header = context.Request.Headers.Authorization.ToString();
            return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Count(c => c == '.') == 2
                ? Scheme
                : ApiKeyAuthentication.SchemeName;
        });
    }

    /// <summary>Turns the provider's claims into the organization and role the product checks; a token without them is refused.</summary>
    private static Task Map(TokenValidatedContext context, JwtOptions options)
    {
        var principal = context.Principal!;
        var organization = principal.FindFirst(options.OrganizationClaim)?.Value;
        var role = principal.FindFirst(options.RoleClaim)?.Value;
        if (organization is null || !Enum.TryParse<Role>(role, ignoreCase: true, out var parsed))
        {
            context.Fail($"The token needs an organization claim '{options.OrganizationClaim}' and a role claim '{options.RoleClaim}'");
            return Task.CompletedTask;
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, principal.FindFirst(options.NameClaim)?.Value ?? principal.FindFirst("sub")?.Value ?? "jwt-user"),
            new Claim(ClaimTypes.Role, parsed.ToString()),
            new Claim(InventoryClaims.Organization, organization),
            new Claim(InventoryClaims.KeyId, "jwt:" + (principal.FindFirst("sub")?.Value ?? organization)),
        ], Scheme);
        context.Principal = new ClaimsPrincipal(identity);
        return Task.CompletedTask;
    }
}
