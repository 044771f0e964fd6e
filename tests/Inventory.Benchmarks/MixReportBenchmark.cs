using System.Diagnostics;
using Alba;
using Inventory.Api.Access;
using Inventory.Api.Projections;
using Inventory.Domain.Figures;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inventory.Benchmarks;

/// <summary>
/// The mix report over 8 years (32 quarters) for an organization with a small and a large history of the same shape
/// (10 segments, 5 relationship types), against reading the same projection rows with raw Npgsql.
/// </summary>
public static class MixReportBenchmark
{
    public static async Task RunAsync(BenchServer server, ResultTable table, bool quick)
    {
        var sizes = quick ? new[] { ("small", 1), ("large", 20) } : new[] { ("10k events", 5), ("1M events", 500) };
        var samples = quick ? 20 : 100;
        var prepared = new List<Prepared>();
        try
        {
            foreach (var (label, relationshipsPerSegment) in sizes) prepared.Add(await PrepareAsync(server, label, relationshipsPerSegment));

            // Both sizes are measured in turns, a report and a raw read each, so this machine's noise and the JIT's
            // state fall on every figure alike rather than on whichever size ran first.
            var actions = prepared.SelectMany(p => new[] { p.Report, p.Raw }).ToArray();
            var warming = Stopwatch.StartNew();
            for (var i = 0; i < WarmUpRounds || warming.Elapsed < WarmUpTime; i++)
                foreach (var action in actions) await action();

            var times = actions.Select(_ => new List<double>(samples)).ToArray();
            for (var i = 0; i < samples; i++)
            for (var a = 0; a < actions.Length; a++)
            {
                var clock = Stopwatch.StartNew();
                await actions[a]();
                times[a].Add(clock.Elapsed.TotalMilliseconds);
            }

            var (small, large) = (Figures(prepared[0].Label, times[0], times[1]), Figures(prepared[1].Label, times[2], times[3]));
            table.Add("mix report, 32 quarters", $"p50 at {small.Label}", small.P50, "ms", $"raw Npgsql read of the projection rows at {small.Label}", small.RawP50);
            table.Add("mix report, 32 quarters", $"p95 at {small.Label}", small.P95, "ms", $"raw Npgsql read at {small.Label}", small.RawP95);
            table.Add("mix report, 32 quarters", $"p50 at {large.Label}", large.P50, "ms", $"raw Npgsql read at {large.Label}", large.RawP50);
            table.Add("mix report, 32 quarters", $"p95 at {large.Label}", large.P95, "ms", $"raw Npgsql read at {large.Label}", large.RawP95, "≤ 3 × raw read");
            table.Add("mix report, 32 quarters", $"p95 at {large.Label}", large.P95, "ms", $"the same report at {small.Label}", small.P95, "≤ 1.5");
        }
        finally
        {
            foreach (var p in prepared)
            {
                await p.Host.DisposeAsync();
                await server.DropDatabaseAsync(p.ConnectionString);
            }
        }
    }

    private sealed record Prepared(string Label, string ConnectionString, IAlbaHost Host, Func<Task> Report, Func<Task> Raw);

    private static async Task<Prepared> PrepareAsync(BenchServer server, string label, int relationshipsPerSegment)
    {
        var connectionString = await server.CreateDatabaseAsync("bench_mix");
        var host = await AlbaHost.For<Program>(b =>
        {
            b.UseSolutionRelativeContentRoot("src/Inventory.Api");
            b.UseSetting("ConnectionStrings:Inventory", connectionString);
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        var organizations = host.Services.GetRequiredService<Organizations>();
        var (organization, key) = await organizations.CreateAsync("Benchmark", "EUR");
        var store = host.Services.GetRequiredService<IDocumentStore>();

        var clock = Stopwatch.StartNew();
        var events = await HistoryGenerator.WriteAsync(store, organization.Id, segments: 10, relationshipsPerSegment, new YearMonth(2018, 1), months: 96);
        Console.WriteLine($"mix report, {label}: wrote {events:N0} events in {clock.Elapsed.TotalSeconds:0.0} s");

        // The audit trail (async) works through the new history in the background: measure once the server is idle
        // again, as it is between imports.
        clock.Restart();
        var catchUp = host.Services.GetRequiredService<ProjectionCatchUp>();
        var latest = await catchUp.LatestSequenceAsync(default);
        var reached = await catchUp.WaitForAsync(AuditTrailProjection.ProjectionName, latest, TimeSpan.FromMinutes(30), default);
        Console.WriteLine($"mix report, {label}: audit trail at {reached:N0} of {latest:N0} after {clock.Elapsed.TotalSeconds:0.0} s");

        var client = host.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var dataSource = host.Services.GetRequiredService<NpgsqlDataSource>();
        return new Prepared(label, connectionString, host,
            async () =>
            {
                using var response = await client.GetAsync("/api/reports/mix?from=2018-Q1&to=2025-Q4&asOf=2026-01-01");
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            },
            async () =>
            {
                await using var command = dataSource.CreateCommand(
                    $"select id, {ReportColumns.Name}, {ReportColumns.LatestEffectiveDate}, {ReportColumns.Figures}::text from inventory.mt_doc_segmentportfolio where tenant_id = $1");
                command.Parameters.Add(new NpgsqlParameter { Value = organization.Id });
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) reader.GetString(3);
            });
    }

    private static (string Label, double P50, double P95, double RawP50, double RawP95) Figures(string label, List<double> report, List<double> raw) =>
        (label, Percentiles.Of(report, 50), Percentiles.Of(report, 95), Percentiles.Of(raw, 50), Percentiles.Of(raw, 95));

    // .NET compiles hot methods again, optimized, after some 30 calls and in the background: the first hundred or so
    // requests measure the JIT, not the report a running server answers.
    private const int WarmUpRounds = 100;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(10);
}
