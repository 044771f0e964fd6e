using Inventory.Api.Access;

namespace Inventory.Api.Demo;

public static class DemoFeature
{
    /// <summary>The demo company (Northwind Cycles), loaded at start when asked (--demo [es|pt-BR|en]) or on the embedded default.</summary>
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services.AddSingleton<DemoChoice>();
        // The default organization takes the demo's currency when it is made for the demo and none is configured.
        builder.Services.AddSingleton<IDefaultCurrency>(sp => sp.GetRequiredService<DemoChoice>());
        // After the access set-up: the default organization exists by the time it runs.
        builder.Services.AddHostedService<DemoSeeding>();
        return builder;
    }
}
