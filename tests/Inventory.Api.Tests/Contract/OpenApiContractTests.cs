using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Contract;

/// <summary>
/// The served OpenAPI document is a contract: real requests, a success and a failure for every operation it lists, and
/// each answer's status, content type and body checked against it. An operation without its cases fails the test, so a
/// new endpoint must add them here (see docs/api-contract.md).
/// </summary>
public class OpenApiContractTests(AppFixture app)
{
    private enum Expect { Success, Failure }

    private sealed record Sent(Operation Operation, Expect Expect, HttpStatusCode Status, string Body, string? ContentType)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;
    }

    private readonly List<Sent> _sent = [];
    private readonly List<string> _broken = [];
    private ServedContract _contract = null!;

    [Fact]
    public async Task every_operation_answers_as_the_served_document_says()
    {
        var http = app.Host.Alba.Server.CreateClient();
        _contract = new ServedContract(await http.GetStringAsync("/openapi/v1.json"));
        var org = await app.Host.NewOrganizationAsync();
        var admin = org.Admin.Key;
        var viewer = (await org.ClientWithRoleAsync(Role.Viewer)).Key;
        var editor = (await org.ClientWithRoleAsync(Role.Editor)).Key;
        var missing = Guid.NewGuid();

        // Segments
        var segment = (await Send(Expect.Success, HttpMethod.Post, "/api/segments", admin,
            Json(new { name = "Contract riders", motivation = "acquisition", effectiveDate = "2025-01-01" }))).Json["segmentId"]!.GetValue<Guid>();
        await Send(Expect.Failure, HttpMethod.Post, "/api/segments", admin, Json(new { motivation = "nope" }));
        await Send(Expect.Failure, HttpMethod.Post, "/api/segments", admin,
            Json(new { name = "Refused", motivation = "acquisition", effectiveDate = "2025-01-01" }), ("Accept", "text/csv"));
        var second = (await Send(Expect.Success, HttpMethod.Post, "/api/segments", admin,
            Json(new { name = "Contract fleets", motivation = "retention", effectiveDate = "2025-01-01" }))).Json["segmentId"]!.GetValue<Guid>();
        await Send(Expect.Success, HttpMethod.Get, "/api/segments", admin);
        await Send(Expect.Failure, HttpMethod.Get, "/api/segments", null);
        await Send(Expect.Success, HttpMethod.Get, "/api/segments", admin, accept: "application/xml"); // JSON whatever Accept says
        await Send(Expect.Success, HttpMethod.Get, $"/api/segments/{segment}?asOf=2025-06-30", admin);
        await Send(Expect.Failure, HttpMethod.Get, $"/api/segments/{missing}", admin);
        await Send(Expect.Failure, HttpMethod.Get, $"/api/segments/{segment}?asOf=yesterday", admin);
        await Send(Expect.Success, HttpMethod.Post, $"/api/segments/{segment}/objective", admin,
            Json(new { motivation = "retention", rationale = "Keep the riders we won", effectiveDate = "2025-02-01" }));
        await Send(Expect.Failure, HttpMethod.Post, $"/api/segments/{segment}/objective", admin,
            Json(new { motivation = "retention", rationale = "Stale read", effectiveDate = "2025-02-01" }), ("If-Match", "\"999\""));
        await Send(Expect.Success, HttpMethod.Post, $"/api/segments/{segment}/expectations", admin,
            Json(new { type = "selfService", importance = 3, effectiveDate = "2025-01-01" }));
        await Send(Expect.Failure, HttpMethod.Post, $"/api/segments/{segment}/expectations", admin,
            Json(new { type = "telepathy", importance = 3, effectiveDate = "2025-01-01" }));
        await Send(Expect.Success, HttpMethod.Delete, $"/api/segments/{segment}/expectations/selfService?effectiveDate=2025-03-01&reason=met", admin);
        await Send(Expect.Failure, HttpMethod.Delete, $"/api/segments/{segment}/expectations/selfService", admin);
        await Send(Expect.Success, HttpMethod.Post, $"/api/segments/{second}/discontinue", admin, Json(new { effectiveDate = "2025-05-01", reason = "merged" }));
        await Send(Expect.Failure, HttpMethod.Post, $"/api/segments/{second}/discontinue", admin,
            new StringContent("effectiveDate=2025-05-01", Encoding.UTF8, "text/plain"));
        await Send(Expect.Success, HttpMethod.Post, $"/api/segments/{second}/reinstate", admin, Json(new { effectiveDate = "2025-07-01", reason = "split again" }));
        await Send(Expect.Failure, HttpMethod.Post, $"/api/segments/{second}/reinstate", editor, Json(new { effectiveDate = "2025-07-01" }), ("Idempotency-Key", new string('k', 300)));
        await Send(Expect.Success, HttpMethod.Get, $"/api/segments/{segment}/history", viewer);
        await Send(Expect.Failure, HttpMethod.Get, $"/api/segments/{missing}/history", viewer);
        await Send(Expect.Success, HttpMethod.Post, $"/api/segments/{segment}/outcomes", editor,
            Json(new { month = "2025-03", revenue = 12500.50m, newCustomers = 40, lostCustomers = 5, activeCustomers = 300 }));
        await Send(Expect.Failure, HttpMethod.Post, $"/api/segments/{segment}/outcomes", viewer,
            Json(new { month = "2025-03", revenue = 1, newCustomers = 1, lostCustomers = 1, activeCustomers = 1 }));
        await Send(Expect.Success, HttpMethod.Get, $"/api/segments/{segment}/outcomes?asOf=2025-12-31", viewer);
        await Send(Expect.Failure, HttpMethod.Get, $"/api/segments/{missing}/outcomes", viewer);

        // Relationships
        var relationship = (await Send(Expect.Success, HttpMethod.Post, $"/api/segments/{segment}/relationships", admin, Json(new
        {
            type = "selfService", name = "Rider app", channels = new[] { "mobileApp" }, phases = new[] { "afterPurchase" }, motivations = new[] { "retention" },
            horizon = "longTerm", owner = "Digital", monthlyFixedCost = 1200.50m, costPerInteraction = 0.02m, effectiveDate = "2025-01-01",
        }))).Json["relationshipId"]!.GetValue<Guid>();
        var hotline = (await Send(Expect.Success, HttpMethod.Post, $"/api/segments/{segment}/relationships", admin, Json(new
        {
            type = "thirdParty", name = "Hotline", provider = "CallCo", monthlyFixedCost = 900, costPerInteraction = 3.5m, effectiveDate = "2025-01-01",
        }), ("Idempotency-Key", "contract-hotline"))).Json["relationshipId"]!.GetValue<Guid>();
        await Send(Expect.Failure, HttpMethod.Post, $"/api/segments/{segment}/relationships", admin,
            Json(new { type = "selfService", name = "Bad", channels = new[] { "pigeon" }, monthlyFixedCost = 1, effectiveDate = "2025-01-01" }));
        var relationships = $"/api/segments/{segment}/relationships";
        await Send(Expect.Success, HttpMethod.Post, $"{relationships}/{relationship}/adjust", admin, Json(new { channels = new[] { "mobileApp", "web" }, effectiveDate = "2025-02-01" }));
        await Send(Expect.Failure, HttpMethod.Post, $"{relationships}/{missing}/adjust", admin, Json(new { channels = new[] { "web" }, effectiveDate = "2025-02-01" }));
        await Send(Expect.Success, HttpMethod.Post, $"{relationships}/{relationship}/integrations", admin,
            Json(new { block = "channels", note = "The app is a channel too", effectiveDate = "2025-02-01" }));
        await Send(Expect.Failure, HttpMethod.Post, $"{relationships}/{relationship}/integrations", admin, Json(new { block = "everything", effectiveDate = "2025-02-01" }));
        await Send(Expect.Success, HttpMethod.Post, $"{relationships}/{relationship}/satisfaction", admin, Json(new { month = "2025-03", score = 4.2m, responses = 10 }));
        await Send(Expect.Failure, HttpMethod.Post, $"{relationships}/{relationship}/satisfaction", admin, Json(new { }));
        await Send(Expect.Success, HttpMethod.Post, $"{relationships}/{relationship}/usage", editor, Json(new { month = "2025-03", interactions = 100, customersReached = 20 }));
        await Send(Expect.Failure, HttpMethod.Post, $"{relationships}/{relationship}/usage", viewer, Json(new { month = "2025-03", interactions = 1, customersReached = 1 }));
        await Send(Expect.Success, HttpMethod.Post, $"{relationships}/{relationship}/cost", admin,
            Json(new { monthlyFixedCost = 1000, costPerInteraction = 0.03m, effectiveDate = "2025-04-01", reason = "new contract" }));
        await Send(Expect.Failure, HttpMethod.Post, $"{relationships}/{relationship}/cost", admin,
            Json(new { monthlyFixedCost = 1000, costPerInteraction = 0.03m, effectiveDate = "2025-04-01" }), ("If-Match", "seven"));
        await Send(Expect.Success, HttpMethod.Post, $"{relationships}/{hotline}/retire", admin, Json(new { effectiveDate = "2025-06-01", reason = "ended" }));
        await Send(Expect.Failure, HttpMethod.Post, $"{relationships}/{hotline}/retire", admin, Json(new { effectiveDate = "2025-06-01", reason = "again" }));

        // Imports
        await Send(Expect.Success, HttpMethod.Post, "/api/imports?kind=usage", admin,
            new StringContent($"segmentId,relationshipId,month,interactions,customersReached\n{segment},{relationship},2025-04,50,10\n", Encoding.UTF8, "text/csv"));
        await Send(Expect.Failure, HttpMethod.Post, "/api/imports?kind=usage", admin,
            new StringContent($"segmentId,relationshipId,month,interactions,customersReached\n{segment},{relationship},2025-04,many,10\n", Encoding.UTF8, "text/csv"));
        await Send(Expect.Failure, HttpMethod.Post, "/api/imports?kind=budget", admin, new StringContent("a\n", Encoding.UTF8, "text/csv"));

        // Reviews
        var review = (await Send(Expect.Success, HttpMethod.Post, "/api/reviews", admin, Json(new { period = "2025-Q1", title = "First quarter" }))).Json["reviewId"]!.GetValue<Guid>();
        await Send(Expect.Failure, HttpMethod.Post, "/api/reviews", admin, Json(new { period = "2025-Q1" }));
        await Send(Expect.Success, HttpMethod.Get, "/api/reviews", viewer);
        await Send(Expect.Failure, HttpMethod.Get, "/api/reviews", "not-a-key");
        await Send(Expect.Success, HttpMethod.Post, $"/api/reviews/{review}/factors", admin,
            Json(new { factor = "competitor", description = "A rival launched an app", impact = "high", segmentIds = new[] { segment } }));
        await Send(Expect.Failure, HttpMethod.Post, $"/api/reviews/{review}/factors", admin, Json(new { factor = "weather", description = "Rain", impact = "high" }));
        await Send(Expect.Success, HttpMethod.Post, $"/api/reviews/{review}/objectives", admin,
            Json(new { segmentId = segment, motivation = "retention", rationale = "Still the goal" }));
        await Send(Expect.Failure, HttpMethod.Post, $"/api/reviews/{review}/objectives", admin, Json(new { rationale = "No segment" }));
        await Send(Expect.Success, HttpMethod.Post, $"/api/reviews/{review}/decisions", admin, Json(new { decision = "keep", segmentId = segment, relationshipId = relationship, rationale = "Works" }));
        var decision = (await Send(Expect.Success, HttpMethod.Post, $"/api/reviews/{review}/decisions", admin,
            Json(new { decision = "expand", segmentId = segment, relationshipId = relationship, rationale = "Grow the app" }))).Json["decisionId"]!.GetValue<Guid>();
        await Send(Expect.Failure, HttpMethod.Post, $"/api/reviews/{review}/decisions", admin, Json(new { decision = "panic", segmentId = segment, rationale = "?" }));
        await Send(Expect.Success, HttpMethod.Post, $"/api/reviews/{review}/decisions/{decision}/apply", admin,
            Json(new { effectiveDate = "2025-04-01", monthlyFixedCost = 1500, costPerInteraction = 0.02m }));
        await Send(Expect.Failure, HttpMethod.Post, $"/api/reviews/{review}/decisions/{missing}/apply", admin, Json(new { effectiveDate = "2025-04-01" }));
        await Send(Expect.Success, HttpMethod.Get, $"/api/reviews/{review}", viewer);
        await Send(Expect.Success, HttpMethod.Post, $"/api/reviews/{review}/close", admin, Json(new { summary = "Keep and grow the app" }));
        await Send(Expect.Failure, HttpMethod.Post, $"/api/reviews/{review}/close", admin, Json(new { summary = "Twice" }));
        await Send(Expect.Success, HttpMethod.Get, $"/api/reviews/{review}", viewer);
        await Send(Expect.Success, HttpMethod.Get, $"/api/reviews/{review}?format=html", viewer);
        await Send(Expect.Failure, HttpMethod.Get, $"/api/reviews/{missing}", viewer);

        // Reports, as JSON and as CSV
        foreach (var report in new[] { "mix", "cost", "expectation-gap", "satisfaction-cost", "usage-patterns", "cost-benefit" })
        {
            var range = report == "expectation-gap" ? "asOf=2025-06-30" : "from=2025-Q1&to=2025-Q2";
            await Send(Expect.Success, HttpMethod.Get, $"/api/reports/{report}?{range}", viewer);
            await Send(Expect.Success, HttpMethod.Get, $"/api/reports/{report}?{range}", viewer, accept: "text/csv");
            await Send(Expect.Failure, HttpMethod.Get, $"/api/reports/{report}?asOf=someday", viewer);
            await Send(Expect.Failure, HttpMethod.Get, $"/api/reports/{report}?asOf=someday", viewer, accept: "text/csv");
        }

        await Send(Expect.Success, HttpMethod.Get, "/api/reports/cost?from=2025-Q1&to=2025-Q2&groupBy=type&format=csv", viewer);
        await Send(Expect.Success, HttpMethod.Get, "/api/reports/diff?from=2025-01-01&to=2025-06-30", viewer);
        await Send(Expect.Success, HttpMethod.Get, "/api/reports/diff?from=2025-01-01&to=2025-06-30&format=csv", viewer);
        await Send(Expect.Failure, HttpMethod.Get, "/api/reports/diff?to=2025-06-30", viewer);

        // Audit
        await Send(Expect.Success, HttpMethod.Get, "/api/audit?pageSize=20", admin);
        await Send(Expect.Success, HttpMethod.Get, "/api/audit?pageSize=20", admin, accept: "text/csv");
        await Send(Expect.Failure, HttpMethod.Get, "/api/audit?page=0", admin);
        await Send(Expect.Success, HttpMethod.Get, "/api/audit/verify", admin);
        await Send(Expect.Failure, HttpMethod.Get, "/api/audit/verify", viewer);
        await Send(Expect.Success, HttpMethod.Post, "/api/audit/checkpoints", admin);
        await Send(Expect.Failure, HttpMethod.Post, "/api/audit/checkpoints", editor);

        // Keys
        var key = (await Send(Expect.Success, HttpMethod.Post, "/api/keys", admin, Json(new { name = "contract viewer", role = "viewer" }))).Json["id"]!.GetValue<Guid>();
        await Send(Expect.Failure, HttpMethod.Post, "/api/keys", admin, Json(new { name = "god", role = "god" }));
        await Send(Expect.Success, HttpMethod.Get, "/api/keys", admin);
        await Send(Expect.Failure, HttpMethod.Get, "/api/keys", editor);
        await Send(Expect.Success, HttpMethod.Delete, $"/api/keys/{key}", admin);
        await Send(Expect.Failure, HttpMethod.Delete, $"/api/keys/{missing}", admin);

        // The node, the caller, the web sign-in, health
        await Send(Expect.Success, HttpMethod.Get, "/api/cluster/node", app.Host.OperatorKey);
        await Send(Expect.Failure, HttpMethod.Get, "/api/cluster/node", admin);
        await Send(Expect.Success, HttpMethod.Get, "/api/me", viewer);
        await Send(Expect.Failure, HttpMethod.Get, "/api/me", null);
        await Send(Expect.Success, HttpMethod.Post, "/signin", null, new FormUrlEncodedContent([new("key", viewer)]));
        await Send(Expect.Failure, HttpMethod.Post, "/signin", null, TooLarge());
        await Send(Expect.Failure, HttpMethod.Post, "/signin", null, new FormUrlEncodedContent([new("key", viewer)]), ("Sec-Fetch-Site", "cross-site"));
        await Send(Expect.Success, HttpMethod.Post, "/signout", null);
        await Send(Expect.Failure, HttpMethod.Post, "/signout", null, TooLarge());
        await Send(Expect.Success, HttpMethod.Get, "/health", null);

        var uncovered = _contract.Operations
            .SelectMany(o => new[] { (o, Expect.Success), (o, Expect.Failure) })
            .Where(c => c.Item2 == Expect.Success || DeclaresClientErrors(c.o))
            .Where(c => !_sent.Any(s => s.Operation == c.o && s.Expect == c.Item2))
            .Select(c => $"{c.o} has no {c.Item2.ToString().ToLowerInvariant()} case")
            .ToList();
        var untyped = _contract.Operations.Where(o => !_contract.OperationNode(o)["responses"]!.AsObject().Any(r => r.Key.StartsWith('2') || r.Key.StartsWith('3')))
            .Select(o => $"{o} declares no success answer").ToList();

        var figures = $"OpenAPI contract: {_contract.Operations.Count} operations, {_sent.Count} requests " +
                      $"({_sent.Count(s => s.Expect == Expect.Success)} successes, {_sent.Count(s => s.Expect == Expect.Failure)} failures), " +
                      $"{_sent.Count - _broken.Count} answers validated against the document, {_broken.Count} broke it";
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        TestContext.Current.SendDiagnosticMessage(figures);
        var unexplained = _contract.Operations.Where(o => _contract.OperationNode(o)["summary"]?.GetValue<string>() is not { Length: > 0 } summary
                                                      || summary == _contract.OperationNode(o)["operationId"]?.GetValue<string>())
            .Select(o => $"{o} has no summary (a /// <summary> on the endpoint method)").ToList();
        // A history entry's data is the event as recorded: any JSON object.
        var vague = _contract.UntypedProperties("HistoryEntry.data");
        var wrong = _broken.Concat(uncovered).Concat(untyped).Concat(vague).Concat(unexplained).ToList();
        wrong.ShouldBeEmpty(string.Join("\n", wrong));
    }

    [Fact]
    public async Task the_document_is_served_to_many_readers_at_once()
    {
        var fetches = Enumerable.Range(0, 12).Select(async _ =>
        {
            using var response = await app.Host.Alba.Server.CreateClient().GetAsync("/openapi/v1.json");
            return response.StatusCode;
        });
        (await Task.WhenAll(fetches)).ShouldAllBe(status => status == HttpStatusCode.OK);
    }

    private bool DeclaresClientErrors(Operation operation) =>
        _contract.OperationNode(operation)["responses"]!.AsObject().Any(r => r.Key.StartsWith('4'));

    private async Task<Sent> Send(Expect expect, HttpMethod method, string url, string? key, HttpContent? content = null, params (string Name, string Value)[] headers) =>
        await Send(expect, method, url, key, content, accept: null, headers);

    private async Task<Sent> Send(Expect expect, HttpMethod method, string url, string? key, string? accept) =>
        await Send(expect, method, url, key, null, accept, []);

    private async Task<Sent> Send(Expect expect, HttpMethod method, string url, string? key, HttpContent? content, string? accept, (string Name, string Value)[] headers)
    {
        var operation = _contract.Find(method.Method, url) ?? throw new ShouldAssertException($"The document lists no operation for {method} {url}");
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await app.Host.Alba.Server.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var sent = new Sent(operation, expect, response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
        _sent.Add(sent);

        var code = (int)response.StatusCode;
        if (expect == Expect.Success && code >= 400) _broken.Add($"{method} {url}: expected a success, got {code}: {Clip(body)}");
        if (expect == Expect.Failure && code is < 400 or >= 500) _broken.Add($"{method} {url}: expected a client error, got {code}: {Clip(body)}");
        _broken.AddRange(_contract.Check(operation, response.StatusCode, sent.ContentType, body));
        return sent;
    }

    private static JsonContent Json<T>(T body) => JsonContent.Create(body);

    /// <summary>A body over the configured limit, refused (413) before it is read.</summary>
    private static ByteArrayContent TooLarge()
    {
        var content = new ByteArrayContent(new byte[1_100_000]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    private static string Clip(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
