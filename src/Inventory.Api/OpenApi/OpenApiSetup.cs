namespace Inventory.Api.OpenApi;

public static class OpenApiSetup
{
    /// <summary>The served document (/openapi/v1.json), completed by the conventions of docs/api-contract.md.</summary>
    public static IServiceCollection AddInventoryOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.CreateSchemaReferenceId = SchemaNames.Of;
            options.AddSchemaTransformer<FieldSchemas>();
            options.AddOperationTransformer<DerivedAnswers>();
            options.AddDocumentTransformer<DocumentFrame>();
        });
}
