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
        string before, connectionString;
        string organization, rebuildOutput;
        await using (var host = await InventoryHost.StartAsync())
        {
            host.DropDatabaseOnDispose = false;
            var org = await host.NewOrganizationAsync();
            organization = org.Id;
            var run = new ScenarioRunner(org.Admin);
            await run.RunAsync(ScenarioRunner.Load("coffee-roaster.json"));
            before = await MixAsync(org.Admin);
            connectionString = host.ConnectionString;
            await host.Alba.StopAsync();

            // Throw the projected documents and monthly rows away: only a rebuild can bring the figures back.
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var wipe = new NpgsqlCommand("delete from inventory.mt_doc_segmentportfolio; delete from inventory.relationship_months", connection);
            await wipe.ExecuteNonQueryAsync();

            var rebuild = await HostCommand.RunAsync(connectionString, "projections", "rebuild");
            rebuild.ExitCode.ShouldBe(0, rebuild.Output);
            rebuildOutput = rebuild.Output;
        }

        await using var restarted = await InventoryHost.StartAsync(connectionString);
        restarted.DropDatabaseOnDispose = true;
        var admin = await restarted.ClientForAsync(organization);
        (await MixAsync(admin)).ShouldBe(before, rebuildOutput);
    }

    private static async Task<string> MixAsync(ApiClient client)
    {
        var mix = (await client.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q3")).ShouldBe(HttpStatusCode.OK).Json;
        return mix["quarters"]!.ToJsonString();
    }
}
