using System.Net;
using System.Text.Json.Nodes;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Scenarios;

/// <summary>Asks a scenario's queries through HTTP and compares the answers with its expected file (money within 0.005, rates within 0.00005).</summary>
public static class ScenarioExpectations
{
    private const decimal Money = 0.005m;
    private const decimal Rate = 0.00005m;

    public static async Task CheckAsync(ApiClient client, ScenarioRunner run, string expectedFile)
    {
        var expectations = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenarios", "Data", expectedFile)))!.AsArray();
        foreach (var expectation in expectations)
        {
            var query = expectation!["query"]!.AsObject();
            var expected = expectation["expected"]!;
            var label = query.ToJsonString();
            switch (query["report"]!.GetValue<string>())
            {
                case "mix":
                    var mix = await GetAsync(client, $"/api/reports/mix?from={query["from"]}&to={query["to"]}{KnownAt(run, query)}{AsOf(query)}");
                    CompareMix(expected.AsArray(), mix["quarters"]!.AsArray(), label);
                    break;
                case "segment-cost":
                    var quarter = query["quarter"]!.GetValue<string>();
                    var segmentMix = await GetAsync(client, $"/api/reports/mix?from={quarter}&to={quarter}{KnownAt(run, query)}{AsOf(query)}");
                    foreach (var (reference, value) in expected.AsObject())
                    {
                        var id = run.Segment(reference).ToString();
                        var segment = segmentMix["quarters"]![0]!["segments"]!.AsArray().SingleOrDefault(s => s!["segmentId"]!.GetValue<string>() == id);
                        var cost = segment?["types"]!.AsArray().Sum(t => t!["cost"]!.GetValue<decimal>()) ?? 0m;
                        Near(cost, value!.GetValue<decimal>(), Money, $"{label} {reference}");
                    }

                    break;
                case "expectation-gap":
                    var gap = await GetAsync(client, $"/api/reports/expectation-gap?asOf={query["asOf"]}{KnownAt(run, query)}");
                    var segments = gap["segments"]!.AsArray();
                    segments.Count.ShouldBe(expected.AsObject().Count, $"{label}: segments");
                    foreach (var (reference, value) in expected.AsObject())
                    {
                        var id = run.Segment(reference).ToString();
                        var actual = segments.Single(s => s!["segmentId"]!.GetValue<string>() == id)!;
                        foreach (var list in new[] { "met", "unmet", "unrequested" })
                        {
                            Names(actual[list]!).ShouldBe(Names(value![list]!), ignoreOrder: true, $"{label} {reference} {list}");
                        }

                        Near(actual["gapScore"]!.GetValue<decimal>(), value!["gapScore"]!.GetValue<decimal>(), Rate, $"{label} {reference} gapScore");
                    }

                    break;
                case "cost-benefit":
                    var threshold = query["threshold"] is { } t ? $"&threshold={t}" : "";
                    var costBenefit = await GetAsync(client, $"/api/reports/cost-benefit?from={query["from"]}&to={query["to"]}{threshold}{KnownAt(run, query)}{AsOf(query)}");
                    CompareCostBenefit(run, expected.AsArray(), costBenefit["quarters"]!.AsArray(), label);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown query {label}");
            }
        }
    }

    private static void CompareMix(JsonArray expected, JsonArray actual, string label)
    {
        actual.Select(q => q!["quarter"]!.GetValue<string>()).ShouldBe(expected.Select(q => q!["quarter"]!.GetValue<string>()), label);
        foreach (var (e, a) in expected.Zip(actual))
        {
            var quarter = $"{label} {e!["quarter"]}";
            a!["totalActive"]!.GetValue<int>().ShouldBe(e["totalActive"]!.GetValue<int>(), $"{quarter} totalActive");
            Near(a["totalCost"]!.GetValue<decimal>(), e["totalCost"]!.GetValue<decimal>(), Money, $"{quarter} totalCost");
            var actualTypes = a["types"]!.AsArray();
            Names(actualTypes.Select(t => t!["type"]!)).ShouldBe(Names(e["types"]!.AsArray().Select(t => t!["type"]!)), ignoreOrder: true, $"{quarter} types");
            foreach (var type in e["types"]!.AsArray())
            {
                var name = type!["type"]!.GetValue<string>();
                var at = actualTypes.Single(t => t!["type"]!.GetValue<string>() == name)!;
                var where = $"{quarter} {name}";
                at["activeCount"]!.GetValue<int>().ShouldBe(type["activeCount"]!.GetValue<int>(), $"{where} activeCount");
                at["interactions"]!.GetValue<long>().ShouldBe(type["interactions"]!.GetValue<long>(), $"{where} interactions");
                Near(at["cost"]!.GetValue<decimal>(), type["cost"]!.GetValue<decimal>(), Money, $"{where} cost");
                foreach (var rate in new[] { "shareByCount", "shareByCost", "satisfaction", "costPerInteraction" })
                {
                    if (!type.AsObject().ContainsKey(rate)) continue;
                    var expectedRate = type[rate];
                    if (expectedRate is null) at[rate].ShouldBeNull($"{where} {rate}");
                    else Near(at[rate]!.GetValue<decimal>(), expectedRate.GetValue<decimal>(), Rate, $"{where} {rate}");
                }
            }
        }
    }

    private static readonly string[] CostBenefitMoney = ["revenue", "relationshipCost", "revenuePerCustomer", "acquisitionCostPerNewCustomer", "retentionCostPerRetainedCustomer"];
    private static readonly string[] CostBenefitRates = ["costToServe", "retentionRate", "churnRate", "objectiveAlignment"];
    private static readonly string[] CostBenefitCounts = ["newCustomers", "lostCustomers", "openingCustomers", "closingCustomers"];

    /// <summary>Every figure of every quarter and segment (a segment named by its ref); null where null is expected.</summary>
    private static void CompareCostBenefit(ScenarioRunner run, JsonArray expected, JsonArray actual, string label)
    {
        actual.Select(q => q!["quarter"]!.GetValue<string>()).ShouldBe(expected.Select(q => q!["quarter"]!.GetValue<string>()), label);
        foreach (var (e, a) in expected.Zip(actual))
        {
            var quarter = $"{label} {e!["quarter"]}";
            foreach (var name in new[] { "revenue", "relationshipCost" }) Figure(e, a!, name, Money, quarter);
            Figure(e, a!, "costToServe", Rate, quarter);
            foreach (var name in new[] { "newCustomers", "lostCustomers" }) Figure(e, a!, name, 0m, quarter);

            var segments = a!["segments"]!.AsArray();
            segments.Select(s => s!["segmentId"]!.GetValue<Guid>()).ShouldBe(
                e["segments"]!.AsArray().Select(s => run.Segment(s!["segment"]!.GetValue<string>())), ignoreOrder: true, $"{quarter} segments");
            foreach (var expectedSegment in e["segments"]!.AsArray())
            {
                var reference = expectedSegment!["segment"]!.GetValue<string>();
                var id = run.Segment(reference);
                var segment = segments.Single(s => s!["segmentId"]!.GetValue<Guid>() == id)!;
                var where = $"{quarter} {reference}";
                segment["name"]!.GetValue<string>().ShouldBe(expectedSegment["name"]!.GetValue<string>(), $"{where} name");
                segment["objective"]!.GetValue<string>().ShouldBe(expectedSegment["objective"]!.GetValue<string>(), $"{where} objective");
                foreach (var name in CostBenefitMoney) Figure(expectedSegment, segment, name, Money, where);
                foreach (var name in CostBenefitRates) Figure(expectedSegment, segment, name, Rate, where);
                foreach (var name in CostBenefitCounts) Figure(expectedSegment, segment, name, 0m, where);
                foreach (var (name, value) in expectedSegment["costByMotivation"]!.AsObject())
                    Near(segment["costByMotivation"]![name]!.GetValue<decimal>(), value!.GetValue<decimal>(), Money, $"{where} costByMotivation.{name}");
                Names(segment["flags"]!).ShouldBe(Names(expectedSegment["flags"]!), ignoreOrder: true, $"{where} flags");
            }
        }
    }

    /// <summary>A figure within <paramref name="tolerance"/>, or null when null is expected.</summary>
    private static void Figure(JsonNode expected, JsonNode actual, string name, decimal tolerance, string where)
    {
        expected.AsObject().ContainsKey(name).ShouldBeTrue($"{where}: the expected file has no {name}");
        actual.AsObject().ContainsKey(name).ShouldBeTrue($"{where}: the answer has no {name}");
        if (expected[name] is null) actual[name].ShouldBeNull($"{where} {name}");
        else
        {
            actual[name].ShouldNotBeNull($"{where} {name}");
            Near(actual[name]!.GetValue<decimal>(), expected[name]!.GetValue<decimal>(), tolerance, $"{where} {name}");
        }
    }

    private static IEnumerable<string> Names(JsonNode list) => list.AsArray().Select(n => n!.GetValue<string>());
    private static IEnumerable<string> Names(IEnumerable<JsonNode> list) => list.Select(n => n.GetValue<string>());

    private static void Near(decimal actual, decimal expected, decimal tolerance, string what) =>
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(tolerance, $"{what}: expected {expected}, was {actual}");

    private static string KnownAt(ScenarioRunner run, JsonObject query) =>
        query["knownAt"] is { } k ? $"&knownAt={Uri.EscapeDataString(run.KnownAt(k.GetValue<string>()))}" : "";

    private static string AsOf(JsonObject query) => query["asOf"] is { } a ? $"&asOf={a}" : "";

    private static async Task<JsonNode> GetAsync(ApiClient client, string url) =>
        (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK).Json;
}
