using System.Collections.Concurrent;
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
/// Record-usage commands over real HTTP on loopback against the product run as its own Release process: 1 client;
/// 32 clients each on its own segment (with If-Match); 32 clients on one segment (no If-Match, errors counted). The
/// baseline is a raw Npgsql single-row INSERT + commit at 1 and at 32 clients on the same PostgreSQL. The in-process
/// row (the test server, no sockets) is kept for comparison with earlier runs.
/// <para>
/// Each side is warmed up first with the 32-client load it is measured with (unmeasured): a freshly started process
/// compiles its hot code again at the JIT's higher tiers for several seconds of load, and that work would otherwise fall
/// into the first rows. Each row also reports the CPU a command cost (the product's process, the PostgreSQL backends
/// of the benchmark's database, the load generator) against the CPU of a raw INSERT.
/// </para>
/// </summary>
public static class CommandBenchmark
{
    public static async Task RunAsync(BenchServer server, ResultTable table, bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 3 : 15);
        var warmUp = TimeSpan.FromSeconds(quick ? 5 : 15);
        var connectionString = await server.CreateDatabaseAsync("bench_cmd");
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        try
        {
            await using var raw = NpgsqlDataSource.Create(connectionString);
            await using (var create = raw.CreateCommand("create table bench_rows (id uuid primary key, n int, name text, data jsonb)"))
                await create.ExecuteNonQueryAsync();
            async Task Insert(int _, int i)
            {
                await using var command = raw.CreateCommand("insert into bench_rows values ($1, $2, $3, $4::jsonb)");
                command.Parameters.Add(new NpgsqlParameter { Value = Guid.NewGuid() });
                command.Parameters.Add(new NpgsqlParameter { Value = i });
                command.Parameters.Add(new NpgsqlParameter { Value = "usage_recorded" });
                command.Parameters.Add(new NpgsqlParameter { Value = "{\"month\":\"2020-01\",\"interactions\":5}" });
                await command.ExecuteNonQueryAsync();
            }

            var adminKey = $"bench-{Guid.NewGuid():N}";
            LoadLoop.Throughput http1, http32, httpOne;
            await using (var product = await ProductProcess.StartAsync(connectionString, adminKey))
            {
                using var client = product.Client(adminKey);
                var own = new List<(Guid Segment, Guid Relationship)>();
                for (var i = 0; i < 32; i++)
                {
                    var segment = await DefineAsync(client, $"S{i}");
                    own.Add((segment, await EstablishAsync(client, segment, "Shop")));
                }

                var shared = await DefineAsync(client, "Shared");
                var sharedRelationships = new List<Guid>();
                for (var i = 0; i < 32; i++) sharedRelationships.Add(await EstablishAsync(client, shared, $"Shop {i}"));

                var versions = new ConcurrentDictionary<Guid, string>();
                Func<int, int, Task> OwnSegment() => async (worker, i) =>
                {
                    var (segment, relationship) = own[worker];
                    var etag = await RecordUsageAsync(client, segment, relationship, i, versions.GetValueOrDefault(segment));
                    versions[segment] = etag;
                };
                var meter = CpuMeter.Available ? new CpuMeter(database, product.Process) : null;
                await LoadLoop.MeasureAsync(32, warmUp, OwnSegment());
                http1 = await LoadLoop.MeasureAsync(1, duration, OwnSegment(), meter);
                http32 = await LoadLoop.MeasureAsync(32, duration, OwnSegment(), meter);
                httpOne = await LoadLoop.MeasureAsync(32, duration, async (worker, i) =>
                    await RecordUsageAsync(client, shared, sharedRelationships[worker], i, ifMatch: null), meter);
            }

            var rawMeter = CpuMeter.Available ? new CpuMeter(database, product: null) : null;
            await LoadLoop.MeasureAsync(32, warmUp, Insert);
            var raw1 = await LoadLoop.MeasureAsync(1, duration, Insert, rawMeter);
            var raw32 = await LoadLoop.MeasureAsync(32, duration, Insert, rawMeter);
            Console.WriteLine($"commands over HTTP: 1 client {http1.PerSecond:0}/s, 32 on 32 segments {http32.PerSecond:0}/s, 32 on one {httpOne.PerSecond:0}/s; raw INSERT {raw1.PerSecond:0}/s and {raw32.PerSecond:0}/s");
            foreach (var (what, measured) in new[] { ("commands, 1 client", http1), ("commands, 32 on 32 segments", http32), ("commands, 32 on one segment", httpOne), ("raw INSERT, 1 client", raw1), ("raw INSERT, 32 clients", raw32) })
            {
                if (measured.Cpu is { } cpu)
                    Console.WriteLine($"CPU per operation, {what}: {cpu.TotalMs:0.000} ms (product {cpu.ProductMs:0.000}, PostgreSQL backends {cpu.PostgresMs:0.000}, load generator {cpu.GeneratorMs:0.000})");
            }

            const string name1 = "commands over HTTP (own process), 1 client";
            table.Add(name1, "throughput", http1.PerSecond, "/s", "raw INSERT + commit, 1 client", raw1.PerSecond, "≥ 0.5", summary: "commands, 1 client / raw INSERT+commit");
            table.Add(name1, "p50 latency", http1.P50, "ms", "raw INSERT p50, 1 client", raw1.P50);
            table.Add(name1, "p99 latency", http1.P99, "ms", "raw INSERT p99, 1 client", raw1.P99);
            table.Count(name1, "errors", http1.Errors, http1.FirstError);
            AddCpu(table, name1, http1, raw1, "1 client");
            const string name32 = "commands over HTTP (own process), 32 clients on 32 segments";
            table.Add(name32, "throughput", http32.PerSecond, "/s", "raw INSERT + commit, 32 clients", raw32.PerSecond, "≥ 0.4", summary: "commands, 32 clients on 32 segments / raw at 32");
            table.Add(name32, "p50 latency", http32.P50, "ms", "raw INSERT p50, 32 clients", raw32.P50);
            table.Add(name32, "p99 latency", http32.P99, "ms", "raw INSERT p99, 32 clients", raw32.P99, "≤ 10", summary: "commands, 32 clients on 32 segments: p99 / raw p99");
            table.Count(name32, "errors", http32.Errors, http32.FirstError);
            AddCpu(table, name32, http32, raw32, "32 clients");
            const string nameOne = "commands over HTTP (own process), 32 clients on one segment, no If-Match";
            table.Add(nameOne, "throughput", httpOne.PerSecond, "/s", "raw INSERT + commit, 32 clients", raw32.PerSecond, "≥ 0.2", summary: "commands, 32 clients on one segment (no If-Match) / raw at 32");
            table.Add(nameOne, "p50 latency", httpOne.P50, "ms", "raw INSERT p50, 32 clients", raw32.P50);
            table.Add(nameOne, "p99 latency", httpOne.P99, "ms", "raw INSERT p99, 32 clients", raw32.P99);
            table.Count(nameOne, "errors", httpOne.Errors, httpOne.FirstError, target: "0", summary: "commands, 32 clients on one segment: errors");
            AddCpu(table, nameOne, httpOne, raw32, "32 clients");

            await InProcessAsync(connectionString, duration, table, raw1, raw32);
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>CPU per command of every process (product, PostgreSQL, load generator) against the same for a raw INSERT.</summary>
    private static void AddCpu(ResultTable table, string name, LoadLoop.Throughput http, LoadLoop.Throughput raw, string clients)
    {
        if (http.Cpu is { } cpu && raw.Cpu is { } rawCpu)
            table.Add(name, "CPU per command (all processes)", cpu.TotalMs, "ms", $"CPU per raw INSERT, {clients}", rawCpu.TotalMs);
    }

    /// <summary>The earlier measure: the same commands through the in-process test server (no sockets, no separate process).</summary>
    private static async Task InProcessAsync(string connectionString, TimeSpan duration, ResultTable table, LoadLoop.Throughput raw1, LoadLoop.Throughput raw32)
    {
        await using var host = await AlbaHost.For<Program>(b =>
        {
            b.UseSolutionRelativeContentRoot("src/Inventory.Api");
            b.UseSetting("ConnectionStrings:Inventory", connectionString);
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseSetting("Inventory:Throttling:RequestsPerSecondPerKey", "1000000");
            b.UseSetting("Inventory:Throttling:BurstPerKey", "1000000");
        });
        var (_, key) = await host.Services.GetRequiredService<Organizations>().CreateAsync("Benchmark", "EUR");
        var client = host.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var targets = new List<(Guid Segment, Guid Relationship)>();
        for (var i = 0; i < 32; i++)
        {
            var segment = await DefineAsync(client, $"S{i}");
            targets.Add((segment, await EstablishAsync(client, segment, "Shop")));
        }

        var versions = new ConcurrentDictionary<Guid, string>();
        foreach (var (clients, raw) in new[] { (1, raw1), (32, raw32) })
        {
            var http = await LoadLoop.MeasureAsync(clients, duration, async (worker, i) =>
            {
                var (segment, relationship) = targets[worker];
                versions[segment] = await RecordUsageAsync(client, segment, relationship, i, versions.GetValueOrDefault(segment));
            });
            var name = $"commands through the in-process test server, {clients} client{(clients > 1 ? "s" : "")}";
            table.Add(name, "throughput", http.PerSecond, "/s", $"raw INSERT + commit, {clients} client{(clients > 1 ? "s" : "")}", raw.PerSecond);
            table.Add(name, "p99 latency", http.P99, "ms", "raw INSERT p99", raw.P99);
        }
    }

    private static async Task<Guid> DefineAsync(HttpClient client, string name)
    {
        using var response = await client.PostAsJsonAsync("/api/segments", new { name, motivation = "retention", effectiveDate = "2020-01-01" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["segmentId"]!.GetValue<Guid>();
    }

    private static async Task<Guid> EstablishAsync(HttpClient client, Guid segment, string name)
    {
        using var response = await client.PostAsJsonAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name, monthlyFixedCost = 100, costPerInteraction = 0.1, effectiveDate = "2020-01-01" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["relationshipId"]!.GetValue<Guid>();
    }

    /// <summary>Records a month of usage; answers the new ETag. Anything but 200 is an error.</summary>
    private static async Task<string> RecordUsageAsync(HttpClient client, Guid segment, Guid relationship, int i, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/segments/{segment}/relationships/{relationship}/usage")
        {
            Content = JsonContent.Create(new { month = $"2020-{i % 12 + 1:D2}", interactions = i, customersReached = 1 }),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }
}
