
using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Access;

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
    public async Task org_create_refuses_a_bad_currency_with_a_message()
    {
        var result = await HostCommand.RunAsync(app.Host.ConnectionString, "org", "create", "Bad", "--currency", "euros");
        result.ExitCode.ShouldNotBe(0);
        result.Output.ShouldContain("--currency must be an ISO 4217 code");
    }
}
