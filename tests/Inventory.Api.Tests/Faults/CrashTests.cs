using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;
using Npgsql;

namespace Inventory.Api.Tests.Faults;

/// <summary>The host killed (SIGKILL) under a load of commands, then restarted: every acknowledged command is there, and the projections equal a full rebuild.</summary>
public class CrashTests
{
    [Fact]
    public async Task every_acknowledged_command_survives_a_kill_and_the_projections_equal_a_rebuild()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("crash");
        var key = ApiKey.Generate();
        try
        {
            var acknowledged = new ConcurrentBag<string>();
            var attempted = 0;
            await using (var host = await HostProcess.StartAsync(connectionString, key))
            {
                using var client = Client(host, key);
                var relationships = new List<(Guid Segment, Guid Relationship)>();
                for (var s = 0; s < 8; s++)
                {
                    var segment = (await (await client.PostAsJsonAsync("/api/segments", new { name = $"Segment {s}", motivation = "retention", effectiveDate = "2010-01-01" }))
                        .Content.ReadFromJsonAsync<JsonObject>())!["segmentId"]!.GetValue<Guid>();
                    var relationship = (await (await client.PostAsJsonAsync($"/api/segments/{segment}/relationships",
                            new { type = "selfService", name = "Shop", monthlyFixedCost = 100, costPerInteraction = 0.1, effectiveDate = "2010-01-01" }))
                        .Content.ReadFromJsonAsync<JsonObject>())!["relationshipId"]!.GetValue<Guid>();
                    relationships.Add((segment, relationship));
                }

                using var stop = new CancellationTokenSource();
                var writers = relationships.Select(async r =>
                {
                    for (var month = 0; !stop.IsCancellationRequested; month++)
                    {
                        var correlation = Guid.NewGuid().ToString("N");
                        Interlocked.Increment(ref attempted);
                        try
                        {
                            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/segments/{r.Segment}/relationships/{r.Relationship}/usage")
                            {
                                Content = JsonContent.Create(new { month = new DateOnly(2010, 1, 1).AddMonths(month % 180).ToString("yyyy-MM"), interactions = month, customersReached = 1 }),
                            };
                            request.Headers.Add("X-Correlation-Id", correlation);
                            using var response = await client.SendAsync(request);
                            if (response.IsSuccessStatusCode) acknowledged.Add(correlation);
                        }
                        catch (HttpRequestException)
                        {
                            return;
                        }
                    }
                }).ToList();

                await Task.Delay(TimeSpan.FromSeconds(3));
                host.Kill();
                stop.Cancel();
                await Task.WhenAll(writers);
            }

            acknowledged.Count.ShouldBeGreaterThan(50);
            var stored = await CorrelationIdsAsync(connectionString);
            var lost = acknowledged.Where(c => !stored.Contains(c)).ToList();
            TestContext.Current.TestOutputHelper?.WriteLine($"Crash: {attempted} commands tried, {acknowledged.Count} acknowledged, {lost.Count} lost");
            lost.ShouldBeEmpty();

            string mixAfterRestart;
            await using (var host = await HostProcess.StartAsync(connectionString, key))
            {
                using var client = Client(host, key);
                mixAfterRestart = await MixAsync(client);
                // The async audit trail catches up once the new node has taken over the dead one's projection agent.
                var deadline = DateTime.UtcNow.AddSeconds(90);
                JsonObject? audit;
                do audit = await client.GetFromJsonAsync<JsonObject>("/api/audit?pageSize=1");
                while (!audit!["complete"]!.GetValue<bool>() && DateTime.UtcNow < deadline);
                audit["complete"]!.GetValue<bool>().ShouldBeTrue();
                await host.StopAsync();
            }

            var rebuild = await HostCommand.RunAsync(connectionString, "projections", "rebuild");
            rebuild.ExitCode.ShouldBe(0, rebuild.Output);
            await using (var host = await HostProcess.StartAsync(connectionString, key))
            {
                using var client = Client(host, key);
                (await MixAsync(client)).ShouldBe(mixAfterRestart);
                await host.StopAsync();
            }
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    private static HttpClient Client(HostProcess host, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<string> MixAsync(HttpClient client)
    {
        var mix = await client.GetFromJsonAsync<JsonObject>("/api/reports/mix?from=2010-Q1&to=2025-Q4&asOf=2026-01-01");
        return mix!["quarters"]!.ToJsonString();
    }

    private static async Task<HashSet<string>> CorrelationIdsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select distinct correlation_id from inventory.mt_events where correlation_id is not null", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<string>();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }
}
