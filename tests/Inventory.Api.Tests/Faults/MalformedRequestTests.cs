using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Inventory.Api.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Faults;

/// <summary>
/// Thousands of generated malformed requests over every endpoint: wrong types, missing and extra fields, huge strings
/// and numbers, bad dates and months, unknown vocabulary, malformed JSON, wrong content types. None may answer 5xx,
/// append an event, or answer anything but a problem document.
/// </summary>
public class MalformedRequestTests(AppFixture app)
{
    private static readonly string[] BadJson = ["{", "[", "null", "\"text\"", "{\"name\":}", "{\"a\":1,}", "{{}}", "\u0000\u0001", "[1,2,3]", "{\"name\": \"x\"", "true", "42"];
    private static readonly JsonNode?[] WrongValues =
    [
        null, JsonValue.Create(true), JsonValue.Create(-1), JsonValue.Create(0), new JsonArray(), new JsonObject(),
        JsonValue.Create(new string('x', 100_000)), JsonValue.Create("1e400"), JsonValue.Create("99999999999999999999999999999999999"),
        JsonValue.Create("2025-02-30"), JsonValue.Create("yesterday"), JsonValue.Create(""), JsonValue.Create("2025-13"), JsonValue.Create("2025-1"),
        JsonValue.Create("notAThing"), JsonValue.Create(-99999999999m), JsonValue.Create("NaN"), JsonValue.Create("<script>"),
        JsonValue.Create(1.5e300), JsonValue.Create("２０２５-０１-０１"), JsonValue.Create("2025-01-01T00:00:00"), JsonValue.Create(" 2025-01 "),
        Deep(40), JsonValue.Create(long.MinValue), JsonValue.Create("\u0000"), JsonValue.Create("12,5"),
    ];

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    [Fact]
    public async Task five_thousand_malformed_requests_get_problem_answers_and_append_nothing()
    {
        var org = await app.Host.NewOrganizationAsync();
        var api = org.Admin;
        var segment = (await api.PostAsync("/api/segments", new { name = "Target", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await api.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "thirdParty", name = "Hotline", provider = "CallCo", monthlyFixedCost = 900, costPerInteraction = 3.5, effectiveDate = "2025-01-01" })).Id("relationshipId");
        (await api.PostAsync($"/api/segments/{segment}/relationships/{relationship}/retire", new { effectiveDate = "2025-06-01", reason = "ended" })).Status.ShouldBe(HttpStatusCode.OK);
        var review = (await api.PostAsync("/api/reviews", new { period = "2025-Q1" })).Id("reviewId");
        var before = await EventCountAsync(org.Id);

        var requests = Requests(segment, relationship, review).ToList();
        requests.Count.ShouldBeGreaterThanOrEqualTo(5000);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            var answer = await api.SendAsync(request.Method, request.Url, request.Body is null ? null : new StringContent(request.Body, Encoding.UTF8, request.ContentType));
            if ((int)answer.Status >= 500) failures.Add($"{request}: {(int)answer.Status} {answer.Body[..Math.Min(200, answer.Body.Length)]}");
            else if ((int)answer.Status < 400) failures.Add($"{request}: accepted with {(int)answer.Status}");
            else if (answer.ContentType != "application/problem+json") failures.Add($"{request}: {(int)answer.Status} without a problem document ({answer.ContentType})");
            else if (answer.Body.Contains("   at ") || answer.Body.Contains("Npgsql") || answer.Body.Contains("System.")) failures.Add($"{request}: internals in the answer");
        });

        TestContext.Current.SendDiagnosticMessage($"Malformed requests: {requests.Count} tried, {failures.Count} failures");
        failures.Take(20).ShouldBeEmpty($"{failures.Count} of {requests.Count} malformed requests were mishandled");
        (await EventCountAsync(org.Id)).ShouldBe(before, await NewEventsAsync(org.Id, before));
    }

    private async Task<long> EventCountAsync(string organization)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(organization);
        // Review reminders may fire meanwhile (the review opened above is long overdue); they are not a request's doing.
        return await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName != "review_overdue").CountAsync();
    }

    private async Task<string> NewEventsAsync(string organization, long before)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(organization);
        var events = await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName != "review_overdue").OrderBy(e => e.Sequence).ToListAsync();
        return string.Join("; ", events.Skip((int)before).Select(e => $"{e.EventTypeName} {System.Text.Json.JsonSerializer.Serialize(e.Data)}"));
    }

    public sealed record Request(HttpMethod Method, string Url, string? Body, string ContentType = "application/json")
    {
        public override string ToString() => $"{Method} {Url} {ContentType} {(Body is null ? "" : Body[..Math.Min(80, Body.Length)])}";
    }

    /// <summary>Each command's valid body, and the fields it needs.</summary>
    private static IEnumerable<(string Url, JsonObject Valid)> Commands(Guid segment, Guid relationship, Guid review)
    {
        var s = $"/api/segments/{segment}";
        var r = $"{s}/relationships/{relationship}";
        yield return ("/api/segments", Obj(("name", "Offices"), ("motivation", "acquisition"), ("effectiveDate", "2025-02-01")));
        yield return ($"{s}/objective", Obj(("motivation", "acquisition"), ("rationale", "why"), ("effectiveDate", "2025-02-01")));
        yield return ($"{s}/expectations", Obj(("type", "communities"), ("importance", 3), ("effectiveDate", "2025-02-01")));
        yield return ($"{s}/discontinue", Obj(("effectiveDate", "2025-09-01"), ("reason", "why")));
        yield return ($"{s}/reinstate", Obj(("effectiveDate", "2025-10-01"), ("reason", "why")));
        yield return ($"{s}/relationships", Obj(("type", "selfService"), ("name", "Shop"), ("channels", new JsonArray("web")), ("monthlyFixedCost", 100), ("costPerInteraction", 1), ("effectiveDate", "2025-02-01")));
        yield return ($"{r}/adjust", Obj(("channels", new JsonArray("email")), ("effectiveDate", "2025-02-01")));
        yield return ($"{r}/integrations", Obj(("block", "keyResources"), ("note", "CRM"), ("effectiveDate", "2025-02-01")));
        yield return ($"{r}/cost", Obj(("monthlyFixedCost", 100), ("costPerInteraction", 1), ("effectiveDate", "2025-02-01"), ("reason", "why")));
        yield return ($"{r}/usage", Obj(("month", "2025-02"), ("interactions", 10), ("customersReached", 5)));
        yield return ($"{r}/satisfaction", Obj(("month", "2025-02"), ("score", 70), ("responses", 10)));
        yield return ($"{r}/retire", Obj(("effectiveDate", "2025-03-01"), ("reason", "why")));
        yield return ("/api/reviews", Obj(("period", "2025-Q2")));
        yield return ($"/api/reviews/{review}/factors", Obj(("factor", "competitor"), ("description", "x"), ("impact", "high")));
        yield return ($"/api/reviews/{review}/objectives", Obj(("segmentId", segment.ToString()), ("rationale", "why")));
        yield return ($"/api/reviews/{review}/decisions", Obj(("decision", "retire"), ("segmentId", segment.ToString()), ("relationshipId", relationship.ToString()), ("rationale", "why")));
        yield return ($"/api/reviews/{review}/decisions/{Guid.NewGuid()}/apply", Obj(("effectiveDate", "2025-04-01")));
        yield return ($"/api/reviews/{review}/close", Obj(("summary", "x")));
        yield return ("/api/keys", Obj(("name", "k"), ("role", "viewer")));
    }

    private static IEnumerable<Request> Requests(Guid segment, Guid relationship, Guid review)
    {
        foreach (var (url, valid) in Commands(segment, relationship, review))
        {
            foreach (var json in BadJson) yield return new Request(HttpMethod.Post, url, json);
            foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data" })
                yield return new Request(HttpMethod.Post, url, valid.ToJsonString(), type);
            yield return new Request(HttpMethod.Post, url, null);

            foreach (var field in valid.Select(f => f.Key).ToList())
            {
                // A required field missing (with an unknown extra field for good measure).
                var missing = (JsonObject)valid.DeepClone();
                missing.Remove(field);
                missing["unexpected"] = "extra";
                if (!Optional(url, field)) yield return new Request(HttpMethod.Post, url, missing.ToJsonString());

                foreach (var value in WrongValues)
                {
                    if (Accepts(url, field, value)) continue;
                    var broken = (JsonObject)valid.DeepClone();
                    broken[field] = value?.DeepClone();
                    broken["extra"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
                    yield return new Request(HttpMethod.Post, url, broken.ToJsonString());

                    // The same broken field with each other field broken too.
                    foreach (var other in valid.Select(f => f.Key).Where(f => string.CompareOrdinal(f, field) > 0).ToList())
                    {
                        foreach (var second in WrongValues.Take(8))
                        {
                            if (Accepts(url, other, second)) continue;
                            var both = (JsonObject)broken.DeepClone();
                            both[other] = second?.DeepClone();
                            yield return new Request(HttpMethod.Post, url, both.ToJsonString());
                        }
                    }
                }
            }
        }

        // Route and query parameters.
        foreach (var bad in new[] { "not-a-guid", "00000000-0000-0000-0000-000000000000", "%2e%2e%2f", "../../etc", new string('9', 500) })
        {
            yield return new Request(HttpMethod.Get, $"/api/segments/{bad}", null);
            yield return new Request(HttpMethod.Get, $"/api/segments/{bad}/history", null);
            yield return new Request(HttpMethod.Post, $"/api/segments/{bad}/objective", "{\"motivation\":\"retention\",\"rationale\":\"x\",\"effectiveDate\":\"2025-02-01\"}");
            yield return new Request(HttpMethod.Get, $"/api/reviews/{bad}", null);
            yield return new Request(HttpMethod.Delete, $"/api/keys/{bad}", null);
            yield return new Request(HttpMethod.Delete, $"/api/segments/{segment}/expectations/{bad}?effectiveDate=2025-02-01", null);
        }

        foreach (var report in new[] { "mix", "cost", "usage-patterns", "satisfaction-cost" })
        foreach (var query in new[] { "from=2025-Q9", "to=abc", "from=2025-Q3&to=2025-Q1", "asOf=2025-02-30", "knownAt=soon", "from=0000-Q1", "groupBy=colour", "threshold=-1", "from=1900-Q1&to=2025-Q1" })
        {
            if (report != "cost" && query.StartsWith("groupBy")) continue;
            if (report != "usage-patterns" && query.StartsWith("threshold")) continue;
            yield return new Request(HttpMethod.Get, $"/api/reports/{report}?{query}", null);
        }

        foreach (var query in new[] { "from=2025-13-01&to=2025-02-01", "from=2025-03-01&to=2025-01-01", "to=2025-01-01", "from=x&to=y" })
            yield return new Request(HttpMethod.Get, $"/api/reports/diff?{query}", null);
        foreach (var query in new[] { "asOf=never", "knownAt=2025-99-99T00:00:00Z" })
        {
            yield return new Request(HttpMethod.Get, $"/api/reports/expectation-gap?{query}", null);
            yield return new Request(HttpMethod.Get, $"/api/segments/{segment}?{query}", null);
        }

        foreach (var query in new[] { "from=nope", "to=nope", "segment=nope", "page=0", "pageSize=100000", "page=-5" })
            yield return new Request(HttpMethod.Get, $"/api/audit?{query}", null);
    }

    /// <summary>Fields a command does without.</summary>
    private static bool Optional(string url, string field) =>
        field is "reason" or "rationale" && !url.EndsWith("/objective") && !url.EndsWith("/objectives") && !url.EndsWith("/decisions")
        || field is "costPerInteraction" && url.EndsWith("/relationships")
        || field is "channels" && url.EndsWith("/relationships")
        || field is "summary" or "description" && url.Contains("/reviews/") && url.EndsWith("/close")
        || field is "effectiveDate" && url.EndsWith("/objectives");

    /// <summary>Values that are valid for a field (a reason may be any text, a name may be "notAThing"…), so not malformed.</summary>
    private static bool Accepts(string url, string field, JsonNode? value)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var isText = field is "name" or "reason" or "rationale" or "note" or "description" or "summary";
        if (isText && text is not null && text.Length <= 200 && text.Trim().Length > 0) return true;
        if (isText && text is not null && text.Length <= 4000 && field is not "name") return true;
        if (field is "reason" or "summary" && (value is null || text == "")) return true;
        if (field is "rationale" && !url.EndsWith("/objective") && !url.EndsWith("/objectives") && !url.EndsWith("/decisions") && (value is null || text == "")) return true;
        if (field is "costPerInteraction" && url.EndsWith("/relationships") && value is null) return true;
        if (field is "channels" && url.EndsWith("/relationships") && value is null) return true;
        if (field is "channels" && value is JsonArray { Count: 0 }) return true;
        if (field is "monthlyFixedCost" or "costPerInteraction" or "interactions" or "customersReached" && value is JsonValue n
            && n.TryGetValue<int>(out var i) && i == 0) return true;
        if (field is "monthlyFixedCost" or "costPerInteraction" && value is JsonValue big && big.TryGetValue<string>(out var t)
            && t == "99999999999999999999999999999999999") return false;
        if (field is "score" && value is JsonValue z && z.TryGetValue<int>(out var zero) && zero == 0) return true;
        return false;
    }

    private static JsonObject Obj(params (string Name, JsonNode? Value)[] fields)
    {
        var o = new JsonObject();
        foreach (var (name, value) in fields) o[name] = value;
        return o;
    }
}
