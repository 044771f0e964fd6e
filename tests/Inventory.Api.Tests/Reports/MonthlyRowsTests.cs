using System.Net;
using System.Text.Json.Nodes;
using Inventory.Api.Tests.Infrastructure;
using Npgsql;

namespace Inventory.Api.Tests.Reports;

/// <summary>
/// Monthly usage and satisfaction live in narrow rows written with the events; the segment's document keeps only what
/// decisions need. Reports read from the rows give the same figures as the raw events folded afresh (as known at an instant).
/// </summary>
public class MonthlyRowsTests(AppFixture app) : IAsyncLifetime
{
    private TestOrganization _org = null!;
    private ApiClient Api => _org.Admin;

    public async ValueTask InitializeAsync() => _org = await app.Host.NewOrganizationAsync("EUR");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<Guid> DefineAsync(string name) =>
        (await Api.PostAsync("/api/segments", new { name, motivation = "retention", effectiveDate = "2024-01-01" })).ShouldBe(HttpStatusCode.Created).Id("segmentId");

    private async Task<Guid> EstablishAsync(Guid segment, string type, string effectiveDate, decimal monthly, decimal perInteraction) =>
        (await Api.PostAsync($"/api/segments/{segment}/relationships", new
        {
            type, name = $"{type} from {effectiveDate}", channels = new[] { "web" }, phases = new[] { "afterPurchase" }, motivations = new[] { "retention" },
            horizon = "longTerm", provider = type == "thirdParty" ? "CallCo" : null, monthlyFixedCost = monthly, costPerInteraction = perInteraction, effectiveDate,
        })).ShouldBe(HttpStatusCode.Created).Id("relationshipId");

    [Fact]
    public async Task recording_a_month_again_replaces_its_row_and_leaves_the_segment_document_alone()
    {
        var segment = await DefineAsync("Rows");
        var relationship = await EstablishAsync(segment, "selfService", "2025-01-01", 600, 0.05m);
        var before = await DocumentAsync(segment);

        var usage = $"/api/segments/{segment}/relationships/{relationship}/usage";
        (await Api.PostAsync(usage, new { month = "2025-02", interactions = 100, customersReached = 40 })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync(usage, new { month = "2025-02", interactions = 120, customersReached = 45 })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"/api/segments/{segment}/relationships/{relationship}/satisfaction", new { month = "2025-02", score = 80.5, responses = 10 }))
            .ShouldBe(HttpStatusCode.OK);

        var rows = await RowsAsync(relationship);
        rows.ShouldBe([("2025-02-01", 120L, 45L, 80.5m, 10L)]);
        // Usage and satisfaction are not decision state: the document was not written again, and holds no monthly figure.
        (await DocumentAsync(segment)).ShouldBe(before);
        before.Data.ShouldNotContain("usage", Case.Insensitive);
        before.Data.ShouldNotContain("figures", Case.Insensitive);

        // Read your writes: the segment and the reports show the row at once.
        var shown = (await Api.GetAsync($"/api/segments/{segment}")).ShouldBe(HttpStatusCode.OK).Json["relationships"]![0]!;
        shown["usage"]!.AsArray().Select(u => (u!["month"]!.GetValue<string>(), u["interactions"]!.GetValue<long>())).ShouldBe([("2025-02", 120L)]);
        shown["satisfaction"]![0]!["score"]!.GetValue<decimal>().ShouldBe(80.5m);
        var mix = (await Api.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1")).ShouldBe(HttpStatusCode.OK).Json;
        mix["quarters"]![0]!["totalInteractions"]!.GetValue<long>().ShouldBe(120);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task random_histories_give_the_same_figures_from_the_rows_as_from_the_events(int seed)
    {
        var random = new Random(seed);
        var segments = new[] { await DefineAsync($"Random {seed} a"), await DefineAsync($"Random {seed} b") };
        var relationships = new List<(Guid Segment, Guid Id)>();
        string[] types = ["selfService", "communities", "automatedServices", "dedicatedPersonalAssistance", "thirdParty"];
        for (var step = 0; step < 70; step++)
        {
            var choice = relationships.Count == 0 ? 0 : random.Next(10);
            if (choice is 0 or 1)
            {
                var segment = segments[random.Next(2)];
                relationships.Add((segment, await EstablishAsync(segment, types[random.Next(types.Length)], Day(random), random.Next(0, 5000), random.Next(0, 500) / 100m)));
                continue;
            }

            var (s, r) = relationships[random.Next(relationships.Count)];
            var at = $"/api/segments/{s}/relationships/{r}";
            // A random command may break a rule (a month outside the active period, a second retirement): refused, nothing changes.
            var answer = choice switch
            {
                2 or 3 or 4 => await Api.PostAsync($"{at}/usage", new { month = Month(random), interactions = random.Next(0, 10000), customersReached = random.Next(0, 3000) }),
                5 => await Api.PostAsync($"{at}/satisfaction", new { month = Month(random), score = random.Next(0, 101), responses = random.Next(1, 500) }),
                6 or 7 => await Api.PostAsync($"{at}/cost", new { monthlyFixedCost = random.Next(0, 9000), costPerInteraction = random.Next(0, 900) / 100m, effectiveDate = Day(random), reason = "r" }),
                _ => await Api.PostAsync($"{at}/retire", new { effectiveDate = Day(random), reason = "r" }),
            };
            answer.Status.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity], answer.Body);
        }

        var knownAt = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"));
        foreach (var query in new[] { "from=2024-Q1&to=2025-Q4", "from=2024-Q3&to=2025-Q2&asOf=2025-03-15" })
        {
            foreach (var (report, extra, parts) in Compared)
            {
                var rows = (await Api.GetAsync($"/api/reports/{report}?{query}{extra}")).ShouldBe(HttpStatusCode.OK).Json;
                var events = (await Api.GetAsync($"/api/reports/{report}?{query}{extra}&knownAt={knownAt}")).ShouldBe(HttpStatusCode.OK).Json;
                events["source"]!.GetValue<string>().ShouldBe("events");
                foreach (var part in parts) rows[part]!.ToJsonString().ShouldBe(events[part]!.ToJsonString(), $"{report}?{query}: {part}");
            }
        }
    }

    private static readonly (string Report, string Extra, string[] Parts)[] Compared =
    [
        ("mix", "", ["quarters"]),
        ("cost", "&groupBy=relationship", ["quarters"]),
        ("cost", "&groupBy=type", ["quarters"]),
        ("satisfaction-cost", "", ["types", "relationships", "answer"]),
        ("usage-patterns", "", ["quarters", "rises"]),
    ];

    private static string Day(Random random) => new DateOnly(2024, 1, 1).AddDays(random.Next(0, 700)).ToString("yyyy-MM-dd");

    private static string Month(Random random) => new DateOnly(2024, 1, 1).AddMonths(random.Next(0, 24)).ToString("yyyy-MM");

    private async Task<(string LastModified, string Data)> DocumentAsync(Guid segment)
    {
        await using var connection = new NpgsqlConnection(app.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select mt_last_modified::text, data::text from inventory.mt_doc_segmentportfolio where tenant_id = $1 and id = $2", connection)
        {
            Parameters = { new() { Value = _org.Id }, new() { Value = segment } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return (reader.GetString(0), reader.GetString(1));
    }

    private async Task<List<(string, long, long, decimal, long)>> RowsAsync(Guid relationship)
    {
        await using var connection = new NpgsqlConnection(app.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select month::text, interactions, customers, score, responses from inventory.relationship_months where tenant_id = $1 and relationship_id = $2", connection)
        {
            Parameters = { new() { Value = _org.Id }, new() { Value = relationship } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long, long, decimal, long)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetDecimal(3), reader.GetInt64(4)));
        return rows;
    }
}
