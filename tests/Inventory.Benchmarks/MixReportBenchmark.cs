using System.Diagnostics;
using Alba;
using Inventory.Api.Access;
using Inventory.Domain.Figures;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Inventory.Api.Audit;
using Inventory.Api.Database;
using Inventory.Api.Reports;
using Inventory.Api.Segments;

namespace Inventory.Benchmarks;

/// <summary>
/// The mix report over the same 8 years (32 quarters, 2018–2025) for an organization with a short and a long history of
/// the same breadth (10 segments of 5 relationships, 5 relationship types): the long one starts centuries earlier, so
/// "large / small" shows whether the report's time grows with the number of events, not with the company's size. Each
/// is measured against reading the same projection rows with raw Npgsql (the documents, the months' rows, the dated rows of the range). Then the large
/// history's projections are rebuilt (the product's <c>projections rebuild</c> command, its own process) against a
/// binary COPY of the same events. The cost-benefit report is measured the same way (its history has each segment's
/// monthly outcomes too, and its raw read adds the outcome rows).
/// </summary>
public static class MixReportBenchmark
{
    public static async Task RunAsync(BenchServer server, ResultTable table, bool quick, bool mix, bool rebuild, bool costBenefit = false)
    {
        // Years of history ending 2025-12; 10 × 5 relationships × 26 events a year: 8 years ≈ 10k events, 770 ≈ 1M.
        var sizes = quick ? new[] { ("small", 8), ("large", 80) } : new[] { ("10k events", 8), ("1M events", 770) };
        if (!mix && !costBenefit) sizes = sizes[1..];
        var samples = quick ? 20 : 100;
        var prepared = new List<Prepared>();
        var hostsRunning = true;
        try
        {
            foreach (var (label, years) in sizes) prepared.Add(await PrepareAsync(server, label, years, costBenefit));
            var warmUp = quick ? (20, TimeSpan.FromSeconds(2)) : (WarmUpRounds, WarmUpTime);
            if (mix) await MeasureAsync(prepared, table, samples, warmUp, "mix report, 32 quarters", "mix report", p => (p.Report, p.Raw));
            if (costBenefit)
                await MeasureAsync(prepared, table, samples, warmUp, "cost-benefit report, 32 quarters", "cost-benefit report", p => (p.CostBenefit, p.RawCostBenefit));
            foreach (var p in prepared) await p.Host.DisposeAsync();
            hostsRunning = false;
            if (rebuild) await RebuildAsync(prepared[^1].ConnectionString, table);
        }
        finally
        {
            foreach (var p in prepared)
            {
                if (hostsRunning) await p.Host.DisposeAsync();
                await server.DropDatabaseAsync(p.ConnectionString);
            }
        }
    }

    private static async Task MeasureAsync(List<Prepared> prepared, ResultTable table, int samples, (int Rounds, TimeSpan Time) warmUp,
        string row, string name, Func<Prepared, (Func<Task> Report, Func<Task> Raw)> measured)
    {
        // Both sizes are measured in turns, a report and a raw read each, so this machine's noise and the JIT's
        // state fall on every figure alike rather than on whichever size ran first.
        var actions = prepared.Select(measured).SelectMany(m => new[] { m.Report, m.Raw }).ToArray();
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmUp.Rounds || warming.Elapsed < warmUp.Time; i++)
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
        table.Add(row, $"p50 at {small.Label}", small.P50, "ms", $"raw Npgsql read of the projection rows at {small.Label}", small.RawP50);
        table.Add(row, $"p95 at {small.Label}", small.P95, "ms", $"raw Npgsql read at {small.Label}", small.RawP95);
        table.Add(row, $"p50 at {large.Label}", large.P50, "ms", $"raw Npgsql read at {large.Label}", large.RawP50);
        table.Add(row, $"p95 at {large.Label}", large.P95, "ms", $"raw Npgsql read at {large.Label}", large.RawP95, "≤ 3",
            summary: $"{name} p95 at the large history / raw read");
        table.Add(row, $"p95 at {large.Label}", large.P95, "ms", $"the same report at {small.Label}", small.P95, "≤ 1.5",
            summary: $"{name} p95 at the large history / at the small");
    }

    /// <summary>The product's rebuild of every projection (a process of its own) against a binary COPY of the same events.</summary>
    private static async Task RebuildAsync(string connectionString, ResultTable table)
    {
        long events;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("select count(*) from inventory.mt_events", connection);
            events = (long)(await count.ExecuteScalarAsync())!;
        }

        var rebuild = await Processes.RunAsync(Processes.HostDll, connectionString, "projections", "rebuild", "--shard-timeout", "90m");
        if (rebuild.ExitCode != 0) throw new InvalidOperationException(rebuild.Output);
        // The command includes a process start; take that off with a measured start of the same host.
        var start = await Processes.TimeToHealthyAsync(Processes.HostDll, connectionString);
        var rebuildSeconds = Math.Max(0.001, rebuild.Elapsed.TotalSeconds - start / 1000);
        Console.WriteLine($"rebuild: {events:N0} events in {rebuildSeconds:0.0} s (command {rebuild.Elapsed.TotalSeconds:0.0} s, a start {start / 1000:0.0} s)");

        var copyRate = await CopyEventsRateAsync(connectionString, events);
        Console.WriteLine($"COPY of the same events: {copyRate:N0} rows/s");
        table.Add($"rebuild of every projection from {events:N0} events", "events per second", events / rebuildSeconds, "/s", "binary COPY of the same events into a plain table", copyRate, "≥ 0.3",
            summary: "rebuild of every projection / COPY rate");
    }

    /// <summary>Events per second of a binary COPY of the event rows out of the store and into a plain table of the same columns.</summary>
    private static async Task<double> CopyEventsRateAsync(string connectionString, long events)
    {
        const string columns = "seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type";
        await using var source = new NpgsqlConnection(connectionString);
        await using var target = new NpgsqlConnection(connectionString);
        await source.OpenAsync();
        await target.OpenAsync();
        await using (var create = new NpgsqlCommand($"create table copy_events as select {columns} from inventory.mt_events with no data", target))
            await create.ExecuteNonQueryAsync();
        var clock = Stopwatch.StartNew();
        await using (var output = await source.BeginRawBinaryCopyAsync($"copy (select {columns} from inventory.mt_events) to stdout (format binary)"))
        await using (var input = await target.BeginRawBinaryCopyAsync("copy copy_events from stdin (format binary)"))
            await output.CopyToAsync(input);
        return events / clock.Elapsed.TotalSeconds;
    }

    private sealed record Prepared(string Label, string ConnectionString, IAlbaHost Host, Func<Task> Report, Func<Task> Raw, Func<Task> CostBenefit,
        Func<Task> RawCostBenefit);

    private static async Task<Prepared> PrepareAsync(BenchServer server, string label, int years, bool outcomes)
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
        var events = await HistoryGenerator.WriteAsync(store, organization.Id, segments: 10, relationshipsPerSegment: 5, new YearMonth(2026 - years, 1),
            months: 12 * years, outcomes: outcomes);
        Console.WriteLine($"mix report, {label}: wrote {events:N0} events in {clock.Elapsed.TotalSeconds:0.0} s");

        // The audit trail (async) works through the new history in the background: measure once the server is idle
        // again, as it is between imports.
        clock.Restart();
        var catchUp = host.Services.GetRequiredService<ProjectionCatchUp>();
        var latest = await catchUp.LatestSequenceAsync(default);
        var reached = await catchUp.WaitForAsync(AuditTrailProjection.ProjectionName, latest, TimeSpan.FromMinutes(30), default);
        Console.WriteLine($"mix report, {label}: audit trail at {reached:N0} of {latest:N0} after {clock.Elapsed.TotalSeconds:0.0} s");

        var dataSource = host.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var size = dataSource.CreateCommand("select coalesce(sum(length(data::text)), 0) from inventory.mt_doc_segmentportfolio where tenant_id = $1"))
        {
            size.Parameters.Add(new NpgsqlParameter { Value = organization.Id });
            Console.WriteLine($"mix report, {label}: the segments' documents hold {(long)(await size.ExecuteScalarAsync())! / 1024.0:N0} KiB of JSON");
        }

        await using (var rows = dataSource.CreateCommand(
                         $"select (select count(*) from inventory.{DatedEntriesProjection.CostsTable} where tenant_id = $1), (select count(*) from inventory.{DatedEntriesProjection.AttributesTable} where tenant_id = $1)"))
        {
            rows.Parameters.Add(new NpgsqlParameter { Value = organization.Id });
            await using var reader = await rows.ExecuteReaderAsync();
            await reader.ReadAsync();
            Console.WriteLine($"mix report, {label}: {reader.GetInt64(0):N0} cost rows and {reader.GetInt64(1):N0} attribute rows");
        }

        var client = host.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        async Task GetAsync(string url)
        {
            using var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }

        // The relationships, as the reports know them from the segments' documents.
        var (segmentIds, relationshipIds) = (new List<Guid>(), new List<Guid>());
        await using (var keys = dataSource.CreateCommand(
                         $"select distinct segment_id, relationship_id from inventory.{DatedEntriesProjection.CostsTable} where tenant_id = $1"))
        {
            keys.Parameters.Add(new NpgsqlParameter { Value = organization.Id });
            await using var reader = await keys.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                segmentIds.Add(reader.GetGuid(0));
                relationshipIds.Add(reader.GetGuid(1));
            }
        }

        // Per relationship, a dated table's row in effect on the range's first day and the rows after it in the range.
        NpgsqlBatchCommand DatedRows(string table, string columns) => new($"""
            select k.r, d.effective_date, {columns} from unnest($2::uuid[], $3::uuid[]) k(s, r)
            cross join lateral (
                (select * from inventory.{table} t where t.tenant_id = $1 and t.segment_id = k.s and t.relationship_id = k.r and t.effective_date <= '2017-10-01'
                 order by t.effective_date desc, t.ord desc limit 1)
                union all
                (select * from inventory.{table} t where t.tenant_id = $1 and t.segment_id = k.s and t.relationship_id = k.r
                 and t.effective_date > '2017-10-01' and t.effective_date <= '2025-12-31')) d
            order by k.r, d.effective_date, d.ord
            """)
        {
            Parameters = { new NpgsqlParameter { Value = organization.Id }, new NpgsqlParameter { Value = segmentIds.ToArray() }, new NpgsqlParameter { Value = relationshipIds.ToArray() } },
        };

        // What the reports read: the portfolios, the monthly rows of the quarters asked (and the one before) and the
        // costs and attributes in effect over those days; the cost-benefit report the segments' outcome rows too.
        async Task RawAsync(bool withOutcomes)
        {
            await using var batch = dataSource.CreateBatch();
            batch.BatchCommands.Add(new NpgsqlBatchCommand("select data::text from inventory.mt_doc_segmentportfolio where tenant_id = $1")
                { Parameters = { new NpgsqlParameter { Value = organization.Id } } });
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                $"select relationship_id, month, interactions, customers, score, responses from inventory.{RelationshipMonthsProjection.TableName} where tenant_id = $1 and month between '2017-10-01' and '2025-12-01'")
                { Parameters = { new NpgsqlParameter { Value = organization.Id } } });
            batch.BatchCommands.Add(DatedRows(DatedEntriesProjection.CostsTable, "monthly_fixed_cost, cost_per_interaction, reason"));
            batch.BatchCommands.Add(DatedRows(DatedEntriesProjection.AttributesTable, "channels, phases, motivations, horizon, owner, provider, reason"));
            if (withOutcomes)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(
                    $"select segment_id, month, revenue, new_customers, lost_customers, active_customers from inventory.{SegmentMonthsProjection.TableName} where tenant_id = $1 and month between '2017-10-01' and '2025-12-01'")
                    { Parameters = { new NpgsqlParameter { Value = organization.Id } } });
            }

            await using var reader = await batch.ExecuteReaderAsync();
            while (await reader.ReadAsync()) reader.GetString(0);
            for (var dated = 0; dated < 3; dated++)
            {
                await reader.NextResultAsync();
                while (await reader.ReadAsync()) reader.GetGuid(0);
            }

            if (!withOutcomes) return;
            await reader.NextResultAsync();
            while (await reader.ReadAsync()) reader.GetGuid(0);
        }

        return new Prepared(label, connectionString, host,
            () => GetAsync("/api/reports/mix?from=2018-Q1&to=2025-Q4&asOf=2026-01-01"),
            () => RawAsync(false),
            () => GetAsync("/api/reports/cost-benefit?from=2018-Q1&to=2025-Q4&asOf=2026-01-01"),
            () => RawAsync(true));
    }

    private static (string Label, double P50, double P95, double RawP50, double RawP95) Figures(string label, List<double> report, List<double> raw) =>
        (label, Percentiles.Of(report, 50), Percentiles.Of(report, 95), Percentiles.Of(raw, 50), Percentiles.Of(raw, 95));

    // .NET compiles hot methods again, optimized, after some 30 calls and in the background: the first hundred or so
    // requests measure the JIT, not the report a running server answers. (The quick run warms up less: it checks that
    // the benchmark runs, its figures are not compared.)
    private const int WarmUpRounds = 100;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(10);
}
