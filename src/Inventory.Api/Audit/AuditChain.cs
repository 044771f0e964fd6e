using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;
using Inventory.Api.Database;

namespace Inventory.Api.Audit;

/// <summary>
/// Tamper evidence: checkpoints chain the hashes of an organization's events, read straight from the event table;
/// verifying recomputes them and names any event altered, removed or slipped in behind the product's back.
/// Taking a checkpoint only reads, so writers are never held up by it.
/// </summary>
public sealed class AuditChain(IDocumentStore store, NpgsqlDataSource dataSource, TimeProvider clock)
{
    private string Events => $"{store.Options.Events.DatabaseSchemaName}.mt_events";

    /// <summary>Takes the next checkpoint of <paramref name="organizationId"/>; null when nothing new is safely recorded.</summary>
    public async Task<AuditCheckpoint?> TakeAsync(string organizationId, string? takenBy, CancellationToken ct)
    {
        await using var session = store.LightweightSession(organizationId);
        var last = await session.Query<AuditCheckpoint>().OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);
        var from = last?.ToSequence ?? 0;
        var upTo = await SafeSequenceAsync(ct);
        if (upTo <= from) return null;

        var rows = await ReadAsync(organizationId, $"seq_id > {from} and seq_id <= {upTo}", ct);
        if (rows.Count == 0) return null;

        var previous = last?.Digest ?? "";
        var checkpoint = new AuditCheckpoint
        {
            Id = AuditCheckpoint.IdFor((last?.Number ?? 0) + 1),
            Number = (last?.Number ?? 0) + 1,
            FromSequence = from,
            ToSequence = rows[^1].Sequence,
            TakenAt = clock.GetUtcNow(),
            TakenBy = takenBy,
            PreviousDigest = previous,
            Events = rows,
        };
        checkpoint.Digest = Digest(previous, rows);
        // Inserted: two nodes taking the same link at once cannot both write it.
        session.Insert(checkpoint);
        await session.SaveChangesAsync(ct);
        return checkpoint;
    }

    public async Task<AuditVerification> VerifyAsync(string organizationId, CancellationToken ct)
    {
        await using var session = store.QuerySession(organizationId);
        var checkpoints = await session.Query<AuditCheckpoint>().OrderBy(c => c.Number).ToListAsync(ct);
        var problems = new List<AuditProblem>();
        var previous = "";
        long events = 0;
        foreach (var checkpoint in checkpoints)
        {
            if (checkpoint.PreviousDigest != previous || Digest(previous, checkpoint.Events) != checkpoint.Digest)
                problems.Add(new AuditProblem("checkpointAltered", checkpoint.Number, null, null, "the checkpoint no longer matches its chain"));
            previous = checkpoint.Digest;

            var now = (await ReadAsync(organizationId, $"seq_id > {checkpoint.FromSequence} and seq_id <= {checkpoint.ToSequence}", ct))
                .ToDictionary(e => e.Sequence);
            foreach (var recorded in checkpoint.Events)
            {
                events++;
                if (!now.Remove(recorded.Sequence, out var current))
                    problems.Add(new AuditProblem("removed", checkpoint.Number, recorded.Sequence, recorded.EventId, "the event is no longer in the store"));
                else if (current.Hash != recorded.Hash || current.EventId != recorded.EventId)
                    problems.Add(new AuditProblem("altered", checkpoint.Number, recorded.Sequence, recorded.EventId, "the event differs from what was recorded"));
            }

            foreach (var inserted in now.Values)
                problems.Add(new AuditProblem("inserted", checkpoint.Number, inserted.Sequence, inserted.EventId, "an event appeared inside a checkpointed range"));
        }

        var covered = checkpoints.Count == 0 ? 0 : checkpoints[^1].ToSequence;
        var uncovered = (await ReadAsync(organizationId, $"seq_id > {covered}", ct)).Count;
        // Answered as positions among the organization's events, never global sequences.
        var positions = await new OrganizationPositions(store, dataSource)
            .OfAsync(organizationId, problems.Where(p => p.Sequence is not null).Select(p => p.Sequence!.Value).Append(covered), ct);
        return AuditVerification.Of(checkpoints.Count, events, positions[covered], uncovered, previous,
            problems.Select(p => p.Sequence is { } sequence ? p with { Sequence = positions[sequence] } : p).ToList());
    }

    /// <summary>The highest sequence below which no append can still commit: the async daemon's high-water mark.</summary>
    private async Task<long> SafeSequenceAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            $"select coalesce((select last_seq_id from {store.Options.Events.DatabaseSchemaName}.mt_event_progression where name = 'HighWaterMark'), 0)");
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private async Task<List<CheckpointEvent>> ReadAsync(string organizationId, string range, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"""
            select seq_id, id, stream_id, version, type, timestamp, data::text, coalesce(user_name, ''), coalesce(correlation_id, ''),
                   coalesce(causation_id, ''), coalesce(headers::text, '')
            from {Events} where tenant_id = $1 and {range} order by seq_id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<CheckpointEvent>();
        while (await reader.ReadAsync(ct))
        {
            var canonical = string.Join('\u001f',
                reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), reader.GetGuid(1), reader.GetGuid(2),
                reader.GetInt64(3).ToString(CultureInfo.InvariantCulture), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5).UtcTicks.ToString(CultureInfo.InvariantCulture),
                reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetString(10), organizationId);
            rows.Add(new CheckpointEvent(reader.GetInt64(0), reader.GetGuid(1), Hash(canonical)));
        }

        return rows;
    }

    private static string Digest(string previous, IEnumerable<CheckpointEvent> events) =>
        Hash(previous + string.Concat(events.Select(e => e.Hash)));

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}

/// <summary>A broken link: <see cref="Sequence"/> is the event's position among the organization's events.</summary>
public sealed record AuditProblem(string Kind, int Checkpoint, long? Sequence, Guid? EventId, string Detail);

/// <summary>
/// The chain verified: each problem names the checkpoint and the event; <see cref="LatestDigest"/> is worth keeping outside the product.
/// <see cref="Status"/> is <c>verified</c>, <c>tampered</c>, or <c>nothingToVerify</c> when no checkpoint exists yet (then
/// <see cref="Verified"/> is null: nothing was checked, so nothing is vouched for).
/// </summary>
public sealed record AuditVerification(bool? Verified, string Status, int Checkpoints, long EventsChecked, long UpToSequence, int EventsNotYetCheckpointed,
    string LatestDigest, IReadOnlyList<AuditProblem> Problems)
{
    public static AuditVerification Of(int checkpoints, long eventsChecked, long upTo, int notYetCheckpointed, string digest, IReadOnlyList<AuditProblem> problems)
    {
        var (verified, status) = problems.Count > 0 ? (false, "tampered") : checkpoints == 0 ? ((bool?)null, "nothingToVerify") : (true, "verified");
        return new AuditVerification(verified, status, checkpoints, eventsChecked, upTo, notYetCheckpointed, digest, problems);
    }
}
