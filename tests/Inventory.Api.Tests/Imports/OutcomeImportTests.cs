using System.Net;
using System.Text;
using Inventory.Api.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Imports;

/// <summary>Importing segment outcomes (kind=outcomes) through the API and the command line: one event per segment per file, all rows or none.</summary>
public class OutcomeImportTests(AppFixture app)
{
    private const string Header = "segmentId,month,revenue,newCustomers,lostCustomers,activeCustomers\n";

    private async Task<(TestOrganization Org, Guid Adults, Guid Families)> SetUpAsync()
    {
        var org = await app.Host.NewOrganizationAsync();
        var adults = (await org.Admin.PostAsync("/api/segments", new { name = "Adults", motivation = "acquisition", effectiveDate = "2025-01-01" })).Id("segmentId");
        var families = (await org.Admin.PostAsync("/api/segments", new { name = "Families", motivation = "boostingSales", effectiveDate = "2025-04-15" })).Id("segmentId");
        return (org, adults, families);
    }

    private static Task<Answer> ImportAsync(ApiClient client, string csv, string fileName = "outcomes.csv") =>
        client.SendAsync(HttpMethod.Post, $"/api/imports?kind=outcomes&fileName={fileName}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private async Task<IReadOnlyList<string>> EventTypesAsync(string organization, Guid segment)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(organization);
        return (await session.Events.FetchStreamAsync(segment)).Select(e => e.EventTypeName).ToList();
    }

    [Fact]
    public async Task an_outcomes_file_is_recorded_as_one_event_per_segment_and_the_report_reads_it()
    {
        var (org, adults, families) = await SetUpAsync();
        var csv = Header +
                  $"{adults},2025-01,41000.00,120,30,1090\n" +
                  $"{families},2025-04,1200,40,0,40\n" +
                  $"{adults},2025-02,39500.50,95,40,1145\n" +
                  $"{adults},2025-03,44210,130,35,1240\n" +
                  $"{adults},2025-02,39000,95,40,1145\n";
        var answer = (await ImportAsync(org.Admin, csv)).ShouldBe(HttpStatusCode.Created).Json;
        answer["kind"]!.GetValue<string>().ShouldBe("outcomes");
        answer["rows"]!.GetValue<int>().ShouldBe(5);
        answer["segments"]!.GetValue<int>().ShouldBe(2);
        answer["events"]!.GetValue<long>().ShouldBe(2);
        (await EventTypesAsync(org.Id, adults)).ShouldBe(["segment_defined", "outcomes_imported"]);

        // The later row of a month replaces the earlier one, as recorded one by one.
        var outcomes = (await org.Admin.GetAsync($"/api/segments/{adults}/outcomes")).ShouldBe(HttpStatusCode.OK).Json["outcomes"]!.AsArray();
        outcomes.Select(o => (o!["month"]!.GetValue<string>(), o["revenue"]!.GetValue<decimal>())).ShouldBe([("2025-01", 41000m), ("2025-02", 39000m), ("2025-03", 44210m)]);

        var q1 = (await org.Admin.GetAsync("/api/reports/cost-benefit?from=2025-Q1&to=2025-Q1")).ShouldBe(HttpStatusCode.OK).Json["quarters"]![0]!;
        q1["revenue"]!.GetValue<decimal>().ShouldBe(124210m);  // 41000 + 39000 + 44210
        q1["newCustomers"]!.GetValue<long>().ShouldBe(345);
        q1["segments"]![0]!["closingCustomers"]!.GetValue<long>().ShouldBe(1240);

        var history = (await org.Admin.GetAsync($"/api/segments/{adults}/history")).Json.AsArray();
        history[0]!["summary"]!.GetValue<string>().ShouldBe("Outcomes of 4 months, 2025-01 to 2025-03, imported from outcomes.csv");
        var single = (await org.Admin.GetAsync($"/api/segments/{families}/history")).Json.AsArray();
        single[0]!["summary"]!.GetValue<string>().ShouldBe("Outcome 2025-04: revenue 1,200.00, 40 new customers, 0 lost customers, 40 active customers at month end, imported from outcomes.csv");
    }

    [Fact]
    public async Task a_file_with_bad_rows_is_rejected_whole_with_every_bad_row_named()
    {
        var (org, adults, families) = await SetUpAsync();
        var unreadable = Header +
                         $"{adults},2025-01,100,1,0,10\n" +
                         $"{adults},2025-13,100,1,0,10\n" +
                         $"{adults},2025-02,lots,1,0,10\n" +
                         $"{adults},2025-02,100,-1,0,10\n" +
                         $"not-an-id,2025-02,100,1,0,10\n";
        var format = (await ImportAsync(org.Admin, unreadable)).ShouldBe(HttpStatusCode.UnprocessableEntity).Json;
        format["code"]!.GetValue<string>().ShouldBe("import-rejected");
        format["rows"]!.AsArray().Select(r => (r!["line"]!.GetValue<int>(), r["column"]!.GetValue<string>(), r["code"]!.GetValue<string>())).ShouldBe(
            [(3, "month", "invalid-month"), (4, "revenue", "invalid-number"), (5, "newCustomers", "invalid-number"), (6, "segmentId", "invalid-id")]);

        var breaksRules = Header +
                          $"{adults},2025-01,100,1,0,10\n" +
                          $"{families},2025-03,100,1,0,10\n" +
                          $"{adults},2199-01,100,1,0,10\n" +
                          $"{adults},2025-02,-5,1,0,10\n" +
                          $"{adults},2025-02,5,1,0,2147483648\n" +
                          $"{Guid.NewGuid()},2025-02,100,1,0,10\n";
        var rules = (await ImportAsync(org.Admin, breaksRules)).ShouldBe(HttpStatusCode.UnprocessableEntity).Json["rows"]!.AsArray()
            .Select(r => (r!["line"]!.GetValue<int>(), r["column"]!.GetValue<string>(), r["code"]!.GetValue<string>())).ToList();
        rules.ShouldBe([(3, "month", "month-before-segment-defined"), (4, "month", "not-yet-begun"), (5, "revenue", "negative"),
            (6, "activeCustomers", "above-maximum"), (7, "segmentId", "unknown-segment")]);

        (await EventTypesAsync(org.Id, adults)).ShouldBe(["segment_defined"]);
        (await EventTypesAsync(org.Id, families)).ShouldBe(["segment_defined"]);
    }

    [Fact]
    public async Task the_command_line_imports_outcomes()
    {
        var (org, adults, _) = await SetUpAsync();
        var file = Path.Combine(Path.GetTempPath(), $"outcomes-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Header +
            string.Join("\n", Enumerable.Range(0, 6).Select(m => $"{adults},{new DateOnly(2025, 1, 1).AddMonths(m):yyyy-MM},{1000 + m},{m},0,{100 + m}")));
        try
        {
            var result = await HostCommand.RunAsync(app.Host.ConnectionString, "import", "outcomes", file, "--org", org.Id);
            result.ExitCode.ShouldBe(0, result.Output);
            result.Output.ShouldContain("Imported 6 rows into 1 segments");
            var outcomes = (await org.Admin.GetAsync($"/api/segments/{adults}/outcomes")).Json["outcomes"]!.AsArray();
            outcomes.Count.ShouldBe(6);
            outcomes[5]!["activeCustomers"]!.GetValue<int>().ShouldBe(105);
            (await EventTypesAsync(org.Id, adults)).ShouldBe(["segment_defined", "outcomes_imported"]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
