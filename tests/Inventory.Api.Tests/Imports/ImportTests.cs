using System.Net;
using System.Text;
using Inventory.Api.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Imports;

public class ImportTests(AppFixture app)
{
    private async Task<(TestOrganization Org, Guid Segment, Guid Relationship)> SetUpAsync()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Imported", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Shop", monthlyFixedCost = 300, costPerInteraction = "0.10", effectiveDate = "2025-01-01" })).Id("relationshipId");
        return (org, segment, relationship);
    }

    private static Task<Answer> ImportAsync(ApiClient client, string kind, string csv) =>
        client.SendAsync(HttpMethod.Post, $"/api/imports?kind={kind}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private async Task<int> EventsAsync(string organization, Guid segment)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(organization);
        return (await session.Events.FetchStreamAsync(segment)).Count;
    }

    [Fact]
    public async Task a_usage_file_is_imported_and_the_report_reflects_it()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var csv = "segmentId,relationshipId,month,interactions,customersReached\n" +
                  $"{segment},{relationship},2025-01,1000,300\n{segment},{relationship},2025-02,2000,400\r\n\"{segment}\",{relationship},2025-03,3000,350\n";
        var answer = (await ImportAsync(org.Admin, "usage", csv)).ShouldBe(HttpStatusCode.Created).Json;
        answer["rows"]!.GetValue<int>().ShouldBe(3);
        var q1 = (await org.Admin.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1")).Json["quarters"]![0]!["types"]![0]!;
        q1["interactions"]!.GetValue<long>().ShouldBe(6000);
        q1["cost"]!.GetValue<decimal>().ShouldBe(900m + 600m);

        var costs = "segmentId,relationshipId,effectiveDate,monthlyFixedCost,costPerInteraction,reason\n" + $"{segment},{relationship},2025-03-01,400,0.20,\"New tariff, March\"\n";
        (await ImportAsync(org.Admin, "cost", costs)).ShouldBe(HttpStatusCode.Created);
        var satisfaction = "segmentId,relationshipId,month,score,responses\n" + $"{segment},{relationship},2025-02,80,10\n";
        (await ImportAsync(org.Admin, "satisfaction", satisfaction)).ShouldBe(HttpStatusCode.Created);
        var history = (await org.Admin.GetAsync($"/api/segments/{segment}/history")).Json.AsArray();
        history.ShouldContain(h => h!["reason"] != null && h["reason"]!.GetValue<string>() == "New tariff, March");
    }

    [Fact]
    public async Task a_file_with_bad_rows_is_rejected_whole_with_every_bad_row_named()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var before = await EventsAsync(org.Id, segment);
        var csv = "segmentId,relationshipId,month,interactions,customersReached\n" +
                  $"{segment},{relationship},2025-01,1000,300\n" +
                  $"{segment},{relationship},2025-13,1000,300\n" +
                  $"{segment},{relationship},2025-02,-5,300\n" +
                  $"{segment},{Guid.NewGuid()},2025-02,5,3\n" +
                  $"{segment},{relationship},2024-06,5,3\n" +
                  $"{Guid.NewGuid()},{relationship},2025-02,5,3\n" +
                  $"{segment},{relationship},2025-04,10,3\n";
        var answer = (await ImportAsync(org.Admin, "usage", csv)).ShouldBe(HttpStatusCode.UnprocessableEntity);
        answer.ContentType.ShouldBe("application/problem+json");
        (await EventsAsync(org.Id, segment)).ShouldBe(before);

        // Format errors first: the second pass (rules) needs a file that reads.
        var rows = answer.Json["rows"]!.AsArray().Select(r => (r!["line"]!.GetValue<int>(), r["column"]!.GetValue<string>())).ToList();
        rows.ShouldBe([(3, "month"), (4, "interactions")]);

        var readable = "segmentId,relationshipId,month,interactions,customersReached\n" +
                       $"{segment},{relationship},2025-01,1000,300\n" +
                       $"{segment},{Guid.NewGuid()},2025-02,5,3\n" +
                       $"{segment},{relationship},2024-06,5,3\n" +
                       $"{Guid.NewGuid()},{relationship},2025-02,5,3\n";
        var rules = (await ImportAsync(org.Admin, "usage", readable)).ShouldBe(HttpStatusCode.UnprocessableEntity).Json["rows"]!.AsArray()
            .Select(r => (r!["line"]!.GetValue<int>(), r["column"]!.GetValue<string>())).ToList();
        rules.ShouldBe([(3, "relationshipId"), (4, "month"), (5, "segmentId")]);
        (await EventsAsync(org.Id, segment)).ShouldBe(before);
    }

    [Fact]
    public async Task a_bad_header_kind_or_content_type_is_named()
    {
        var (org, _, _) = await SetUpAsync();
        (await ImportAsync(org.Admin, "usage", "segment,rel\n")).ShouldBe(HttpStatusCode.UnprocessableEntity).Json["rows"]![0]!["column"]!.GetValue<string>().ShouldBe("segmentId");
        (await ImportAsync(org.Admin, "budget", "a\n")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("kind");
        (await org.Admin.PostRawAsync("/api/imports?kind=usage", "{}")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("body");
        (await (await org.ClientWithRoleAsync(Inventory.Api.Access.Role.Viewer)).SendAsync(HttpMethod.Post, "/api/imports?kind=usage",
            new StringContent("x", Encoding.UTF8, "text/csv"))).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task the_command_line_imports_a_file_with_a_progress_bar()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var file = Path.Combine(Path.GetTempPath(), $"usage-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "segmentId,relationshipId,month,interactions,customersReached\n" +
            string.Join("\n", Enumerable.Range(0, 12).Select(m => $"{segment},{relationship},{new DateOnly(2025, 1, 1).AddMonths(m):yyyy-MM},{100 + m},10")));
        try
        {
            var result = await HostCommand.RunAsync(app.Host.ConnectionString, "import", "usage", file, "--org", org.Id);
            result.ExitCode.ShouldBe(0, result.Output);
            result.Output.ShouldContain("Imported 12 rows into 1 segments");
            (await org.Admin.GetAsync($"/api/segments/{segment}")).Json["relationships"]![0]!["usage"]!.AsArray().Count.ShouldBe(12);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Chosen: retries are recognised by their Idempotency-Key (with the same file); the same file under a new key, or
    /// without one, is a new import by the client's own choice.
    /// </summary>
    [Fact]
    public async Task a_retried_import_with_the_same_idempotency_key_appends_nothing_and_answers_the_first_answer()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var csv = "segmentId,relationshipId,effectiveDate,monthlyFixedCost,costPerInteraction,reason\n" + $"{segment},{relationship},2025-03-01,400,0.20,New tariff\n";
        var key = ("Idempotency-Key", $"import-{Guid.NewGuid():N}");
        var first = (await org.Admin.SendAsync(HttpMethod.Post, "/api/imports?kind=cost", new StringContent(csv, Encoding.UTF8, "text/csv"), key))
            .ShouldBe(HttpStatusCode.Created);
        var after = await EventsAsync(org.Id, segment);

        var retried = (await org.Admin.SendAsync(HttpMethod.Post, "/api/imports?kind=cost", new StringContent(csv, Encoding.UTF8, "text/csv"), key))
            .ShouldBe(HttpStatusCode.Created);
        retried.Body.ShouldBe(first.Body);
        retried.Headers["Idempotent-Replayed"].ShouldBe("true");
        (await EventsAsync(org.Id, segment)).ShouldBe(after);

        // The same key with another file is refused; the same file under a new key is a new import.
        var other = csv.Replace("400", "500");
        (await org.Admin.SendAsync(HttpMethod.Post, "/api/imports?kind=cost", new StringContent(other, Encoding.UTF8, "text/csv"), key))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("Idempotency-Key");
        (await EventsAsync(org.Id, segment)).ShouldBe(after);
        (await org.Admin.SendAsync(HttpMethod.Post, "/api/imports?kind=cost", new StringContent(csv, Encoding.UTF8, "text/csv"), ("Idempotency-Key", "another")))
            .ShouldBe(HttpStatusCode.Created);
        (await EventsAsync(org.Id, segment)).ShouldBe(after + 1);
    }

    [Fact]
    public async Task an_import_is_one_event_per_relationship_naming_the_file_and_its_sha256_in_the_history_and_the_audit()
    {
        var (org, segment, shop) = await SetUpAsync();
        var desk = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "personalAssistance", name = "Desk", monthlyFixedCost = 900, costPerInteraction = "2", effectiveDate = "2025-01-01" })).Id("relationshipId");
        var before = await EventsAsync(org.Id, segment);
        var csv = "segmentId,relationshipId,month,interactions,customersReached\n" +
                  $"{segment},{shop},2025-01,1000,300\n{segment},{desk},2025-01,40,12\n{segment},{shop},2025-02,2000,400\n{segment},{shop},2025-03,3000,350\n";
        var answer = (await org.Admin.SendAsync(HttpMethod.Post, "/api/imports?kind=usage&fileName=usage-2025-q1.csv", new StringContent(csv, Encoding.UTF8, "text/csv")))
            .ShouldBe(HttpStatusCode.Created).Json;
        answer["rows"]!.GetValue<int>().ShouldBe(4);
        answer["events"]!.GetValue<long>().ShouldBe(2);
        (await EventsAsync(org.Id, segment)).ShouldBe(before + 2);

        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(org.Id))
        {
            var imported = (await session.Events.FetchStreamAsync(segment)).Skip(before).Select(e => e.Data).ToList();
            var usage = imported.OfType<Inventory.Domain.Portfolio.UsageImported>().Single(e => e.RelationshipId == shop);
            usage.FileName.ShouldBe("usage-2025-q1.csv");
            usage.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(csv))));
            usage.Months.Select(m => m.Interactions).ShouldBe([1000L, 2000L, 3000L]);
        }

        var q1 = (await org.Admin.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1")).Json["quarters"]![0]!["types"]!.AsArray();
        q1.Single(t => t!["type"]!.GetValue<string>() == "selfService")!["interactions"]!.GetValue<long>().ShouldBe(6000);
        var relationships = (await org.Admin.GetAsync($"/api/segments/{segment}")).Json["relationships"]!.AsArray();
        relationships.Single(r => r!["relationshipId"]!.GetValue<Guid>() == shop)!["usage"]!.AsArray().Count.ShouldBe(3);

        var history = (await org.Admin.GetAsync($"/api/segments/{segment}/history")).Json.AsArray();
        var entry = history.Single(h => h!["eventType"]!.GetValue<string>() == "usage_imported" && h["relationshipId"]!.GetValue<Guid>() == shop)!;
        entry["summary"]!.GetValue<string>().ShouldBe("Usage of 3 months, 2025-01 to 2025-03, imported from usage-2025-q1.csv");
        entry["relationshipName"]!.GetValue<string>().ShouldBe("Shop");

        for (var attempt = 0; attempt < 30; attempt++)
        {
            var page = (await org.Admin.GetAsync($"/api/audit?segment={segment}&pageSize=100")).ShouldBe(HttpStatusCode.OK).Json;
            if (!page["complete"]!.GetValue<bool>()) continue;
            page["entries"]!.AsArray().ShouldContain(e => e!["summary"]!.GetValue<string>() == "Usage 2025-01: 40 interactions, 12 customers reached, imported from usage-2025-q1.csv");
            return;
        }

        throw new InvalidOperationException("The audit log did not take the import in");
    }

    [Fact]
    public async Task the_command_line_names_the_file_it_imported()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var file = Path.Combine(Path.GetTempPath(), $"costs-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "segmentId,relationshipId,effectiveDate,monthlyFixedCost,costPerInteraction,reason\n" +
            $"{segment},{relationship},2025-03-01,400,0.20,New tariff\n{segment},{relationship},2025-06-01,450,0.20,Indexation\n");
        try
        {
            var result = await HostCommand.RunAsync(app.Host.ConnectionString, "import", "cost", file, "--org", org.Id);
            result.ExitCode.ShouldBe(0, result.Output);
            result.Output.ShouldContain("Imported 2 rows into 1 segments (1 events)");
            var history = (await org.Admin.GetAsync($"/api/segments/{segment}/history")).Json.AsArray();
            history[0]!["eventType"]!.GetValue<string>().ShouldBe("costs_imported");
            history[0]!["summary"]!.GetValue<string>().ShouldBe($"2 cost revisions, 2025-03-01 to 2025-06-01, imported from {Path.GetFileName(file)}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task a_file_name_with_a_control_character_or_too_long_is_named_and_nothing_is_recorded()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var before = await EventsAsync(org.Id, segment);
        var csv = "segmentId,relationshipId,month,interactions,customersReached\n" + $"{segment},{relationship},2025-01,1000,300\n";
        foreach (var name in new[] { "usage%0A.csv", new string('a', 256) + ".csv" })
            (await org.Admin.SendAsync(HttpMethod.Post, $"/api/imports?kind=usage&fileName={name}", new StringContent(csv, Encoding.UTF8, "text/csv")))
                .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("fileName");
        (await EventsAsync(org.Id, segment)).ShouldBe(before);
    }

    [Fact]
    public async Task an_unterminated_quote_is_a_bad_row_not_a_failure()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var csv = "segmentId,relationshipId,month,interactions,customersReached\n" + $"{segment},{relationship},2025-01,1000,300\n" + $"{segment},\"{relationship},2025-02,1,1\n";
        var rows = (await ImportAsync(org.Admin, "usage", csv)).ShouldBe(HttpStatusCode.UnprocessableEntity).Json["rows"]!.AsArray();
        rows.ShouldAllBe(r => r!["line"]!.GetValue<int>() == 3);
        rows.Select(r => r!["column"]!.GetValue<string>()).ShouldContain("relationshipId");
    }
}
