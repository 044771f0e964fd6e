using System.Diagnostics;
using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Access;

/// <summary>Keys are kept in memory on every node; a revocation through one node reaches the others through PostgreSQL NOTIFY.</summary>
public class KeyRevocationAcrossNodesTests
{
    [Fact]
    public async Task a_key_revoked_through_one_host_is_refused_by_a_second_host_on_the_same_database()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("keynodes");
        try
        {
            await using var first = await InventoryHost.StartAsync(connectionString);
            await using var second = await InventoryHost.StartAsync(connectionString);
            var org = await first.NewOrganizationAsync();
            var created = (await org.Admin.PostAsync("/api/keys", new { name = "roaming editor", role = "editor" })).ShouldBe(HttpStatusCode.Created).Json;
            var key = created["key"]!.GetValue<string>();
            var hash = ApiKey.HashOf(key);

            var secondCache = second.Services.GetRequiredService<KeyCache>();
            var started = Stopwatch.StartNew();
            while (!secondCache.IsListening && started.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(5, TestContext.Current.CancellationToken);
            secondCache.IsListening.ShouldBeTrue();

            // Used on both nodes: each now holds the key in memory.
            (await first.Client(key).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);
            (await second.Client(key).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);
            secondCache.Holds(hash).ShouldBeTrue();

            (await org.Admin.DeleteAsync($"/api/keys/{created["id"]!.GetValue<Guid>()}")).ShouldBe(HttpStatusCode.OK);
            var revokedAt = Stopwatch.StartNew();
            // The revoking node refuses it at once.
            (await first.Client(key).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);

            // The second node hears of it through NOTIFY (delivered on commit): wait for that message, at most 10 s.
            while (secondCache.Holds(hash) && revokedAt.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(5, TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine($"The second node dropped the revoked key {revokedAt.Elapsed.TotalMilliseconds:0} ms after the revocation was answered");
            secondCache.Holds(hash).ShouldBeFalse();
            (await second.Client(key).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);
            (await second.Client(org.AdminKey).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task when_the_listening_connection_drops_the_node_forgets_every_key_it_kept_and_listens_again()
    {
        await using var host = await InventoryHost.StartAsync();
        var cache = host.Services.GetRequiredService<KeyCache>();
        var ct = TestContext.Current.CancellationToken;
        var waited = Stopwatch.StartNew();
        while (!cache.IsListening && waited.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(5, ct);
        var org = await host.NewOrganizationAsync();
        (await org.Admin.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);
        cache.Holds(ApiKey.HashOf(org.AdminKey)).ShouldBeTrue();

        await using (var connection = new Npgsql.NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var kill = new Npgsql.NpgsqlCommand(
                $"select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database() and query like 'listen {KeyChanges.Channel}%'", connection);
            ((long)(await kill.ExecuteScalarAsync(ct))!).ShouldBe(1);
        }

        // Bounded: the node notices the dropped connection, forgets, and listens again on a new one.
        waited.Restart();
        while ((cache.Holds(ApiKey.HashOf(org.AdminKey)) || !cache.IsListening) && waited.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(5, ct);
        cache.Holds(ApiKey.HashOf(org.AdminKey)).ShouldBeFalse();
        cache.IsListening.ShouldBeTrue();
        (await org.Admin.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);
        cache.Holds(ApiKey.HashOf(org.AdminKey)).ShouldBeTrue();
    }
}
