using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Inventory.Domain.Figures;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Inventory.Api.OpenApi;

/// <summary>
/// Schemas as the JSON really is: strings as strings (our string converter hides that from the generator), null only
/// where the property is nullable; vocabulary enums as strings; months as YYYY-MM; a request body's fields required
/// only when marked <see cref="RequiredFieldAttribute"/> and enumerated when marked <see cref="OneOfAttribute"/>.
/// Answers write every property (null included), so their records keep every property required.
/// </summary>
public sealed class FieldSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var property = context.JsonPropertyInfo;
        if (type.IsEnum)
        {
            schema.Type = JsonSchemaType.String;
        }
        else if (Nullable.GetUnderlyingType(type) is { IsEnum: true })
        {
            // The enum's shared component may be built from a nullable use first (it depends on the endpoints' order):
            // it stays the plain enum, and each nullable property says "null or the enum" itself.
            schema.Type = JsonSchemaType.String;
            schema.Enum = schema.Enum?.Where(v => v is not null).ToList();
        }
        else if (type == typeof(string))
        {
            var nullable = property is not null && property.PropertyType == typeof(string) && IsNullable(property);
            schema.Type = JsonSchemaType.String | (nullable ? JsonSchemaType.Null : 0);
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

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Enumerable && context.JsonTypeInfo.ElementType == typeof(string)
            && schema.Items is null or OpenApiSchema { Type: null, Enum: null })
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        if (property is not null && property.PropertyType == type) DescribeField(schema, property);
        if (property is null && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && context.ParameterDescription?.Source == BindingSource.Body)
        {
            schema.Required = context.JsonTypeInfo.Properties.Where(p => Attributes(p).OfType<RequiredFieldAttribute>().Any()).Select(p => p.Name).ToHashSet();
        }

        return Task.CompletedTask;
    }

    private static void DescribeField(OpenApiSchema field, JsonPropertyInfo property)
    {
        var attributes = Attributes(property).ToList();
        if (attributes.OfType<RequiredFieldAttribute>().Any() && field.Type is { } type) field.Type = type & ~JsonSchemaType.Null;
        if (attributes.OfType<OneOfAttribute>().FirstOrDefault() is not { } oneOf) return;

        var list = property.PropertyType != typeof(string) && property.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable));
        OpenApiSchema target;
        if (list)
        {
            target = field.Items as OpenApiSchema ?? new OpenApiSchema();
            field.Items = target;
            target.Type = JsonSchemaType.String;
        }
        else
        {
            target = field;
            target.Type = JsonSchemaType.String | (field.Type is { } t && t.HasFlag(JsonSchemaType.Null) ? JsonSchemaType.Null : 0);
        }

        var values = oneOf.Values.Select(v => (JsonNode?)JsonValue.Create(v)).ToList();
        if (target.Type.Value.HasFlag(JsonSchemaType.Null)) values.Add(null);
        target.Enum = values!;
    }

    // A context per call: NullabilityInfoContext is not thread-safe, and documents are generated concurrently.
    private static bool IsNullable(JsonPropertyInfo property) => property.AttributeProvider switch
    {
        PropertyInfo p => new NullabilityInfoContext().Create(p).ReadState != NullabilityState.NotNull,
        FieldInfo f => new NullabilityInfoContext().Create(f).ReadState != NullabilityState.NotNull,
        _ => true,
    };

    private static IEnumerable<object> Attributes(JsonPropertyInfo property) =>
        (property.AttributeProvider?.GetCustomAttributes(true) ?? [])
        .Concat(property.AssociatedParameter?.AttributeProvider?.GetCustomAttributes(true) ?? []);
}
