using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Alba;
using Inventory.Api.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inventory.Benchmarks;

/// <summary>
/// Commands through HTTP (record usage, with If-Match) at 1 and 32 clients, against raw Npgsql single-row INSERT +
/// commit at the same concurrency on the same PostgreSQL.
/// </summary>
public static class CommandBenchmark
{
    public static async Task RunAsync(BenchServer server, ResultTable table, bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 3 : 15);
        var connectionString = await server.CreateDatabaseAsync("bench_cmd");
        try
        {
            await using var host = await AlbaHost.For<Program>(b =>
            {
                b.UseSolutionRelativeContentRoot("src/Inventory.Api");
                b.UseSetting("ConnectionStrings:Inventory", connectionString);
                b.UseSetting("Logging:LogLevel:Default", "Warning");
            });
            var (organization, key) = await host.Services.GetRequiredService<Organizations>().CreateAsync("Benchmark", "EUR");
            var client = host.Server.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", key);

            var targets = new List<(Guid Segment, Guid Relationship)>();
            for (var i = 0; i < 32; i++)
            {
                var segment = (await (await client.PostAsJsonAsync("/api/segments", new { name = $"S{i}", motivation = "retention", effectiveDate = "2020-01-01" }))
                    .Content.ReadFromJsonAsync<JsonObject>())!["segmentId"]!.GetValue<Guid>();
                var relationship = (await (await client.PostAsJsonAsync($"/api/segments/{segment}/relationships",
                        new { type = "selfService", name = "Shop", monthlyFixedCost = 100, costPerInteraction = 0.1, effectiveDate = "2020-01-01" }))
                    .Content.ReadFromJsonAsync<JsonObject>())!["relationshipId"]!.GetValue<Guid>();
                targets.Add((segment, relationship));
            }

            await using var raw = NpgsqlDataSource.Create(connectionString);
            await using (var create = raw.CreateCommand("create table bench_rows (id uuid primary key, n int, name text, data jsonb)"))
                await create.ExecuteNonQueryAsync();

            foreach (var clients in new[] { 1, 32 })
            {
                var http = await MeasureAsync(clients, duration, async (worker, i) =>
                {
                    var (segment, relationship) = targets[worker];
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/segments/{segment}/relationships/{relationship}/usage")
                    {
                        Content = JsonContent.Create(new { month = $"2020-{i % 12 + 1:D2}", interactions = i, customersReached = 1 }),
                    };
                    request.Headers.TryAddWithoutValidation("If-Match", Versions.GetValueOrDefault(segment, "\"2\""));
                    using var response = await client.SendAsync(request);
                    if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{response.StatusCode}");
                    Versions[segment] = response.Headers.ETag!.Tag;
                });
                var insert = await MeasureAsync(clients, duration, async (_, i) =>
                {
                    await using var command = raw.CreateCommand("insert into bench_rows values ($1, $2, $3, $4::jsonb)");
                    command.Parameters.Add(new NpgsqlParameter { Value = Guid.NewGuid() });
                    command.Parameters.Add(new NpgsqlParameter { Value = i });
                    command.Parameters.Add(new NpgsqlParameter { Value = "usage_recorded" });
                    command.Parameters.Add(new NpgsqlParameter { Value = "{\"month\":\"2020-01\",\"interactions\":5}" });
                    await command.ExecuteNonQueryAsync();
                });
                var target = clients == 1 ? "≥ 0.5" : "≥ 0.4";
                table.Add($"commands through HTTP, {clients} client{(clients > 1 ? "s" : "")}", "throughput", http.PerSecond, "/s", "raw Npgsql INSERT + commit", insert.PerSecond, target);
                table.Add($"commands through HTTP, {clients} client{(clients > 1 ? "s" : "")}", "p50 latency", http.P50, "ms", "raw INSERT p50", insert.P50);
                table.Add($"commands through HTTP, {clients} client{(clients > 1 ? "s" : "")}", "p99 latency", http.P99, "ms", "raw INSERT p99", insert.P99);
            }
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    // The ETag each benchmark client last saw of its segment (one segment per client), for If-Match.
    private static readonly ConcurrentDictionary<Guid, string> Versions = new();

    public sealed record Throughput(double PerSecond, double P50, double P99);

    public static async Task<Throughput> MeasureAsync(int workers, TimeSpan duration, Func<int, int, Task> operation)
    {
        for (var w = 0; w < workers; w++) await operation(w, 0);
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            for (var i = 1; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(w, i);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var samples = latencies.ToList();
        return new Throughput(samples.Count / clock.Elapsed.TotalSeconds, Percentiles.Of(samples, 50), Percentiles.Of(samples, 99));
    }
}
