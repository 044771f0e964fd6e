using System.Text.Json;
using System.Text.Json.Serialization;
using Inventory.Domain.Limits;

namespace Inventory.Api.Http;

/// <summary>
/// Refuses, while the body is read, any JSON string PostgreSQL could not store (one with a NUL character), so every
/// text field of every command is covered at once; the serializer adds the field's path to the error.
/// </summary>
public sealed class StorableStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is null || InputLimits.IsStorable(text) ? text : throw new UnstorableText();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Carries the field's path in its message: the JSON body reader reports only the message.</summary>
public sealed class UnstorableText() : JsonException(InputLimits.UnstorableMessage)
{
    public override string Message => Path is null ? base.Message : $"{base.Message} Path: {Path}";
}
