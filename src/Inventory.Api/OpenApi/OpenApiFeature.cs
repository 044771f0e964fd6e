namespace Inventory.Api.OpenApi;

public static class OpenApiFeature
{
    /// <summary>The served OpenAPI document and its reference page.</summary>
    public static WebApplicationBuilder AddOpenApiDocument(this WebApplicationBuilder builder)
    {
        builder.Services.AddInventoryOpenApi();
        return builder;
    }
}
