using System.Net;
using Inventory.Api.Audit;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inventory.Api.Tests.Audit;

/// <summary>
/// A transaction that stays open long past the async daemon's stale-gap threshold (3 s) while later events commit leaves a
/// gap in the event sequence; the audit trail must wait for it rather than skip it, and end up with every event.
/// Its own host and database: the held gap stops every async projection of the database while it lasts.
/// </summary>
public class LongTransactionAuditTests
{
    private const int HeldEvents = 500;
    private static readonly TimeSpan HeldOpen = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan CatchUpLimit = TimeSpan.FromSeconds(120);

    [Fact]
    public Task events_of_a_transaction_open_past_the_gap_threshold_while_later_events_commit_all_reach_the_audit_trail() => HoldOpenAsync(concurrentWrites: true);

    /// <summary>The benchmark's shape: one writer, nothing committed above the open transaction's reserved range.</summary>
    [Fact]
    public Task events_of_a_lone_transaction_open_past_the_gap_threshold_all_reach_the_audit_trail() => HoldOpenAsync(concurrentWrites: false);

    private static async Task HoldOpenAsync(bool concurrentWrites)
    {
        await using var host = await InventoryHost.StartAsync();
        var org = await host.NewOrganizationAsync();
        var held = await SegmentAsync(org, "Held");
        var heldRelationship = await RelationshipAsync(org, held, "Shop held");
        var busy = await SegmentAsync(org, "Busy");
        var store = host.Services.GetRequiredService<IDocumentStore>();

        // The long writer: its events take their sequence numbers now, and commit only after the others' and the sleep.
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var options = Marten.Services.SessionOptions.ForTransaction(transaction);
        options.TenantId = org.Id;
        await using (var session = store.LightweightSession(options))
        {
            session.Events.Append(held, Enumerable.Range(0, HeldEvents)
                .Select(m => (object)new UsageRecorded(held, heldRelationship, YearMonth.Of(new DateOnly(1990, 1, 1).AddMonths(m)), 100 + m, 10))
                .ToArray());
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var sleep = new NpgsqlCommand($"select pg_sleep({HeldOpen.TotalSeconds})", connection, transaction).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        // Later events commit while the long transaction is still open: the gap below them is what the daemon sees.
        if (concurrentWrites)
        {
            for (var i = 0; i < 3; i++) await RelationshipAsync(org, busy, $"Shop busy {i + 1}");
        }

        await sleep;
        await transaction.CommitAsync(TestContext.Current.CancellationToken);
        await RelationshipAsync(org, busy, "Shop busy after");

        var (events, lastSequence) = await EventsAsync(host.ConnectionString, held, busy);
        await WaitForAuditTrailAsync(host.ConnectionString, lastSequence);
        await using var query = store.QuerySession(org.Id);
        var entries = await query.Query<AuditEntry>().Where(e => e.StreamId == held || e.StreamId == busy).CountAsync(TestContext.Current.CancellationToken);
        entries.ShouldBe(events, $"audit entries of the two segments against their events in mt_events (up to sequence {lastSequence})");
        (await query.Query<AuditEntry>().Where(e => e.StreamId == held).CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1 + 1 + HeldEvents);
    }

    private static async Task<Guid> SegmentAsync(TestOrganization org, string name) =>
        (await org.Admin.PostAsync("/api/segments", new { name, motivation = "retention", effectiveDate = "1990-01-01" }))
        .ShouldBe(HttpStatusCode.Created).Id("segmentId");

    private static async Task<Guid> RelationshipAsync(TestOrganization org, Guid segment, string name) =>
        (await org.Admin.PostAsync($"/api/segments/{segment}/relationships", new
        {
            type = "selfService", name, monthlyFixedCost = 100, costPerInteraction = "0.10", effectiveDate = "1990-01-01",
        })).ShouldBe(HttpStatusCode.Created).Id("relationshipId");

    private static async Task<(int Count, long LastSequence)> EventsAsync(string connectionString, Guid held, Guid busy)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*)::int, max(seq_id) from inventory.mt_events where stream_id = any(@streams)", connection);
        command.Parameters.AddWithValue("streams", new[] { held, busy });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt64(1));
    }

    /// <summary>Waits (bounded) until the audit trail's progress has passed <paramref name="sequence"/>: skipped or taken in, every event up to it is decided.</summary>
    private static async Task WaitForAuditTrailAsync(string connectionString, long sequence)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select coalesce(max(last_seq_id), 0) from inventory.mt_event_progression where name like '{AuditTrailProjection.ProjectionName}:%'", connection);
        var deadline = DateTime.UtcNow + CatchUpLimit;
        long reached;
        while ((reached = (long)(await command.ExecuteScalarAsync())!) < sequence)
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"The audit trail stayed at sequence {reached}, below {sequence}");
            await Task.Delay(200);
        }
    }
}
