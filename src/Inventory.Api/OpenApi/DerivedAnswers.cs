using System.Reflection;
using System.Text.Json.Nodes;
using Inventory.Api.Access;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Wolverine.Http;
using Inventory.Api.Http;

namespace Inventory.Api.OpenApi;

/// <summary>
/// Completes each operation from what its endpoint is: the key schemes and 401/403/429 from its authorization, 400 from
/// its parameters, 413/415 (and 406) from its JSON body, 404 from a route id, 409/412/422 and the Idempotency-Key and If-Match headers
/// for an event-stream command. Answers the endpoint declares itself (<c>[ProducesResponseType]</c>) come first; every
/// error is an RFC 9457 problem document. See docs/api-contract.md.
/// </summary>
public sealed class DerivedAnswers : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var document = context.Document;
        var path = "/" + description.RelativePath;
        var method = (description.HttpMethod ?? "GET").ToUpperInvariant();
        var chain = metadata.OfType<HttpChain>().FirstOrDefault();
        var handler = chain?.Method.Method ?? metadata.OfType<MethodInfo>().FirstOrDefault();
        var responses = operation.Responses ??= new OpenApiResponses();
        // Wolverine repeats the operation id as description; the endpoint's doc summary says more.
        if (operation.Description == operation.OperationId) operation.Description = operation.Summary;
        // Tagged by capability (the endpoint's folder: Segments, Reports…), not by endpoint class.
        if (handler?.DeclaringType?.Namespace?.Split('.')[^1] is { } capability)
            operation.Tags = new HashSet<OpenApiTagReference> { new(capability, document) };

        // Wolverine describes an endpoint returning IResult as "200: IResult", and any resource answer as maybe 404:
        // neither says what the endpoint does. Its own declarations and the conventions below do.
        foreach (var untyped in description.SupportedResponseTypes.Where(r => r.Type == typeof(IResult)))
            responses.Remove(untyped.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!metadata.OfType<Microsoft.AspNetCore.Mvc.ProducesResponseTypeAttribute>().Any(a => a.StatusCode == 404)) responses.Remove("404");

        foreach (var (status, answer) in responses.ToList())
        {
            if (answer is not OpenApiResponse response) continue;
            response.Description = Reason(status, response.Description);
            foreach (var (contentType, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (contentType.StartsWith("text/", StringComparison.Ordinal)) media.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
            }

            if (int.TryParse(status, out var code) && code >= 400) Problem(responses, document, code, response.Description);
        }

        foreach (var content in handler?.GetCustomAttributes<RequestContentAttribute>() ?? [])
        {
            operation.RequestBody ??= new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType>() };
            operation.RequestBody.Content![content.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }

        DescribeQueryValues(operation, handler);
        if (responses.Values.Any(r => r.Content?.ContainsKey("text/csv") == true))
        {
            AddFormat(operation, "csv");
            AddLabels(operation);
        }

        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var api = path.StartsWith("/api/", StringComparison.Ordinal);
        // Every /api operation reads a key (an anonymous one, the operator's node endpoint, checks its own).
        if (api || !anonymous)
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DocumentFrame.BearerScheme, document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DocumentFrame.ApiKeyScheme, document)] = [] },
            ];
        }

        if (!anonymous)
        {
            Problem(responses, document, 401, "No valid API key (Authorization: Bearer or X-Api-Key)");
            var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            var restricted = policies.Any(p => Policies.Roles.TryGetValue(p, out var roles) && roles.Length < Enum.GetValues<Role>().Length);
            if (restricted || method != "GET") Problem(responses, document, 403, "The key's role may not do this (or a signed-in page's change lacks X-Requested-With)");
        }

        Problem(responses, document, 429, "Too many requests for this key, or too many failed key attempts from this address (see Retry-After)");

        var bodied = operation.RequestBody is not null;
        // A key in both Authorization and X-Api-Key is ambiguous (AmbiguousCredentials).
        if (api || !anonymous) Problem(responses, document, 400, "A parameter or field is missing or not valid, or a key was sent in both Authorization and X-Api-Key (each named in errors)", validation: true);
        if (bodied || operation.Parameters?.Count > 0) Problem(responses, document, 400, "A parameter or field is missing or not valid (each named in errors)", validation: true);
        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path)) Problem(responses, document, 404, "Not found in the caller's organization");
        if (bodied || method is "POST" or "PUT" or "PATCH") Problem(responses, document, 413, "The body is larger than the configured limit");
        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body) && chain is not null)
        {
            Problem(responses, document, 415, "The body is not application/json");
            // Wolverine's content negotiation for a JSON command; reads answer JSON whatever Accept says.
            Problem(responses, document, 406, "The Accept header excludes JSON");
        }

        var writesEvents = chain is not null && method is "POST" or "DELETE" && handler!.GetParameters().Any(p => p.ParameterType == typeof(IDocumentSession) || p.ParameterType == typeof(Writes.WritePath));
        if (writesEvents)
        {
            AddHeader(operation, IdempotentAnswer.Header, "Sent again with the same request, the first answer is replayed (Idempotent-Replayed: true) and nothing is appended twice.");
            Problem(responses, document, 409, "A concurrent change won; retry");
            Problem(responses, document, 422, "The change breaks a rule (or the Idempotency-Key was used for another request)", validation: true);
            if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
            {
                AddHeader(operation, "If-Match", "The ETag of the version read (e.g. \"7\"): the change is refused with 412 if the stream moved on.");
                Problem(responses, document, 412, "The stream changed since the version named in If-Match");
            }
        }

        return Task.CompletedTask;
    }

    private static void Problem(OpenApiResponses responses, OpenApiDocument? document, int status, string? why, bool validation = false)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!responses.TryGetValue(key, out var existing) || existing is not OpenApiResponse response)
            responses[key] = response = new OpenApiResponse { Description = why };
        response.Description ??= why;
        response.Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new()
            {
                Schema = new OpenApiSchemaReference(validation ? DocumentFrame.ValidationProblemSchema : DocumentFrame.ProblemSchema, document),
            },
        };
    }

    /// <summary>Query values are read loosely (strings) so a bad one is a named 400; their attributes say what they take.</summary>
    private static void DescribeQueryValues(OpenApiOperation operation, MethodInfo? handler)
    {
        if (handler is null || operation.Parameters is null) return;
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            var declared = handler.GetParameters().FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (declared is null) continue;
            if (declared.GetCustomAttribute<RequiredFieldAttribute>() is not null)
            {
                parameter.Required = true;
                if (parameter.Schema is OpenApiSchema schema && schema.Type is { } type) schema.Type = type & ~JsonSchemaType.Null;
            }

            if (declared.GetCustomAttribute<OneOfAttribute>() is { } oneOf && parameter.Schema is OpenApiSchema values)
                values.Enum = oneOf.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        }
    }

    /// <summary>Human column names in the CSV header row (see <see cref="Reports.CsvLabels"/>).</summary>
    private static void AddLabels(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.Name == Reports.CsvLabels.Parameter)) return;
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Reports.CsvLabels.Parameter, In = ParameterLocation.Query, Required = false,
            Description = "The CSV header row in this language's words for people; without it, the stable column names. Values stay machine-readable (ISO dates, '.' decimals).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = Languages.Texts.Supported.Select(l => (JsonNode)JsonValue.Create(l)).ToList() },
        });
    }

    private static void AddFormat(OpenApiOperation operation, string format)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.Name == "format")) return;
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "format", In = ParameterLocation.Query, Required = false,
            Description = $"'{format}' answers text/{format}, as Accept: text/{format} does (a download link can't set headers)",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(format)] },
        });
    }

    private static void AddHeader(OpenApiOperation operation, string name, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.Name == name && p.In == ParameterLocation.Header)) return;
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name, In = ParameterLocation.Header, Required = false, Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static string Reason(string status, string? given) =>
        !string.IsNullOrEmpty(given) ? given
        : int.TryParse(status, out var code) ? ReasonPhrases.GetReasonPhrase(code) is { Length: > 0 } phrase ? phrase : status : status;
}
