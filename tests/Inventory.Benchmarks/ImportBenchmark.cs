using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Alba;
using Inventory.Api.Access;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Inventory.Benchmarks;

/// <summary>
/// A file of monthly usage imported through the product (POST /api/imports to its own process, all or nothing) against
/// a binary COPY of the same rows into a plain table; then start-up of the product against a bare ASP.NET Core app.
/// </summary>
public static class ImportBenchmark
{
    public static async Task RunAsync(BenchServer server, ResultTable table, bool quick, bool import, bool startup)
    {
        const int segments = 10, months = 96;
        var relationshipsPerSegment = quick ? 21 : 1042;
        var connectionString = await server.CreateDatabaseAsync("bench_import");
        try
        {
            if (import) await ImportAsync(connectionString, table, segments, relationshipsPerSegment, months);
            if (startup) await StartUpAsync(connectionString, table);
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task ImportAsync(string connectionString, ResultTable table, int segments, int relationshipsPerSegment, int months)
    {
        string key;
        List<(Guid Segment, Guid Relationship)> targets;
        // The segments and relationships are set up in-process (not measured), then the product runs as its own process.
        await using (var host = await AlbaHost.For<Program>(b =>
                     {
                         b.UseSolutionRelativeContentRoot("src/Inventory.Api");
                         b.UseSetting("ConnectionStrings:Inventory", connectionString);
                         b.UseSetting("Logging:LogLevel:Default", "Warning");
                     }))
        {
            (var organization, key) = await host.Services.GetRequiredService<Organizations>().CreateAsync("Benchmark", "EUR");
            targets = await EstablishAsync(host.Services.GetRequiredService<IDocumentStore>(), organization.Id, segments, relationshipsPerSegment);
        }

        var csv = new StringBuilder("segmentId,relationshipId,month,interactions,customersReached\n");
        var random = new Random(3);
        foreach (var (segment, relationship) in targets)
        for (var (m, month) = (0, new YearMonth(2018, 1)); m < months; m++, month = month.Next())
            csv.Append(segment).Append(',').Append(relationship).Append(',').Append(month).Append(',').Append(random.Next(0, 5000)).Append(',').Append(random.Next(0, 900)).Append('\n');
        var rows = (long)targets.Count * months;
        var file = Encoding.UTF8.GetBytes(csv.ToString());

        double importSeconds;
        await using (var product = await ProductProcess.StartAsync(connectionString, $"bench-{Guid.NewGuid():N}"))
        {
            using var client = product.Client(key, TimeSpan.FromMinutes(30));
            using var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync("/api/imports?kind=usage&fileName=usage-bench.csv", content);
            importSeconds = clock.Elapsed.TotalSeconds;
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"import: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Console.WriteLine($"import: {rows:N0} usage records ({file.Length / 1e6:0.0} MB) in {importSeconds:0.0} s: {await response.Content.ReadAsStringAsync()}");
        }

        var copyRate = await CopyRateAsync(connectionString, csv.ToString());
        Console.WriteLine($"COPY: {rows:N0} rows at {copyRate:N0} rows/s");
        table.Add($"import of {rows:N0} usage rows (CSV over HTTP, all or nothing)", "rows per second", rows / importSeconds, "/s", "PostgreSQL binary COPY of the same rows", copyRate, "≥ 0.5",
            summary: "import of usage rows / COPY of the same rows");
    }

    private static async Task StartUpAsync(string connectionString, ResultTable table)
    {
        // The schema is in place (a first start creates it): each measured start is the start of a running installation.
        _ = await Processes.TimeToHealthyAsync(Processes.HostDll, connectionString);
        var hostStarts = new List<double>();
        var bareStarts = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            hostStarts.Add(await Processes.TimeToHealthyAsync(Processes.HostDll, connectionString));
            bareStarts.Add(await Processes.TimeToHealthyAsync(Processes.BareDll, null));
        }

        Console.WriteLine($"start-up: host {string.Join(", ", hostStarts.Select(s => $"{s:0}"))} ms; bare {string.Join(", ", bareStarts.Select(s => $"{s:0}"))} ms");
        table.Add("start-up to healthy (median of 3)", "host", Percentiles.Of(hostStarts, 50), "ms", "a bare ASP.NET Core app", Percentiles.Of(bareStarts, 50), "≤ 4",
            summary: "start-up to healthy / bare ASP.NET Core app");
    }

    private static async Task<List<(Guid Segment, Guid Relationship)>> EstablishAsync(IDocumentStore store, string organization, int segments, int perSegment)
    {
        var targets = new List<(Guid, Guid)>();
        for (var s = 0; s < segments; s++)
        {
            var segment = Guid.NewGuid();
            var events = new List<object> { new SegmentDefined(segment, $"Segment {s}", null, Motivation.Retention, new DateOnly(2018, 1, 1)) };
            for (var r = 0; r < perSegment; r++)
            {
                var relationship = Guid.NewGuid();
                events.Add(new RelationshipEstablished(segment, relationship, (RelationshipType)(r % 7), $"R{r}", [Channel.Web], [], [], Horizon.LongTerm, null,
                    r % 7 == (int)RelationshipType.ThirdParty ? "Provider" : null, 100 + r, 0.1m, "EUR", new DateOnly(2018, 1, 1)));
                targets.Add((segment, relationship));
            }

            await using var session = store.LightweightSession(organization);
            session.Events.StartStream<SegmentPortfolio>(segment, events.ToArray());
            await session.SaveChangesAsync();
        }

        return targets;
    }

    /// <summary>Rows per second of a binary COPY of the same records into a plain table.</summary>
    private static async Task<double> CopyRateAsync(string connectionString, string csv)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("create table copy_rows (segment_id uuid, relationship_id uuid, month text, interactions bigint, customers bigint)", connection))
            await create.ExecuteNonQueryAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var clock = Stopwatch.StartNew();
        await using (var copy = await connection.BeginBinaryImportAsync("copy copy_rows from stdin (format binary)"))
        {
            foreach (var f in lines)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.Parse(f[0]), NpgsqlDbType.Uuid);
                await copy.WriteAsync(Guid.Parse(f[1]), NpgsqlDbType.Uuid);
                await copy.WriteAsync(f[2], NpgsqlDbType.Text);
                await copy.WriteAsync(long.Parse(f[3]), NpgsqlDbType.Bigint);
                await copy.WriteAsync(long.Parse(f[4]), NpgsqlDbType.Bigint);
            }

            await copy.CompleteAsync();
        }

        return lines.Count / clock.Elapsed.TotalSeconds;
    }
}
