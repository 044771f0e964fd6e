
using System.Net;
using Npgsql;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inventory.Api.Tests.Cli;

/// <summary>The host's command line: organizations and keys made by an operator, used through the API.</summary>
public class CommandLineTests(AppFixture app)
{
    [Fact]
    public async Task org_create_prints_the_first_admin_key_on_its_last_line_and_keys_create_adds_one()
    {
        var created = await HostCommand.RunAsync(app.Host.ConnectionString, "org", "create", "Acme Roasters", "--currency", "usd", "--fiscal-year-start", "4");
        created.ExitCode.ShouldBe(0, created.Output);
        var adminKey = created.LastLine;
        adminKey.ShouldStartWith("ri_");
        var admin = app.Host.Client(adminKey);

        var segment = (await admin.PostAsync("/api/segments", new { name = "Cafés", motivation = "retention", effectiveDate = "2025-04-01" })).ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsync($"/api/segments/{segment.Id("segmentId")}/relationships",
            new { type = "selfService", name = "Shop", monthlyFixedCost = 10, currency = "EUR", effectiveDate = "2025-04-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("currency").ShouldContain("USD");
        // Fiscal year from April: 2025-Q1 is April to June.
        var mix = (await admin.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1")).Json;
        mix["quarters"]![0]!["quarter"]!.GetValue<string>().ShouldBe("2025-Q1");

        var organization = created.Output.Split("(id ")[1].Split(',')[0];
        var keyMade = await HostCommand.RunAsync(app.Host.ConnectionString, "keys", "create", organization, "analyst", "--role", "viewer");
        keyMade.ExitCode.ShouldBe(0, keyMade.Output);
        var viewer = app.Host.Client(keyMade.LastLine);
        (await viewer.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK).Json.AsArray().Count.ShouldBe(1);
        (await viewer.PostAsync("/api/segments", new { name = "X", motivation = "retention", effectiveDate = "2025-04-01" })).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task keys_create_and_keys_list_write_the_role_camel_case_as_the_api_does()
    {
        var org = await app.Host.NewOrganizationAsync();
        var made = await HostCommand.RunAsync(app.Host.ConnectionString, "keys", "create", org.Id, "analyst", "--role", "viewer");
        made.ExitCode.ShouldBe(0, made.Output);
        made.Output.ShouldContain("Created key 'analyst' (viewer, id ");

        var list = (await HostCommand.RunAsync(app.Host.ConnectionString, "keys", "list", org.Id)).Output.Split('\n');
        list.ShouldContain(l => l.Contains("  viewer  ") && l.TrimEnd().EndsWith("analyst"));
        list.ShouldContain(l => l.Contains("  admin  "));
        list.ShouldNotContain(l => l.Contains("Admin") || l.Contains("Viewer"));
    }

    [Fact]
    public async Task org_create_refuses_a_bad_currency_with_a_message()
    {
        var result = await HostCommand.RunAsync(app.Host.ConnectionString, "org", "create", "Bad", "--currency", "euros");
        result.ExitCode.ShouldNotBe(0);
        result.Output.ShouldContain("--currency must be an ISO 4217 code");
    }

    [Fact]
    public async Task org_list_names_every_organization_by_its_id()
    {
        var org = await app.Host.NewOrganizationAsync("USD", fiscalYearStartMonth: 4);
        var list = await HostCommand.RunAsync(app.Host.ConnectionString, "org", "list");
        list.ExitCode.ShouldBe(0, list.Output);
        list.Output.Split('\n').ShouldContain(l => l.StartsWith($"{org.Id}  USD  fiscal year from month 4  created ") && l.EndsWith(org.Organization.Name));
        list.Output.Split('\n').ShouldContain(l => l.StartsWith("default  EUR  "));
    }

    [Fact]
    public async Task keys_create_with_an_unknown_role_says_why_and_fails()
    {
        var org = await app.Host.NewOrganizationAsync();
        var result = await HostCommand.RunAsync(app.Host.ConnectionString, "keys", "create", org.Id, "ops", "--role", "boss");
        result.ExitCode.ShouldNotBe(0);
        result.Output.ShouldContain("'boss' is not a role: --role is one of viewer, editor, reviewer, auditor, admin");
        (await HostCommand.RunAsync(app.Host.ConnectionString, "keys", "list", org.Id)).Output.ShouldNotContain("ops");
    }

    [Fact]
    public async Task help_lists_the_product_commands_before_the_frameworks_ones()
    {
        var help = await HostCommand.RunAsync(app.Host.ConnectionString, "help");
        help.ExitCode.ShouldBe(0, help.Output);
        var product = help.Output.IndexOf("Product commands:", StringComparison.Ordinal);
        product.ShouldBeGreaterThanOrEqualTo(0, help.Output);
        help.Output.IndexOf("org list", StringComparison.Ordinal).ShouldBeGreaterThan(product);
        help.Output.IndexOf("projections rebuild [--force]", StringComparison.Ordinal).ShouldBeGreaterThan(product);
        help.Output.IndexOf("codegen", StringComparison.Ordinal).ShouldBeGreaterThan(help.Output.IndexOf("projections rebuild [--force]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task projections_rebuild_is_refused_while_a_host_runs_on_the_same_database()
    {
        // The shared host runs on this database.
        var refused = await HostCommand.RunAsync(app.Host.ConnectionString, "projections", "rebuild");
        refused.ExitCode.ShouldNotBe(0);
        refused.Output.ShouldContain("A host is running against this database");
        refused.Output.ShouldContain("--force");
        refused.Output.ShouldNotContain("Finished rebuild");
    }

    [Fact]
    public async Task projections_rebuild_with_force_warns_and_rebuilds_and_prints_no_markup()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        try
        {
            Inventory.Api.Access.Organization organization;
            string adminKey;
            await using (var writer = await InventoryHost.StartAsync(connectionString))
            {
                var org = await writer.NewOrganizationAsync();
                organization = org.Organization;
                adminKey = org.AdminKey;
                (await org.Admin.PostAsync("/api/segments", new { name = "Rebuilt", motivation = "retention", effectiveDate = "2025-01-01" })).ShouldBe(HttpStatusCode.Created);
            }

            // A connection named as a host's stands for a running host: a real one's async daemon would race the
            // forced rebuild for the projections' progress rows, which is exactly why an unforced rebuild is refused.
            await using var running = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString)
                { ApplicationName = Inventory.Api.Cli.CommandLine.HostApplicationName, Pooling = false }.ConnectionString);
            await running.OpenAsync();

            var forced = await HostCommand.RunAsync(connectionString, "projections", "rebuild", "--force");
            forced.ExitCode.ShouldBe(0, forced.Output);
            forced.Output.ShouldContain("Warning: a host is running against this database");
            forced.Output.ShouldNotMatch(@"\[/?(purple|green|red|yellow|blue|grey|bold)?\]", forced.Output);

            await using var after = await InventoryHost.StartAsync(connectionString);
            (await new TestOrganization(after, organization, adminKey).Admin.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK).Json.AsArray().Count.ShouldBe(1);
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task the_console_shows_the_address_the_host_listens_on_and_the_default_organizations_id()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        try
        {
            await using var host = await HostProcess.StartAsync(connectionString, Inventory.Api.Access.ApiKey.Generate());
            for (var attempt = 0; attempt < 100 && !host.Output.Contains("try:"); attempt++) await Task.Delay(100);
            host.Output.ShouldContain($"Relationship Inventory is listening on {host.Url}");
            host.Output.ShouldContain("organization:  default  (the default organization's id");
            host.Output.ShouldContain($"{host.Url}/api/segments");
            host.Output.ShouldNotContain("localhost:5080");
            await host.StopAsync();
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public void an_api_key_challenge_is_not_logged_at_information_level()
    {
        var logger = app.Host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Inventory.Api.Access.ApiKeyAuthentication).FullName!);
        logger.IsEnabled(LogLevel.Information).ShouldBeFalse();
        logger.IsEnabled(LogLevel.Warning).ShouldBeTrue();
    }
}
