using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inventory.Api.Tests.Access;

public class BootstrapKeyTests
{
    [Fact]
    public async Task a_revoked_bootstrap_key_stays_revoked_after_a_restart_with_the_same_setting_and_the_log_says_so()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("bootstrap");
        var bootstrapKey = ApiKey.Generate();
        try
        {
            string otherAdmin;
            await using (var first = await InventoryHost.StartAsync(connectionString, b => b.UseSetting("Inventory:BootstrapAdminKey", bootstrapKey)))
            {
                var bootstrap = first.Client(bootstrapKey);
                otherAdmin = (await bootstrap.PostAsync("/api/keys", new { name = "second admin", role = "admin" })).ShouldBe(HttpStatusCode.Created).Json["key"]!.GetValue<string>();
                var keys = (await bootstrap.GetAsync("/api/keys")).ShouldBe(HttpStatusCode.OK).Json.AsArray();
                var bootstrapId = keys.Single(k => k!["name"]!.GetValue<string>() == "bootstrap-admin")!["id"]!.GetValue<Guid>();
                (await first.Client(otherAdmin).DeleteAsync($"/api/keys/{bootstrapId}")).ShouldBe(HttpStatusCode.OK);
                (await bootstrap.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);
            }

            var log = new RecordingLoggerProvider();
            await using var second = await InventoryHost.StartAsync(connectionString, b =>
            {
                b.UseSetting("Inventory:BootstrapAdminKey", bootstrapKey);
                b.ConfigureLogging(l => l.AddProvider(log));
            });
            (await second.Client(bootstrapKey).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);
            (await second.Client(otherAdmin).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);
            log.ToString().ShouldContain("bootstrap admin key");
            log.ToString().ShouldContain("was revoked");
            log.ToString().ShouldNotContain(bootstrapKey);

            // The console banner no longer offers the revoked key as the admin key.
            var banner = second.Alba.Services.GetRequiredService<ConsoleBanner>().Render(["http://localhost:5000"])!;
            var adminKeyLine = banner.Split('\n').Single(l => l.TrimStart().StartsWith("admin key:", StringComparison.Ordinal));
            adminKeyLine.ShouldContain("Inventory:BootstrapAdminKey was revoked");
            adminKeyLine.ShouldNotContain("or a key from 'keys create'");
            banner.ShouldNotContain(bootstrapKey);
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }
}
