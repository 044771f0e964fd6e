using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Cluster;

/// <summary>Three host processes on one database share the async projections: each shard on exactly one node; killing it moves the shard.</summary>
public class MultiNodeTests
{
    private const string AuditShard = "audittrail";

    [Fact]
    public async Task three_nodes_run_each_shard_once_and_a_killed_nodes_shard_moves_within_30_seconds()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("nodes");
        var key = ApiKey.Generate();
        var operatorKey = ApiKey.Generate();
        var settings = new Dictionary<string, string> { ["Inventory__OperatorKey"] = operatorKey };
        var nodes = new List<HostProcess>();
        try
        {
            for (var i = 0; i < 3; i++) nodes.Add(await HostProcess.StartAsync(connectionString, key, settings));
            var clients = nodes.Select(n => Client(n, key)).ToList();
            var operators = nodes.Select(n => Client(n, operatorKey)).ToList();

            // Writes through every node.
            for (var i = 0; i < 3; i++)
            {
                var created = await clients[i].PostAsJsonAsync("/api/segments", new { name = $"Via node {i}", motivation = "retention", effectiveDate = "2025-01-01" });
                created.EnsureSuccessStatusCode();
            }

            var owner = await SingleOwnerAsync(operators, TimeSpan.FromSeconds(30));
            nodes[owner].Kill();
            var killedAt = DateTime.UtcNow;
            var survivors = clients.Where((_, i) => i != owner).ToList();

            var newOwner = await SingleOwnerAsync(operators.Where((_, i) => i != owner).ToList(), TimeSpan.FromSeconds(30));
            var moved = DateTime.UtcNow - killedAt;
            TestContext.Current.TestOutputHelper?.WriteLine($"Multi-node: the audit shard moved from node {owner} in {moved.TotalSeconds:0.0} s");
            moved.ShouldBeLessThan(TimeSpan.FromSeconds(30));

            // The survivors carry on: a change made after the kill reaches the audit log, and the figures equal a rebuild's.
            (await survivors[0].PostAsJsonAsync("/api/segments", new { name = "After the kill", motivation = "acquisition", effectiveDate = "2025-02-01" })).EnsureSuccessStatusCode();
            var audit = await survivors[newOwner].GetFromJsonAsync<JsonObject>("/api/audit");
            audit!["complete"]!.GetValue<bool>().ShouldBeTrue();
            audit["totalCount"]!.GetValue<long>().ShouldBe(4);
            var before = (await survivors[0].GetFromJsonAsync<JsonObject>("/api/reports/expectation-gap?asOf=2025-06-30"))!["segments"]!.ToJsonString();
            foreach (var node in nodes) await node.StopAsync();
            var rebuild = await HostCommand.RunAsync(connectionString, "projections", "rebuild");
            rebuild.ExitCode.ShouldBe(0, rebuild.Output);
            await using var after = await HostProcess.StartAsync(connectionString, key);
            (await Client(after, key).GetFromJsonAsync<JsonObject>("/api/reports/expectation-gap?asOf=2025-06-30"))!["segments"]!.ToJsonString().ShouldBe(before);
            await after.StopAsync();
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>Waits until exactly one of the nodes runs the audit shard (and none runs it twice); answers its index.</summary>
    private static async Task<int> SingleOwnerAsync(IReadOnlyList<HttpClient> clients, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var owners = new List<int>();
            for (var i = 0; i < clients.Count; i++)
            {
                var node = await clients[i].GetFromJsonAsync<JsonObject>("/api/cluster/node");
                if (node!["agents"]!.AsArray().Any(a => a!.GetValue<string>().Contains(AuditShard))) owners.Add(i);
            }

            owners.Count.ShouldBeLessThanOrEqualTo(1, "a shard runs on one node at a time");
            if (owners.Count == 1) return owners[0];
            if (DateTime.UtcNow > deadline) throw new TimeoutException("No node took the audit shard in time");
            await Task.Delay(500);
        }
    }

    private static HttpClient Client(HostProcess host, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.Url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
