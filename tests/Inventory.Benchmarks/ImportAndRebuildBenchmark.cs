using System.Diagnostics;
using System.Text;
using Alba;
using Inventory.Api.Access;
using Inventory.Api.Imports;
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
/// Bulk import of monthly usage records (a CSV file, all or nothing) against PostgreSQL COPY of the same rows; then
/// rebuilding all projections from the resulting events against the COPY rate; then start-up against a bare app.
/// </summary>
public static class ImportAndRebuildBenchmark
{
    public static async Task RunAsync(BenchServer server, ResultTable table, bool quick)
    {
        const int segments = 10, months = 96;
        var relationshipsPerSegment = quick ? 21 : 1042;
        var connectionString = await server.CreateDatabaseAsync("bench_import");
        try
        {
            string organizationId;
            long rows;
            double importRate, copyRate;
            await using (var host = await AlbaHost.For<Program>(b =>
                   {
                       b.UseSolutionRelativeContentRoot("src/Inventory.Api");
                       b.UseSetting("ConnectionStrings:Inventory", connectionString);
                       b.UseSetting("Logging:LogLevel:Default", "Warning");
                   }))
            {
                var (organization, _) = await host.Services.GetRequiredService<Organizations>().CreateAsync("Benchmark", "EUR");
                organizationId = organization.Id;
                var store = host.Services.GetRequiredService<IDocumentStore>();
                var targets = await EstablishAsync(store, organization.Id, segments, relationshipsPerSegment);

                var csv = new StringBuilder("segmentId,relationshipId,month,interactions,customersReached\n");
                var random = new Random(3);
                foreach (var (segment, relationship) in targets)
                for (var (m, month) = (0, new YearMonth(2018, 1)); m < months; m++, month = month.Next())
                    csv.Append(segment).Append(',').Append(relationship).Append(',').Append(month).Append(',').Append(random.Next(0, 5000)).Append(',').Append(random.Next(0, 900)).Append('\n');
                rows = (long)targets.Count * months;
                var text = csv.ToString();

                var clock = Stopwatch.StartNew();
                var (parsed, errors) = ImportFile.Parse(ImportKind.usage, new StringReader(text), YearMonth.Of(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime)));
                if (errors.Count > 0) throw new InvalidOperationException(errors[0].Message);
                await using (var session = store.LightweightSession(organization.Id))
                {
                    await Importer.ImportAsync(session, ImportKind.usage, parsed, "EUR");
                    await session.SaveChangesAsync();
                }

                importRate = rows / clock.Elapsed.TotalSeconds;
                Console.WriteLine($"import: {rows:N0} usage records in {clock.Elapsed.TotalSeconds:0.0} s");

                copyRate = await CopyRateAsync(connectionString, text);
                Console.WriteLine($"COPY: {rows:N0} rows at {copyRate:N0} rows/s");
            }

            table.Add($"bulk import of {rows:N0} usage records (CSV, all or nothing)", "rows per second", importRate, "/s", "PostgreSQL COPY of the same rows", copyRate, "≥ 0.5");

            var events = rows + segments * (relationshipsPerSegment + 1);
            var rebuild = await Processes.RunAsync(Processes.HostDll, connectionString, "projections", "rebuild", "--shard-timeout", "90m");
            if (rebuild.ExitCode != 0) throw new InvalidOperationException(rebuild.Output);
            var start = await Processes.TimeToHealthyAsync(Processes.HostDll, connectionString);
            // The command includes a process start; take that off with a measured start of the same host.
            var rebuildSeconds = Math.Max(0.001, rebuild.Elapsed.TotalSeconds - start / 1000);
            Console.WriteLine($"rebuild: {events:N0} events in {rebuildSeconds:0.0} s (command {rebuild.Elapsed.TotalSeconds:0.0} s)");
            table.Add($"rebuild of all projections from {events:N0} events", "events per second", events / rebuildSeconds, "/s", "PostgreSQL COPY rate", copyRate, "≥ 0.3");

            var hostStarts = new List<double>();
            var bareStarts = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                hostStarts.Add(await Processes.TimeToHealthyAsync(Processes.HostDll, connectionString));
                bareStarts.Add(await Processes.TimeToHealthyAsync(Processes.BareDll, null));
            }

            table.Add("start-up to healthy (median of 3)", "host", Percentiles.Of(hostStarts, 50), "ms", "a bare ASP.NET Core app", Percentiles.Of(bareStarts, 50));
            _ = organizationId;
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
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
