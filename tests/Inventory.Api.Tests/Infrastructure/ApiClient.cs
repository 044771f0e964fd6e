using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Api.Tests.Infrastructure;

/// <summary>Talks to the API the way a client does: JSON over HTTP with an API key.</summary>
public sealed class ApiClient(HttpClient http, string key)
{
    public string Key { get; } = key;
    public HttpClient Http { get; } = http;

    public Task<Answer> PostAsync(string url, object? body, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Post, url, body is null ? null : JsonContent.Create(body), headers);

    public Task<Answer> PostRawAsync(string url, string body, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Post, url, new StringContent(body, Encoding.UTF8, contentType), headers);

    public Task<Answer> GetAsync(string url, params (string Name, string Value)[] headers) => SendAsync(HttpMethod.Get, url, null, headers);

    public Task<Answer> DeleteAsync(string url, params (string Name, string Value)[] headers) => SendAsync(HttpMethod.Delete, url, null, headers);

    public async Task<Answer> SendAsync(HttpMethod method, string url, HttpContent? content, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, text, response.Headers.ETag?.Tag, response.Content.Headers.ContentType?.MediaType,
            response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase));
    }
}

public sealed record Answer(HttpStatusCode Status, string Body, string? ETag, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("Empty body");

    public Answer ShouldBe(HttpStatusCode status)
    {
        Status.ShouldBe(status, Body);
        return this;
    }

    public Guid Id(string property) => Json[property]!.GetValue<Guid>();

    public long Version => Json["version"]!.GetValue<long>();

    /// <summary>The problem document's message for <paramref name="field"/>, failing when the answer does not name it.</summary>
    public string ErrorFor(string field)
    {
        ContentType.ShouldBe("application/problem+json", Body);
        var errors = Json["errors"]?.AsObject() ?? throw new ShouldAssertException($"No field errors in {Body}");
        var entry = errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase));
        entry.Value.ShouldNotBeNull($"The problem does not name '{field}': {Body}");
        return entry.Value.ToJsonString();
    }

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
