using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Inventory.Domain.Figures;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Inventory.Api.OpenApi;

/// <summary>
/// Schemas as the JSON really is: vocabulary enums as strings; months as YYYY-MM; a request body's fields required only
/// when marked <see cref="RequiredFieldAttribute"/> and enumerated when marked <see cref="OneOfAttribute"/>. Answers
/// write every property (null included), so their records keep every property required.
/// </summary>
public sealed class FieldSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type.IsEnum)
        {
            schema.Type = JsonSchemaType.String;
        }
        else if (type == typeof(YearMonth))
        {
            schema.Type = JsonSchemaType.String;
            schema.Pattern = @"^\d{4}-(0[1-9]|1[0-2])$";
            schema.Description ??= "A calendar month, YYYY-MM";
        }
        else if (type == typeof(MonthFigures))
        {
            schema.Type = JsonSchemaType.Array;
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.Number };
            schema.MinItems = schema.MaxItems = 7;
            schema.Description ??= "[active, fixedCost, variableCost, interactions, customers, satisfactionPoints, satisfactionResponses]";
        }

        if (context.JsonPropertyInfo is null && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object
            && context.ParameterDescription?.Source == BindingSource.Body)
        {
            DescribeRequest(schema, context.JsonTypeInfo);
        }

        return Task.CompletedTask;
    }

    private static void DescribeRequest(OpenApiSchema schema, JsonTypeInfo request)
    {
        var required = new HashSet<string>();
        foreach (var property in request.Properties)
        {
            if (schema.Properties is null || !schema.Properties.TryGetValue(property.Name, out var found) || found is not OpenApiSchema field) continue;
            var attributes = Attributes(property);
            if (attributes.OfType<RequiredFieldAttribute>().Any())
            {
                required.Add(property.Name);
                if (field.Type is { } type) field.Type = type & ~JsonSchemaType.Null;
            }

            if (attributes.OfType<OneOfAttribute>().FirstOrDefault() is { } oneOf)
            {
                var target = field.Type?.HasFlag(JsonSchemaType.Array) == true ? field.Items as OpenApiSchema : field;
                if (target is null) continue;
                target.Type = JsonSchemaType.String | (target.Type is { } t && t.HasFlag(JsonSchemaType.Null) ? JsonSchemaType.Null : 0);
                var values = oneOf.Values.Select(v => (JsonNode?)JsonValue.Create(v)).ToList();
                if (target.Type.Value.HasFlag(JsonSchemaType.Null)) values.Add(null);
                target.Enum = values!;
            }
        }

        schema.Required = required;
    }

    private static IEnumerable<object> Attributes(JsonPropertyInfo property) =>
        (property.AttributeProvider?.GetCustomAttributes(true) ?? [])
        .Concat(property.AssociatedParameter?.AttributeProvider?.GetCustomAttributes(true) ?? []);
}
