using System.Text.Json.Nodes;
using Inventory.Domain.Errors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Inventory.Api.OpenApi;

/// <summary>What the whole document shares: its title, the two key schemes, the problem documents, and /health.</summary>
public sealed class DocumentFrame : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "ValidationProblemDetails";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Relationship Inventory API",
            Version = "v1",
            Description = "Every change to a company's customer-relationship portfolio kept as an event, with reports, quarterly reviews and an audit trail. "
                          + "Every /api operation takes an API key, as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'. Errors are RFC 9457 problem documents.",
        };
        document.Info.Contact = new OpenApiContact { Name = "Relationship Inventory" };
        document.Servers = document.Servers?.Select(s => new OpenApiServer { Url = s.Url?.TrimEnd('/'), Description = "This host" }).ToList();

        var components = document.Components ??= new OpenApiComponents();
        components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "An API key (or, when JWT sign-in is configured, a token) as 'Authorization: Bearer <key>'",
        };
        components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key", Description = "An API key as 'X-Api-Key: <key>'",
        };

        components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        components.Schemas[ProblemSchema] = Problem();
        components.Schemas[ValidationProblemSchema] = new OpenApiSchema
        {
            Description = "A problem naming each field at fault in errors, and the code of each message in errorCodes",
            AllOf = [new OpenApiSchemaReference(ProblemSchema, document)],
            Required = new HashSet<string> { "errors", "errorCodes" },
        };
        components.Schemas.Remove("IResult");

        document.Paths ??= new OpenApiPaths();
        document.Paths["/health"] = Health(document);

        // The tags the operations use, each defined once.
        document.Tags = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name).OfType<string>().Distinct().Order()
            .Select(name => new OpenApiTag { Name = name, Description = $"{name} operations" })
            .ToHashSet();
        return Task.CompletedTask;
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem document",
        Required = new HashSet<string> { "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["correlationId"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["code"] = Code("The stable machine name of the problem (see the README's table of codes); clients show the text of error.<code> in the user's language, the English detail when they have none"),
            ["args"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The values the code's text names (field, month, date…), written the invariant way (dates YYYY-MM-DD, months YYYY-MM)",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String },
            },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Each field at fault, with what is wrong with it",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["errorCodes"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The same fields as errors, each with the code of each of its messages",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Code("What is wrong with the field") },
            },
            ["rows"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "An import's bad rows: the line, the column, the code and the English message of each",
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "line", "column", "code", "message" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["line"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                        ["column"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        ["code"] = Code("What is wrong with the cell or row"),
                        ["message"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            },
        },
    };

    /// <summary>One of the documented problem codes.</summary>
    private static OpenApiSchema Code(string description) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        Enum = ErrorCodes.All.Select(c => (JsonNode)JsonValue.Create(c)).ToList(),
    };

    private static OpenApiPathItem Health(OpenApiDocument document) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = "GET_health",
                Summary = "Whether the host and its database answer, with this version's schema",
                Description = "For load balancers and orchestrators; needs no key.",
                Tags = new HashSet<OpenApiTagReference> { new("Hosting", document) },
                Responses = new OpenApiResponses
                {
                    ["200"] = Text("Healthy", "Healthy"),
                    ["503"] = Text("Unhealthy (the database does not answer, or holds another version's schema)", "Unhealthy"),
                },
            },
        },
    };

    private static OpenApiResponse Text(string description, string value) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(value)] } },
        },
    };
}
