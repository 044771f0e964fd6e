using System.Net;
using System.Text;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Access;

/// <summary>A host of its own with low limits: failed key attempts per address, requests per key, body size.</summary>
public class ThrottlingTests : IAsyncLifetime
{
    private InventoryHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await InventoryHost.StartAsync(b =>
    {
        b.UseSetting("Inventory:Throttling:FailedAttemptsPerAddress", "3");
        b.UseSetting("Inventory:Throttling:RequestsPerSecondPerKey", "1");
        b.UseSetting("Inventory:Throttling:BurstPerKey", "5");
        b.UseSetting("Inventory:Throttling:MaxRequestBodyBytes", "10000");
    });

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task repeated_failed_key_attempts_from_one_address_are_refused_with_retry_after_but_a_valid_key_still_works()
    {
        var org = await _host.NewOrganizationAsync();
        var stranger = _host.Client("ri_guessing");
        for (var i = 0; i < 3; i++) (await stranger.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);

        var refused = (await stranger.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Headers["Retry-After"]).ShouldBeGreaterThan(0);
        refused.ContentType.ShouldBe("application/problem+json");
        // Only further failed attempts are refused: a valid key from the same address is not.
        (await org.Admin.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_key_over_its_rate_gets_429_and_a_large_body_gets_413()
    {
        var host = await InventoryHost.StartAsync(b =>
        {
            b.UseSetting("Inventory:Throttling:RequestsPerSecondPerKey", "1");
            b.UseSetting("Inventory:Throttling:BurstPerKey", "5");
            b.UseSetting("Inventory:Throttling:MaxRequestBodyBytes", "10000");
        });
        await using var _ = host;
        var org = await host.NewOrganizationAsync();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++) answers.Add((await org.Admin.GetAsync("/api/segments")).Status);
        answers.Take(5).ShouldAllBe(s => s == HttpStatusCode.OK);
        var limited = (await org.Admin.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.ContainsKey("Retry-After").ShouldBeTrue();

        var big = "{\"name\":\"" + new string('x', 20_000) + "\",\"motivation\":\"retention\",\"effectiveDate\":\"2025-01-01\"}";
        var other = await host.NewOrganizationAsync();
        var tooLarge = (await other.Admin.PostRawAsync("/api/segments", big)).ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        tooLarge.ContentType.ShouldBe("application/problem+json");
    }
}
