using System.Net;
using System.Text.Json.Nodes;
using Inventory.Api.Tests.Infrastructure;
using Npgsql;

namespace Inventory.Api.Tests.Reports;

/// <summary>
/// Cost revisions, attribute changes and integrations live in dated rows written with the events; the segment's document
/// keeps none of them. The segment page and the reports read from the rows give what the events folded afresh (as known
/// at an instant) give, backdated changes included.
/// </summary>
public class DatedRowsTests(AppFixture app) : IAsyncLifetime
{
    private TestOrganization _org = null!;
    private ApiClient Api => _org.Admin;

    public async ValueTask InitializeAsync() => _org = await app.Host.NewOrganizationAsync("EUR");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<Guid> DefineAsync(string name) =>
        (await Api.PostAsync("/api/segments", new { name, motivation = "retention", effectiveDate = "2024-01-01" })).ShouldBe(HttpStatusCode.Created).Id("segmentId");

    private async Task<Guid> EstablishAsync(Guid segment, string type, string effectiveDate) =>
        (await Api.PostAsync($"/api/segments/{segment}/relationships", new
        {
            type, name = $"{type} from {effectiveDate}", channels = new[] { "web" }, phases = new[] { "afterPurchase" }, motivations = new[] { "retention" },
            horizon = "longTerm", owner = "First owner", provider = type == "thirdParty" ? "CallCo" : null, monthlyFixedCost = 900, costPerInteraction = 0.5m, effectiveDate,
        })).ShouldBe(HttpStatusCode.Created).Id("relationshipId");

    [Fact]
    public async Task a_backdated_adjustment_changes_the_later_rows_only_where_no_adjustment_between_changed_the_same_attribute()
    {
        var segment = await DefineAsync("Backdated");
        var relationship = await EstablishAsync(segment, "selfService", "2024-01-01");
        var at = $"/api/segments/{segment}/relationships/{relationship}";
        (await Api.PostAsync($"{at}/adjust", new { owner = "June owner", effectiveDate = "2024-06-01", reason = "r" })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{at}/adjust", new { channels = new[] { "email" }, effectiveDate = "2024-09-01", reason = "r" })).ShouldBe(HttpStatusCode.OK);
        // Backdated before both: its owner is overridden from June on, its channels from September on.
        (await Api.PostAsync($"{at}/adjust", new { owner = "March owner", channels = new[] { "phone" }, motivations = new[] { "acquisition" }, effectiveDate = "2024-03-01", reason = "r" }))
            .ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{at}/cost", new { monthlyFixedCost = 1200, costPerInteraction = 0.25m, effectiveDate = "2024-07-01", reason = "r" })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{at}/cost", new { monthlyFixedCost = 1000, costPerInteraction = 0.30m, effectiveDate = "2024-04-01", reason = "backdated" })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{at}/integrations", new { block = "keyResources", note = "The web shop", effectiveDate = "2024-02-01" })).ShouldBe(HttpStatusCode.OK);

        (await AttributeRowsAsync(relationship)).ShouldBe([
            ("2024-01-01", "Web", "First owner", "Retention"),
            ("2024-03-01", "Phone", "March owner", "Acquisition"),
            ("2024-06-01", "Phone", "June owner", "Acquisition"),
            ("2024-09-01", "Email", "June owner", "Acquisition"),
        ]);

        // The document holds none of them: a decision needs none.
        var document = JsonNode.Parse(await DocumentAsync(segment))!["relationships"]![0]!;
        document["costs"]!.AsArray().ShouldBeEmpty();
        document["attributes"]!.AsArray().ShouldBeEmpty();
        document["integrations"]!.AsArray().ShouldBeEmpty();

        var knownAt = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"));
        foreach (var asOf in new[] { "2024-01-15", "2024-03-01", "2024-05-31", "2024-06-15", "2024-08-01", "2024-12-31" })
        {
            var rows = (await Api.GetAsync($"/api/segments/{segment}?asOf={asOf}")).ShouldBe(HttpStatusCode.OK).Json["relationships"]!;
            var events = (await Api.GetAsync($"/api/segments/{segment}?asOf={asOf}&knownAt={knownAt}")).ShouldBe(HttpStatusCode.OK).Json["relationships"]!;
            rows.ToJsonString().ShouldBe(events.ToJsonString(), asOf);
        }

        var shown = (await Api.GetAsync($"/api/segments/{segment}?asOf=2024-08-01")).Json["relationships"]![0]!;
        shown["owner"]!.GetValue<string>().ShouldBe("June owner");
        shown["channels"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["phone"]);
        shown["cost"]!["monthlyFixedCost"]!.GetValue<decimal>().ShouldBe(1200m);
        shown["costHistory"]!.AsArray().Select(c => c!["monthlyFixedCost"]!.GetValue<decimal>()).ShouldBe([900m, 1000m, 1200m]);
        shown["integrations"]!.AsArray().Select(i => i!["note"]!.GetValue<string>()).ShouldBe(["The web shop"]);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task random_costs_and_adjustments_give_the_same_reports_from_the_rows_as_from_the_events(int seed)
    {
        var random = new Random(seed);
        var segment = await DefineAsync($"Random {seed}");
        string[] types = ["selfService", "communities", "automatedServices", "thirdParty"];
        string[] motivations = ["acquisition", "retention", "boostingSales"];
        var relationships = new List<Guid>();
        for (var i = 0; i < 3; i++) relationships.Add(await EstablishAsync(segment, types[random.Next(types.Length)], Day(random, 0, 200)));
        (await Api.PostAsync($"/api/segments/{segment}/outcomes", new { month = "2024-12", revenue = 50000, newCustomers = 30, lostCustomers = 5, activeCustomers = 900 }))
            .ShouldBe(HttpStatusCode.OK);
        for (var step = 0; step < 40; step++)
        {
            var at = $"/api/segments/{segment}/relationships/{relationships[random.Next(relationships.Count)]}";
            // Any order of effective dates: many are backdated before changes already recorded. A date before the
            // relationship was established is refused, and changes nothing.
            var answer = random.Next(4) switch
            {
                0 => await Api.PostAsync($"{at}/cost", new { monthlyFixedCost = random.Next(0, 9000), costPerInteraction = random.Next(0, 900) / 100m, effectiveDate = Day(random, 0, 700), reason = "r" }),
                1 => await Api.PostAsync($"{at}/usage", new { month = new DateOnly(2024, 1, 1).AddMonths(random.Next(0, 23)).ToString("yyyy-MM"), interactions = random.Next(0, 10000), customersReached = random.Next(0, 3000) }),
                _ => await Api.PostAsync($"{at}/adjust", new
                {
                    motivations = random.Next(2) == 0 ? null : new[] { motivations[random.Next(3)], motivations[random.Next(3)] },
                    owner = random.Next(2) == 0 ? null : $"Owner {step}", effectiveDate = Day(random, 0, 700), reason = "r",
                }),
            };
            answer.Status.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity], answer.Body);
        }

        var knownAt = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"));
        foreach (var query in new[] { "from=2024-Q1&to=2025-Q4", "from=2024-Q3&to=2025-Q2&asOf=2025-03-15", "from=2025-Q1&to=2025-Q2&asOf=2024-08-20" })
        {
            foreach (var (report, extra, parts) in Compared)
            {
                var rows = (await Api.GetAsync($"/api/reports/{report}?{query}{extra}")).ShouldBe(HttpStatusCode.OK).Json;
                var events = (await Api.GetAsync($"/api/reports/{report}?{query}{extra}&knownAt={knownAt}")).ShouldBe(HttpStatusCode.OK).Json;
                events["source"]!.GetValue<string>().ShouldBe("events");
                foreach (var part in parts) rows[part]!.ToJsonString().ShouldBe(events[part]!.ToJsonString(), $"{report}?{query}: {part}");
            }
        }

        foreach (var asOf in new[] { "2024-02-10", "2024-09-30", "2025-12-31" })
        {
            var rows = (await Api.GetAsync($"/api/segments/{segment}?asOf={asOf}")).ShouldBe(HttpStatusCode.OK).Json["relationships"]!;
            var events = (await Api.GetAsync($"/api/segments/{segment}?asOf={asOf}&knownAt={knownAt}")).ShouldBe(HttpStatusCode.OK).Json["relationships"]!;
            rows.ToJsonString().ShouldBe(events.ToJsonString(), asOf);
        }
    }

    private static readonly (string Report, string Extra, string[] Parts)[] Compared =
    [
        ("mix", "", ["quarters"]),
        ("cost", "&groupBy=relationship", ["quarters"]),
        ("satisfaction-cost", "", ["types", "relationships", "answer"]),
        ("cost-benefit", "", ["quarters"]),
    ];

    private static string Day(Random random, int from, int to) => new DateOnly(2024, 1, 1).AddDays(random.Next(from, to)).ToString("yyyy-MM-dd");

    private async Task<string> DocumentAsync(Guid segment)
    {
        await using var connection = new NpgsqlConnection(app.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select data::text from inventory.mt_doc_segmentportfolio where tenant_id = $1 and id = $2", connection)
        {
            Parameters = { new() { Value = _org.Id }, new() { Value = segment } },
        };
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<(string, string, string, string)>> AttributeRowsAsync(Guid relationship)
    {
        await using var connection = new NpgsqlConnection(app.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select effective_date::text, channels, owner, motivations from inventory.relationship_attributes where tenant_id = $1 and relationship_id = $2 order by effective_date, ord",
            connection)
        {
            Parameters = { new() { Value = _org.Id }, new() { Value = relationship } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string, string)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return rows;
    }
}
