using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Inventory.Api.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Faults;

/// <summary>
/// Thousands of generated malformed requests over every endpoint: wrong types, missing and extra fields, huge strings
/// and numbers, bad dates and months, unknown vocabulary, malformed JSON, wrong content types, null list elements, NUL
/// characters, counts and amounts beyond their bounds, dates outside 1900–2200 and months not yet begun, CSV imports
/// with the same faults, every <c>Accept</c>; plus every operation the served OpenAPI document lists, walked with
/// malformed queries and bodies under every <c>Accept</c>, and the pages outside the API (<c>/signin</c>…).
/// None may answer 5xx, append an event, or answer anything but a problem document with a documented <c>code</c> (and,
/// naming fields, an <c>errorCodes</c> entry for each).
/// </summary>
public class MalformedRequestTests(AppFixture app)
{
    private static readonly string[] BadJson =
    [
        "{", "[", "null", "\"text\"", "{\"name\":}", "{\"a\":1,}", "{{}}", "\u0000\u0001", "[1,2,3]", "{\"name\": \"x\"", "true", "42",
    ];

    /// <summary>Every Accept a client may send: an error is a problem document under each.</summary>
    private static readonly string[] AcceptHeaders = ["", "*/*", "application/json", "text/csv", "text/html", "application/xml", "text/plain"];
    private static readonly JsonNode?[] WrongValues =
    [
        null, JsonValue.Create(true), JsonValue.Create(-1), JsonValue.Create(0), new JsonArray(), new JsonObject(),
        JsonValue.Create(new string('x', 100_000)), JsonValue.Create("1e400"), JsonValue.Create("99999999999999999999999999999999999"),
        JsonValue.Create("2025-02-30"), JsonValue.Create("yesterday"), JsonValue.Create(""), JsonValue.Create("2025-13"), JsonValue.Create("2025-1"),
        JsonValue.Create("notAThing"), JsonValue.Create(-99999999999m), JsonValue.Create("NaN"), JsonValue.Create("<script>"),
        JsonValue.Create(1.5e300), JsonValue.Create("２０２５-０１-０１"), JsonValue.Create("2025-01-01T00:00:00"), JsonValue.Create(" 2025-01 "),
        Deep(40), JsonValue.Create(long.MinValue), JsonValue.Create("\u0000"), JsonValue.Create("12,5"),
        new JsonArray((JsonNode?)null), new JsonArray(JsonValue.Create("web"), null), JsonValue.Create("Caf\u0000é"),
        JsonValue.Create(79228162514264337593543950335m), JsonValue.Create(long.MaxValue), JsonValue.Create(1_000_000_000_001L),
        JsonValue.Create("0001-01-01"), JsonValue.Create("9999-12-31"), JsonValue.Create("1899-12-31"), JsonValue.Create("2201-01-01"),
        JsonValue.Create("9999-12"), JsonValue.Create("1899-12"), JsonValue.Create("0001-Q1"), JsonValue.Create("9998-Q4"),
    ];

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    [Fact]
    public async Task thousands_of_malformed_requests_over_every_operation_get_problem_answers_and_append_nothing()
    {
        var org = await app.Host.NewOrganizationAsync();
        var api = org.Admin;
        var segment = (await api.PostAsync("/api/segments", new { name = "Target", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await api.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "thirdParty", name = "Hotline", provider = "CallCo", monthlyFixedCost = 900, costPerInteraction = 3.5, effectiveDate = "2025-01-01" })).Id("relationshipId");
        var open = (await api.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Shop", monthlyFixedCost = 100, costPerInteraction = 0.1, effectiveDate = "2025-01-01" })).Id("relationshipId");
        (await api.PostAsync($"/api/segments/{segment}/relationships/{relationship}/retire", new { effectiveDate = "2025-06-01", reason = "ended" })).Status.ShouldBe(HttpStatusCode.OK);
        var review = (await api.PostAsync("/api/reviews", new { period = "2025-Q1" })).Id("reviewId");
        var nextMonth = DateOnly.FromDateTime(app.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).AddMonths(1)
            .ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var document = (await api.GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK).Json;
        var before = await EventCountAsync(org.Id);

        var operations = Operations(document).ToList();
        var walked = OperationRequests(document, operations, segment, open, review).ToList();
        var requests = Requests(segment, relationship, review, nextMonth)
            .Concat(Imports(segment, open, nextMonth))
            .Concat(walked.Select(w => w.Request))
            .Concat(OutsideTheApi())
            .ToList();
        requests.Count.ShouldBeGreaterThanOrEqualTo(10_000);
        // Every operation the document lists is walked, so a new endpoint is covered as soon as it is served.
        operations.Where(o => !walked.Any(w => w.Operation == o)).ShouldBeEmpty();

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var serverErrors = 0;
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            (string, string)[] headers = request.Accept is { Length: > 0 } accept ? [("Accept", accept)] : [];
            var client = request.Anonymous ? Anonymous : api;
            var answer = await client.SendAsync(request.Method, request.Url, request.Body is null ? null : Content(request), headers);
            if ((int)answer.Status >= 500)
            {
                Interlocked.Increment(ref serverErrors);
                failures.Add($"{request}: {(int)answer.Status} {answer.Body[..Math.Min(200, answer.Body.Length)]}");
            }
            else if ((int)answer.Status < 400) failures.Add($"{request}: accepted with {(int)answer.Status}");
            else if (answer.ContentType != "application/problem+json") failures.Add($"{request}: {(int)answer.Status} without a problem document ({answer.ContentType})");
            else if (answer.Body.Contains("   at ") || answer.Body.Contains("Npgsql") || answer.Body.Contains("System.")) failures.Add($"{request}: internals in the answer");
            else if (Uncoded(answer.Body) is { } uncoded) failures.Add($"{request}: {uncoded}");
        });

        var cases = requests.Select(r => r.Case).Distinct().Count();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Malformed requests: {requests.Count} tried ({walked.Count} over the {operations.Count} operations of the OpenAPI document, " +
            $"{walked.Count(w => w.Request.Case.StartsWith("body "))} of them on body fields the document describes, " +
            $"{AcceptHeaders.Length} Accept variants), {cases} cases; {serverErrors} answered 5xx, {failures.Count} mishandled");
        failures.Take(20).ShouldBeEmpty($"{failures.Count} of {requests.Count} malformed requests were mishandled");
        (await EventCountAsync(org.Id)).ShouldBe(before, await NewEventsAsync(org.Id, before));
    }

    private ApiClient Anonymous => app.Host.Client("");

    /// <summary>What is wrong with a problem's machine codes (none, or one not in the documented list), or null.</summary>
    private static string? Uncoded(string body)
    {
        var problem = JsonNode.Parse(body)!;
        if (problem["code"]?.GetValue<string>() is not { } code || !Inventory.Domain.Errors.ErrorCodes.All.Contains(code)) return $"problem code '{problem["code"]}' is not a documented one";
        var fieldCodes = problem["errorCodes"]?.AsObject();
        var fields = problem["errors"]?.AsObject().Select(e => e.Key).ToList() ?? [];
        if (fields.Any(f => fieldCodes?[f] is null)) return $"a field of errors has no errorCodes entry: {body}";
        var undocumented = fieldCodes?.SelectMany(f => f.Value!.AsArray()).Select(c => c!.GetValue<string>()).Where(c => !Inventory.Domain.Errors.ErrorCodes.All.Contains(c)).ToList();
        return undocumented is { Count: > 0 } ? $"field codes not documented: {string.Join(", ", undocumented)}" : null;
    }

    private static HttpContent Content(Request request)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body!));
        if (request.ContentType is not null) content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(request.ContentType);
        return content;
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

    /// <param name="Case">The kind of fault, for the figures (requests are many, cases fewer).</param>
    public sealed record Request(HttpMethod Method, string Url, string? Body, string? ContentType = "application/json", string Accept = "",
        string Case = "body", bool Anonymous = false)
    {
        public override string ToString() =>
            $"{Method} {Url} {ContentType} Accept: {Accept} {(Body is null ? "" : Body[..Math.Min(80, Body.Length)])}";
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

    private static IEnumerable<Request> Requests(Guid segment, Guid relationship, Guid review, string nextMonth)
    {
        var wrongValues = WrongValues.Append(JsonValue.Create(nextMonth)).ToArray();
        foreach (var (url, valid) in Commands(segment, relationship, review))
        {
            foreach (var json in BadJson) yield return new Request(HttpMethod.Post, url, json, Case: $"malformed JSON {json}");
            foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data" })
                yield return new Request(HttpMethod.Post, url, valid.ToJsonString(), type, Case: $"content type {type}");
            yield return new Request(HttpMethod.Post, url, null, Case: "no body");
            foreach (var accept in AcceptHeaders)
                yield return new Request(HttpMethod.Post, url, "{\"name\":", Accept: accept, Case: $"malformed JSON under Accept {accept}");

            foreach (var field in valid.Select(f => f.Key).ToList())
            {
                // A required field missing (with an unknown extra field for good measure).
                var missing = (JsonObject)valid.DeepClone();
                missing.Remove(field);
                missing["unexpected"] = "extra";
                if (!Optional(url, field)) yield return new Request(HttpMethod.Post, url, missing.ToJsonString(), Case: $"{field} missing");

                // A lone surrogate: valid JSON escapes, but no text PostgreSQL (or UTF-8) can hold.
                if (valid[field] is JsonValue text && text.TryGetValue<string>(out _))
                {
                    var surrogate = (JsonObject)valid.DeepClone();
                    surrogate[field] = "@surrogate@";
                    yield return new Request(HttpMethod.Post, url, surrogate.ToJsonString().Replace("\"@surrogate@\"", "\"a\\ud800\""), Case: "lone surrogate in text");
                }

                foreach (var value in wrongValues)
                {
                    if (Accepts(url, field, value)) continue;
                    var broken = (JsonObject)valid.DeepClone();
                    broken[field] = value?.DeepClone();
                    broken["extra"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
                    var valueCase = $"{field} = {value?.ToJsonString() ?? "null"}";
                    yield return new Request(HttpMethod.Post, url, broken.ToJsonString(), Case: valueCase[..Math.Min(60, valueCase.Length)]);

                    // The same broken field with each other field broken too.
                    foreach (var other in valid.Select(f => f.Key).Where(f => string.CompareOrdinal(f, field) > 0).ToList())
                    {
                        foreach (var second in WrongValues.Take(8))
                        {
                            if (Accepts(url, other, second)) continue;
                            var both = (JsonObject)broken.DeepClone();
                            both[other] = second?.DeepClone();
                            yield return new Request(HttpMethod.Post, url, both.ToJsonString(), Case: $"{field} and {other} wrong");
                        }
                    }
                }
            }
        }

        // Route and query parameters.
        foreach (var bad in new[] { "not-a-guid", "00000000-0000-0000-0000-000000000000", "%2e%2e%2f", "../../etc", new string('9', 500) })
        {
            yield return new Request(HttpMethod.Get, $"/api/segments/{bad}", null, Case: "bad id");
            yield return new Request(HttpMethod.Get, $"/api/segments/{bad}/history", null, Case: "bad id");
            yield return new Request(HttpMethod.Post, $"/api/segments/{bad}/objective", "{\"motivation\":\"retention\",\"rationale\":\"x\",\"effectiveDate\":\"2025-02-01\"}", Case: "bad id");
            yield return new Request(HttpMethod.Get, $"/api/reviews/{bad}", null, Case: "bad id");
            yield return new Request(HttpMethod.Delete, $"/api/keys/{bad}", null, Case: "bad id");
            yield return new Request(HttpMethod.Delete, $"/api/segments/{segment}/expectations/{bad}?effectiveDate=2025-02-01", null, Case: "bad id");
        }

        string[] farDates = ["asOf=0001-01-01", "asOf=9999-12-31", "asOf=1899-12-31", "knownAt=0001-01-01T00:00:00Z", "knownAt=9999-12-31T23:59:59Z", "asOf=2025-01-01%00"];
        foreach (var report in new[] { "mix", "cost", "usage-patterns", "satisfaction-cost" })
        foreach (var query in new[] { "from=2025-Q9", "to=abc", "from=2025-Q3&to=2025-Q1", "asOf=2025-02-30", "knownAt=soon", "from=0000-Q1", "groupBy=colour", "threshold=-1",
                     "from=1900-Q1&to=2025-Q1", "from=0001-Q1", "to=9998-Q4", "from=1899-Q4", "threshold=1e400", "groupBy=%00" }.Concat(farDates))
        {
            if (report != "cost" && query.StartsWith("groupBy") && !query.Contains("%00")) continue;
            if (report != "usage-patterns" && query.StartsWith("threshold")) continue;
            yield return new Request(HttpMethod.Get, $"/api/reports/{report}?{query}", null, Case: $"report query {query}");
        }

        foreach (var query in new[] { "from=2025-13-01&to=2025-02-01", "from=2025-03-01&to=2025-01-01", "to=2025-01-01", "from=x&to=y", "from=0001-01-01&to=9999-12-31",
                     "from=2025-01-01&to=2201-01-01", "from=2025-01-01&to=2025-02-01&knownAt=0001-01-01T00:00:00Z" })
            yield return new Request(HttpMethod.Get, $"/api/reports/diff?{query}", null, Case: $"diff query {query}");
        foreach (var query in new[] { "asOf=never", "knownAt=2025-99-99T00:00:00Z" }.Concat(farDates))
        {
            yield return new Request(HttpMethod.Get, $"/api/reports/expectation-gap?{query}", null, Case: $"as-of query {query}");
            yield return new Request(HttpMethod.Get, $"/api/segments/{segment}?{query}", null, Case: $"as-of query {query}");
        }

        foreach (var query in new[] { "from=nope", "to=nope", "segment=nope", "page=0", "pageSize=100000", "page=-5", "from=0001-01-01&to=9999-12-31",
                     "from=1899-12-31T23:00:00Z", "to=2201-01-01", "user=a%00b", "segment=%00", "page=99999999999999999999" })
            yield return new Request(HttpMethod.Get, $"/api/audit?{query}", null, Case: $"audit query {query}");
    }

    /// <summary>CSV imports with every fault a cell can have: each file is rejected whole.</summary>
    private static IEnumerable<Request> Imports(Guid segment, Guid relationship, string nextMonth)
    {
        var rows = new Dictionary<string, string[]>
        {
            ["usage"] =
            [
                $"{segment},{relationship},{nextMonth},1,1", $"{segment},{relationship},9999-12,1,1", $"{segment},{relationship},1899-12,1,1",
                $"{segment},{relationship},2025-02,9223372036854775807,1", $"{segment},{relationship},2025-02,1000000000001,1", $"{segment},{relationship},2025-02,1,99999999999999999999",
                $"{segment},{relationship},2025-02,-1,1", $"{segment},{relationship},\"2025-02\0\",1,1", $"{segment}\0,{relationship},2025-02,1,1",
            ],
            ["satisfaction"] =
            [
                $"{segment},{relationship},{nextMonth},50,1", $"{segment},{relationship},0001-01,50,1", $"{segment},{relationship},2025-02,50,9223372036854775807",
                $"{segment},{relationship},2025-02,79228162514264337593543950335,1", $"{segment},{relationship},2025-02,50,0",
            ],
            ["cost"] =
            [
                $"{segment},{relationship},2025-03-01,79228162514264337593543950335,1,x", $"{segment},{relationship},2025-03-01,1,1000000000000.01,x",
                $"{segment},{relationship},0001-01-01,1,1,x", $"{segment},{relationship},9999-12-31,1,1,x", $"{segment},{relationship},2025-03-01,1,1,\"a\0b\"",
                $"{segment},{relationship},2025-03-01,-1,1,x",
            ],
        };
        foreach (var (kind, bad) in rows)
        {
            var header = string.Join(',', Inventory.Api.Imports.ImportFile.Columns[Enum.Parse<Inventory.Api.Imports.ImportKind>(kind)]);
            foreach (var row in bad)
            {
                // The bad row after a good one: the file is refused whole.
                var good = kind == "cost" ? $"{segment},{relationship},2025-02-01,1,1,ok" : $"{segment},{relationship},2025-02,1,1";
                foreach (var accept in new[] { "", "text/csv", "text/html" })
                    yield return new Request(HttpMethod.Post, $"/api/imports?kind={kind}", $"{header}\n{good}\n{row}\n", "text/csv", accept, $"import {kind} row {row.Split(',')[2..].First()}");
            }
        }

        yield return new Request(HttpMethod.Post, "/api/imports?kind=usage%00", "segmentId\n", "text/csv", Case: "import kind with NUL");
        yield return new Request(HttpMethod.Post, "/api/imports?kind=usage", "\0\0\0", "text/csv", Case: "import of NUL bytes");
    }

    /// <summary>The pages and addresses outside the API's operations: sign-in, sign-out, unknown routes, wrong methods.</summary>
    private static IEnumerable<Request> OutsideTheApi()
    {
        foreach (var accept in AcceptHeaders)
        {
            yield return new Request(HttpMethod.Post, "/signin", null, null, accept, "sign-in without a body", Anonymous: true);
            yield return new Request(HttpMethod.Post, "/signin", "{\"key\":\"x\"}", "application/json", accept, "sign-in with JSON", Anonymous: true);
            yield return new Request(HttpMethod.Post, "/signin", "key=x", "text/plain", accept, "sign-in with text", Anonymous: true);
            yield return new Request(HttpMethod.Post, "/signin", "key=x", "multipart/form-data", accept, "sign-in multipart without boundary", Anonymous: true);
            yield return new Request(HttpMethod.Post, "/signin", "garbage", "multipart/form-data; boundary=b", accept, "sign-in with a broken multipart body", Anonymous: true);
            yield return new Request(HttpMethod.Get, "/signin", null, null, accept, "sign-in with GET", Anonymous: true);
            yield return new Request(HttpMethod.Get, "/signout", null, null, accept, "sign-out with GET", Anonymous: true);
            yield return new Request(HttpMethod.Put, "/openapi/v1.json", null, null, accept, "OpenAPI with PUT", Anonymous: true);
            yield return new Request(HttpMethod.Get, "/nothing-here", null, null, accept, "unknown page", Anonymous: true);
            yield return new Request(HttpMethod.Get, "/api/nothing-here", null, null, accept, "unknown API route");
            yield return new Request(HttpMethod.Delete, "/api/segments", null, null, accept, "wrong method");
            yield return new Request(HttpMethod.Put, "/api/reviews", "{}", "application/json", accept, "wrong method");
            yield return new Request(HttpMethod.Get, "/api/segments", null, null, accept, "no key", Anonymous: true);
            yield return new Request(HttpMethod.Get, "/api/me?x=%00", null, null, accept, "NUL in a query");
        }
    }

    /// <summary>Each (path, method) the served OpenAPI document lists.</summary>
    private static IEnumerable<(string Path, string Method)> Operations(JsonNode document) =>
        document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(m => m.Key is "get" or "post" or "put" or "patch" or "delete").Select(m => (p.Key, m.Key)));

    /// <summary>
    /// Every operation of the document with malformed input under every Accept: a NUL in a query, far dates and huge
    /// numbers in its declared query parameters, and for one with a body malformed JSON, and each body field (from the
    /// document's schema) with a NUL, a null list element, an amount and a count beyond their bounds, a date outside
    /// 1900–2200; an unknown id in its path.
    /// </summary>
    private static IEnumerable<((string Path, string Method) Operation, Request Request)> OperationRequests(
        JsonNode document, IReadOnlyList<(string Path, string Method)> operations, Guid segment, Guid relationship, Guid review)
    {
        foreach (var operation in operations)
        {
            var (path, method) = operation;
            var definition = document["paths"]![path]![method]!;
            var http = new HttpMethod(method.ToUpperInvariant());
            var url = Fill(path, segment, relationship, review);
            var parameters = (definition["parameters"]?.AsArray() ?? []).Concat(document["paths"]![path]!["parameters"]?.AsArray() ?? [])
                .Where(p => p?["in"]?.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>()).Distinct().ToList();
            // Only an operation that reads a JSON body can be given a malformed one (sign-out and checkpoints ignore theirs).
            var takesBody = definition["requestBody"]?["content"]?["application/json"] is not null;
            var valid = takesBody ? "{}" : null;

            foreach (var accept in AcceptHeaders)
            {
                yield return (operation, new Request(http, $"{url}?asOf=%00", valid, takesBody ? "application/json" : null, accept, "NUL in a query"));
                if (path.Contains('{'))
                    yield return (operation, new Request(http, Fill(path, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()) + "?x=%00", valid,
                        takesBody ? "application/json" : null, accept, "unknown id"));
                if (takesBody)
                {
                    yield return (operation, new Request(http, url, "{\"a\":", "application/json", accept, "malformed JSON body"));
                }
            }

            foreach (var name in parameters)
            {
                foreach (var value in new[] { "%00", "a%00b", "0001-01-01", "9999-12-31", "1899-12-31T23:59:59Z", "9999-12", "0001-Q1", "99999999999999999999", "-99999999999999999999" })
                {
                    // A value that is fine for a free-text filter (a user's name) is not malformed there.
                    if (!value.Contains("%00") && name is "user" or "kind" or "format" or "groupBy") continue;
                    if (!value.Contains("%00") && name is "segment" && value.StartsWith('-')) continue;
                    yield return (operation, new Request(http, $"{url}?{name}={value}", valid, takesBody ? "application/json" : null, Case: $"query {name}={value}"));
                }
            }

            foreach (var (field, kind) in BodyFields(document, definition))
            {
                JsonNode?[] values = kind switch
                {
                    "array" => [new JsonArray((JsonNode?)null), new JsonArray(JsonValue.Create("a\u0000"))],
                    "number" or "integer" => [JsonValue.Create(79228162514264337593543950335m), JsonValue.Create(long.MaxValue), JsonValue.Create(1_000_000_000_001L), JsonValue.Create("1e400")],
                    // Any text may be a date; only a date, month or quarter field can be given one out of range.
                    _ when field is "effectiveDate" or "month" or "period" =>
                        [JsonValue.Create("a\u0000b"), JsonValue.Create("0001-01-01"), JsonValue.Create("9999-12"), JsonValue.Create("1899-Q4"), JsonValue.Create("2201-01-01")],
                    _ => [JsonValue.Create("a\u0000b")],
                };
                foreach (var value in values)
                {
                    var body = new JsonObject { [field] = value };
                    var request = new Request(http, url, body.ToJsonString(), "application/json", Case: $"body {kind} {field} = {value!.ToJsonString()}");
                    yield return (operation, request);
                }
            }
        }
    }

    /// <summary>The path with its parameters filled: the organization's own segment, relationship and review where named.</summary>
    private static string Fill(string path, Guid segment, Guid relationship, Guid review) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{([^}]+)\}", m => m.Groups[1].Value switch
        {
            "id" when path.StartsWith("/api/segments") => segment.ToString(),
            "id" when path.StartsWith("/api/reviews") => review.ToString(),
            "rid" => relationship.ToString(),
            "type" => "communities",
            _ => Guid.NewGuid().ToString(),
        });

    /// <summary>The request body's top-level fields and their JSON types, as the document describes them (none when it does not).</summary>
    private static IEnumerable<(string Field, string Kind)> BodyFields(JsonNode document, JsonNode operation)
    {
        var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
        for (var i = 0; i < 5 && schema?["$ref"] is { } reference; i++)
            schema = document["components"]?["schemas"]?[reference.GetValue<string>().Split('/')[^1]];
        if (schema?["properties"] is not JsonObject properties) yield break;
        foreach (var (name, property) in properties)
        {
            var type = property?["type"];
            var kind = type switch
            {
                JsonValue v => v.GetValue<string>(),
                JsonArray a => a.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "string",
                _ => property?["items"] is not null ? "array" : "string",
            };
            yield return (name, kind);
        }
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
        if (text is not null && text.Contains('\0')) return false;
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
