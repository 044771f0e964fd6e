using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;
using Npgsql;

namespace Inventory.Api.Tests.Audit;

public class TamperEvidenceTests(AppFixture app)
{
    [Fact]
    public async Task verification_names_the_event_altered_and_the_event_removed_with_sql()
    {
        var org = await app.Host.NewOrganizationAsync();
        var auditor = await org.ClientWithRoleAsync(Role.Auditor);
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Checked", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        (await org.Admin.PostAsync($"/api/segments/{segment}/expectations", new { type = "communities", importance = 4, effectiveDate = "2025-01-01" })).ShouldBe(HttpStatusCode.OK);
        (await org.Admin.PostAsync($"/api/segments/{segment}/objective", new { motivation = "acquisition", rationale = "growth", effectiveDate = "2025-03-01" })).ShouldBe(HttpStatusCode.OK);

        // Once the daemon's high-water mark has passed the events (the audit log waits for it), a checkpoint covers them.
        var history = (await auditor.GetAsync($"/api/audit?segment={segment}")).Json["entries"]!.AsArray();
        history.Count.ShouldBe(3);
        var taken = (await auditor.PostAsync("/api/audit/checkpoints", null)).ShouldBe(HttpStatusCode.Created).Json;
        taken["events"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(3);
        var verified = (await auditor.GetAsync("/api/audit/verify")).Json;
        verified["verified"]!.GetValue<bool>().ShouldBeTrue();
        verified["status"]!.GetValue<string>().ShouldBe("verified");
        verified["checkpoints"]!.GetValue<int>().ShouldBe(1);
        verified["eventsChecked"]!.GetValue<long>().ShouldBe(taken["events"]!.GetValue<long>());

        var altered = history.Single(e => e!["eventType"]!.GetValue<string>() == "segment_defined")!["id"]!.GetValue<Guid>();
        var removed = history.Single(e => e!["eventType"]!.GetValue<string>() == "expectation_recorded")!["id"]!.GetValue<Guid>();
        await using (var connection = new NpgsqlConnection(app.Host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var rename = new NpgsqlCommand("update inventory.mt_events set data = jsonb_set(data, '{name}', '\"Quietly renamed\"') where id = $1", connection)
            {
                Parameters = { new() { Value = altered } },
            };
            await rename.ExecuteNonQueryAsync();
            await using var delete = new NpgsqlCommand("delete from inventory.mt_events where id = $1", connection) { Parameters = { new() { Value = removed } } };
            await delete.ExecuteNonQueryAsync();
        }

        var verification = (await auditor.GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK).Json;
        verification["verified"]!.GetValue<bool>().ShouldBeFalse();
        verification["status"]!.GetValue<string>().ShouldBe("tampered");
        var problems = verification["problems"]!.AsArray();
        problems.ShouldContain(p => p!["kind"]!.GetValue<string>() == "altered" && p["eventId"]!.GetValue<Guid>() == altered);
        problems.ShouldContain(p => p!["kind"]!.GetValue<string>() == "removed" && p["eventId"]!.GetValue<Guid>() == removed);
        problems.Count.ShouldBe(2);
    }

    [Fact]
    public async Task only_auditors_and_admins_take_and_verify_checkpoints()
    {
        var org = await app.Host.NewOrganizationAsync();
        (await (await org.ClientWithRoleAsync(Role.Editor)).GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.Forbidden);
        (await (await org.ClientWithRoleAsync(Role.Viewer)).PostAsync("/api/audit/checkpoints", null)).ShouldBe(HttpStatusCode.Forbidden);
        (await org.Admin.GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task verification_before_any_checkpoint_says_nothing_was_there_to_verify()
    {
        var org = await app.Host.NewOrganizationAsync();
        (await org.Admin.PostAsync("/api/segments", new { name = "Unchecked", motivation = "retention", effectiveDate = "2025-01-01" })).ShouldBe(HttpStatusCode.Created);

        var verification = (await org.Admin.GetAsync("/api/audit/verify")).ShouldBe(HttpStatusCode.OK).Json;
        verification["verified"].ShouldBeNull();
        verification["status"]!.GetValue<string>().ShouldBe("nothingToVerify");
        verification["checkpoints"]!.GetValue<int>().ShouldBe(0);
        verification["eventsChecked"]!.GetValue<long>().ShouldBe(0);
        verification["eventsNotYetCheckpointed"]!.GetValue<int>().ShouldBe(1);
        verification["problems"]!.AsArray().ShouldBeEmpty();
    }
}
