using Microsoft.AspNetCore.Authorization;

namespace Inventory.Api.Access;

public static class AccessSetup
{
    public static IServiceCollection AddInventoryAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        var authentication = services.AddAuthentication(jwt.Enabled ? JwtSignIn.Selector : ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        if (jwt.Enabled) JwtSignIn.Add(authentication, jwt);

        services.AddAuthorization(options =>
        {
            foreach (var (policy, roles) in Policies.Roles)
            {
                options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())));
            }

            // Anything not marked otherwise needs at least a valid key.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        services.AddSingleton<Organizations>();
        services.AddSingleton<Hosting.ConsoleBanner>();
        services.AddHostedService(sp => sp.GetRequiredService<Hosting.ConsoleBanner>());
        services.AddHostedService<Bootstrap>();
        return services;
    }
}
