using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Inventory.Api.Tests.Contract;

/// <summary>One operation of the served document: its method and path template.</summary>
public sealed record Operation(string Method, string Path)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// The served OpenAPI document as a contract: finds the operation a request went to and checks an answer against it —
/// status declared, content type declared for that status, JSON body valid against the declared schema (JsonSchema.Net,
/// with the document's component schemas as <c>$defs</c>).
/// </summary>
public sealed class ServedContract
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    private readonly JsonObject _document;
    private readonly JsonObject _definitions;
    private readonly List<(Operation Operation, Regex Pattern, int Literals)> _operations = [];
    private readonly Dictionary<string, JsonSchema> _schemas = new();
    private int _built;

    public ServedContract(string json)
    {
        _document = JsonNode.Parse(json)!.AsObject();
        _definitions = Rewrite(_document["components"]?["schemas"]?.DeepClone() ?? new JsonObject()).AsObject();
        foreach (var (path, item) in _document["paths"]!.AsObject())
        foreach (var method in Methods.Where(m => item![m] is not null))
        {
            var pattern = new Regex("^" + Regex.Replace(Regex.Escape(path), @"\\\{[^}]+}", "[^/]+") + "$");
            _operations.Add((new Operation(method.ToUpperInvariant(), path), pattern, path.Count(c => c == '{')));
        }
    }

    public IReadOnlyList<Operation> Operations => _operations.Select(o => o.Operation).ToList();

    public JsonObject OperationNode(Operation operation) => _document["paths"]![operation.Path]![operation.Method.ToLowerInvariant()]!.AsObject();

    /// <summary>The operation that serves <paramref name="url"/>; the most literal template wins (/a/b over /a/{id}).</summary>
    public Operation? Find(string method, string url)
    {
        var path = url.Split('?')[0];
        return _operations.Where(o => o.Operation.Method == method && o.Pattern.IsMatch(path)).OrderBy(o => o.Literals).Select(o => o.Operation).FirstOrDefault();
    }

    /// <summary>
    /// Properties whose schema says nothing (<c>{}</c> accepts any value, so no answer can break it), other than
    /// <paramref name="anyValue"/> (Component.property) which really hold any JSON.
    /// </summary>
    public IReadOnlyList<string> UntypedProperties(params string[] anyValue)
    {
        static bool Untyped(JsonNode? schema) => schema is JsonObject o
            && !new[] { "type", "$ref", "oneOf", "anyOf", "allOf", "enum", "const" }.Any(o.ContainsKey);

        var found = new List<string>();
        foreach (var (component, schema) in _document["components"]?["schemas"]?.AsObject() ?? new JsonObject())
        foreach (var (name, property) in schema?["properties"]?.AsObject() ?? new JsonObject())
        {
            if (anyValue.Contains($"{component}.{name}")) continue;
            if (Untyped(property)) found.Add($"{component}.{name} has no type");
            else if (property?["items"] is { } items && Untyped(items)) found.Add($"{component}.{name} has items of no type");
            else if (property?["type"]?.ToJsonString().Contains("array") == true && property["items"] is null) found.Add($"{component}.{name} is an array without items");
        }

        return found;
    }

    /// <summary>What is wrong with this answer according to the document; empty when it keeps the contract.</summary>
    public IReadOnlyList<string> Check(Operation operation, HttpStatusCode status, string? contentType, string body)
    {
        var code = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = OperationNode(operation)["responses"]?[code];
        if (response is null) return [$"{operation} answered {code}, which the document does not declare"];
        var content = response["content"]?.AsObject();
        if (content is null || content.Count == 0)
            return body.Length == 0 ? [] : [$"{operation} {code}: the document declares no body, the answer has {body.Length} characters"];
        if (contentType is null || !content.ContainsKey(contentType))
            return [$"{operation} {code}: content type '{contentType}' is not declared (declared: {string.Join(", ", content.Select(c => c.Key))})"];

        var schema = content[contentType]!["schema"];
        if (schema is null || !contentType.Contains("json", StringComparison.Ordinal))
            return schema?["type"]?.GetValue<string>() == "string" || schema is null ? [] : [$"{operation} {code}: {contentType} declared with a non-string schema"];

        var results = Schema(schema).Evaluate(JsonDocument.Parse(body).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
            .Take(8);
        return [$"{operation} {code} {contentType}: the body does not match the declared schema: {string.Join("; ", errors)}; body: {Clip(body)}"];
    }

    private JsonSchema Schema(JsonNode declared)
    {
        var key = declared.ToJsonString();
        if (_schemas.TryGetValue(key, out var built)) return built;
        var wrapper = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = _definitions.DeepClone(),
            ["allOf"] = new JsonArray(Rewrite(declared.DeepClone())),
        };
        var schema = JsonSchema.FromText(wrapper.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() },
            new Uri($"https://contract.inventory.test/schema/{++_built}"));
        return _schemas[key] = schema;
    }

    /// <summary>Points <c>#/components/schemas/X</c> at <c>#/$defs/X</c> of the wrapper schema.</summary>
    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (name == "$ref" && value?.GetValue<string>() is { } target && target.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                        o["$ref"] = "#/$defs/" + target["#/components/schemas/".Length..];
                    else if (value is not null) Rewrite(value);
                }

                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) Rewrite(item);
                break;
        }

        return node;
    }

    private static string Clip(string body) => body.Length > 400 ? body[..400] + "…" : body;
}
