using Wolverine.Http;

namespace Inventory.Api.Http;

public static class HttpFeature
{
    /// <summary>Wolverine's HTTP endpoints, JSON settings, problem answers and security headers.</summary>
    public static WebApplicationBuilder AddHttp(this WebApplicationBuilder builder)
    {
        builder.Services.AddWolverineHttp();
        builder.Services.AddInventorySecurityHeaders();
        builder.Services.AddInventoryHttp();
        return builder;
    }
}
