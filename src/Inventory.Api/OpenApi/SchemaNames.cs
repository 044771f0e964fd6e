using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Inventory.Api.OpenApi;

/// <summary>
/// Component names: the type's name, unless two of our types share it (an answer record and the domain result it
/// carries): then both are named by namespace (<c>Domain.Reports.SatisfactionCostAnswer</c>), so neither replaces the other.
/// </summary>
public static class SchemaNames
{
    private static readonly Lazy<HashSet<string>> Shared = new(() =>
        new[] { typeof(SchemaNames).Assembly, typeof(Domain.Vocabulary.Names).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .GroupBy(t => t.Name)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet());

    public static string? Of(JsonTypeInfo type)
    {
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        if (name is null || name != type.Type.Name || !Shared.Value.Contains(name) || type.Type.Namespace is not { } ns) return name;
        return ns.StartsWith("Inventory.", StringComparison.Ordinal) ? $"{ns["Inventory.".Length..]}.{name}" : name;
    }
}
