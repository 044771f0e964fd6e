using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Inventory.Api.Access;

public static class AccessFeature
{
    /// <summary>Organizations, API keys and web sessions; authentication, roles, throttling, trusted proxies; the start-up key and banner.</summary>
    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<InventoryOptions>(builder.Configuration.GetSection(InventoryOptions.Section));
        builder.Services.ConfigureMarten(opts => opts.ConfigureAccess());
        builder.Services.AddInventoryAccess(builder.Configuration);
        builder.Services.AddInventoryThrottling(builder.Configuration);
        builder.Services.AddTrustedProxies(builder.Configuration);
        return builder;
    }

    /// <summary>The documents shared by every organization (not tenanted).</summary>
    public static StoreOptions ConfigureAccess(this StoreOptions opts)
    {
        opts.Schema.For<Organization>().SingleTenanted();
        opts.Schema.For<ApiKey>().SingleTenanted().UniqueIndex(k => k.Hash);
        opts.Schema.For<WebSession>().SingleTenanted().Index(s => s.KeyId);
        return opts;
    }

    private static IServiceCollection AddInventoryAccess(this IServiceCollection services, IConfiguration configuration)
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
        services.AddSingleton<KeyCache>();
        services.AddHostedService<KeyChanges>();
        services.AddSingleton<ConsoleBanner>();
        services.AddHostedService(sp => sp.GetRequiredService<ConsoleBanner>());
        services.AddHostedService<Bootstrap>();
        return services;
    }
}
