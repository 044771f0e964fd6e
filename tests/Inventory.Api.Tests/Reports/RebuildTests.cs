using System.Net;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Api.Tests.Scenarios;
using Npgsql;

namespace Inventory.Api.Tests.Reports;

/// <summary>The host's standard <c>projections rebuild</c> command gives the same figures as the projections kept inline.</summary>
public class RebuildTests
{
    [Fact]
    public async Task rebuilding_the_projections_with_the_command_line_gives_the_same_figures()
    {
        string before, costBenefitBefore, connectionString;
        List<string> auditBefore;
        string organization, school, rebuildOutput;
        await using (var host = await InventoryHost.StartAsync())
        {
            host.DropDatabaseOnDispose = false;
            var org = await host.NewOrganizationAsync();
            organization = org.Id;
            var run = new ScenarioRunner(org.Admin);
            await run.RunAsync(ScenarioRunner.Load("coffee-roaster.json"));
            before = await MixAsync(org.Admin);
            auditBefore = await AuditAsync(org.Admin);
            // Outcomes too: a second organization with the language school's history and its cost-benefit report.
            var schoolOrg = await host.NewOrganizationAsync();
            school = schoolOrg.Id;
            await new ScenarioRunner(schoolOrg.Admin).RunAsync(ScenarioRunner.Load("language-school.json"));
            costBenefitBefore = await CostBenefitAsync(schoolOrg.Admin);
            connectionString = host.ConnectionString;
            await host.Alba.StopAsync();

            // Throw the projected documents, monthly rows and dated rows away: only a rebuild can bring the figures back.
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var wipe = new NpgsqlCommand("delete from inventory.mt_doc_segmentportfolio; delete from inventory.relationship_months; delete from inventory.segment_months; "
                + "delete from inventory.relationship_costs; delete from inventory.relationship_attributes; delete from inventory.relationship_integrations", connection);
            await wipe.ExecuteNonQueryAsync();

            var rebuild = await HostCommand.RunAsync(connectionString, "projections", "rebuild");
            rebuild.ExitCode.ShouldBe(0, rebuild.Output);
            rebuildOutput = rebuild.Output;
        }

        await using var restarted = await InventoryHost.StartAsync(connectionString);
        restarted.DropDatabaseOnDispose = true;
        var admin = await restarted.ClientForAsync(organization);
        (await MixAsync(admin)).ShouldBe(before, rebuildOutput);
        (await CostBenefitAsync(await restarted.ClientForAsync(school))).ShouldBe(costBenefitBefore, rebuildOutput);
        // The audit trail is rebuilt too (its entries written in bulk): the same entries, oldest first, followed only by
        // what the restarted host recorded since (the review periods it found overdue).
        var auditAfter = await AuditAsync(admin);
        auditAfter.Take(auditBefore.Count).ShouldBe(auditBefore, rebuildOutput);
        auditAfter.Skip(auditBefore.Count).ShouldAllBe(e => e.Contains(" review_overdue "));
    }

    /// <summary>Every entry of the audit log, oldest first.</summary>
    private static async Task<List<string>> AuditAsync(ApiClient client)
    {
        var audit = (await client.GetAsync("/api/audit?pageSize=500")).ShouldBe(HttpStatusCode.OK).Json;
        audit["complete"]!.GetValue<bool>().ShouldBeTrue();
        audit["totalCount"]!.GetValue<long>().ShouldBe(audit["entries"]!.AsArray().Count);
        return audit["entries"]!.AsArray().Reverse()
            .Select(e => $"{e!["sequence"]} {e["eventType"]} {e["streamId"]} {e["summary"]} {e["recordedAt"]}").ToList();
    }

    private static async Task<string> CostBenefitAsync(ApiClient client)
    {
        var report = (await client.GetAsync("/api/reports/cost-benefit?from=2025-Q1&to=2025-Q3")).ShouldBe(HttpStatusCode.OK).Json;
        report["quarters"]!.AsArray().Count.ShouldBe(3);
        return report["quarters"]!.ToJsonString();
    }

    private static async Task<string> MixAsync(ApiClient client)
    {
        var mix = (await client.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q3")).ShouldBe(HttpStatusCode.OK).Json;
        return mix["quarters"]!.ToJsonString();
    }
}
