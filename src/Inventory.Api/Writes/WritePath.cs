using System.Text;
using System.Text.Json;
using Inventory.Api.Access;
using Inventory.Api.Http;
using JasperFx.Events;
using Marten;
using Marten.Events;
using Marten.Services.BatchQuerying;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using ConcurrencyException = JasperFx.ConcurrencyException;

namespace Inventory.Api.Writes;

/// <summary>
/// The one way every command writes: create a stream, change one, or change one and a second (a review decision applied
/// to a segment). In one place it replays an Idempotency-Key's first answer, checks If-Match, decides on the latest state,
/// appends with the version it read checked on the server, and answers (status, ETag, Location).
/// <para>
/// Two database round trips on the happy path: (1) the streams' decision state and versions, the organization and the
/// saved answer of the Idempotency-Key in one batch, inside a transaction of our own (Npgsql sends its BEGIN with that
/// batch); (2) the append, the inline projections, the documents and a COMMIT in one batch (see <see cref="CommitInBatch"/>).
/// A change that touches a second stream known only from the first (applying a review decision) reads it in one more.
/// </para>
/// <para>
/// Without If-Match the first read takes the stream's row lock (<c>for update</c>, in the same batch), so writers on one
/// stream decide one after the other, each on the latest state, and none loses its change. Optimistic attempts without
/// the lock were tried and measured worse: with 32 writers on one segment they collapsed (p50 40 s, deadlocks between
/// the appends' foreign-key locks and the row locks, 500s). With If-Match the version named is checked on the server
/// and a mismatch answers 412. Without If-Match, writers of one stream on this node first queue in <see cref="StreamTurns"/>,
/// so only the next of them waits on the row lock in PostgreSQL.
/// </para>
/// </summary>
public sealed class WritePath(IDocumentStore store, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<JsonOptions> json, StreamTurns turns)
{
    private const int MaxAttempts = 5;

    /// <summary>Starts stream <paramref name="stream"/> with what <paramref name="decide"/> returns (of what <paramref name="read"/> loads); answers 201 at <paramref name="location"/>.</summary>
    public Task<IResult> CreateAsync<T, TRead>(HttpContext http, object request, StreamRef stream,
        Func<IBatchedQuery, Task<TRead>> read, Func<TRead, WriteContext, IReadOnlyList<object>> decide,
        Func<long, object> answer, string location) where T : class =>
        RunAsync(http, request, new Plan(
            Enlist: (batch, _, _) =>
            {
                var extra = read(batch);
                return async () => (object?)await extra;
            },
            Decide: (loaded, context) =>
            {
                var events = decide((TRead)loaded!, context);
                context.Session.Events.StartStream<T>(stream.Id, events);
                return Task.FromResult(new Written(events.Count, answer(events.Count), 201, location));
            }));

    public Task<IResult> CreateAsync<T>(HttpContext http, object request, StreamRef stream, Func<WriteContext, IReadOnlyList<object>> decide,
        Func<long, object> answer, string location) where T : class =>
        CreateAsync<T, bool>(http, request, stream, _ => Task.FromResult(true), (_, context) => decide(context), answer, location);

    /// <summary>Appends to stream <paramref name="stream"/> what <paramref name="decide"/> returns of its latest state (and of what <paramref name="read"/> loads with it).</summary>
    public Task<IResult> ChangeAsync<T, TRead>(HttpContext http, object request, StreamRef stream,
        Func<IBatchedQuery, Task<TRead>> read, Func<T, TRead, WriteContext, ValueTask<IReadOnlyList<object>>> decide,
        Func<long, object> answer, int status = 200, string? location = null) where T : class =>
        RunAsync(http, request, new Plan(
            Turn: stream.Id,
            Enlist: (batch, expected, exclusive) =>
            {
                var fetched = Fetch<T>(batch, stream, expected, exclusive);
                var extra = read(batch);
                return async () => (object?)(await fetched, await extra);
            },
            Decide: async (loaded, context) =>
            {
                var (fetched, extra) = ((IEventStream<T>, TRead))loaded!;
                var aggregate = fetched.Aggregate ?? throw new NotFound($"{stream.What} {stream.Id}");
                var events = await decide(aggregate, extra, context);
                fetched.AppendMany(events.ToArray());
                var version = (fetched.StartingVersion ?? 0) + events.Count;
                return new Written(version, answer(version), status, location);
            }));

    public Task<IResult> ChangeAsync<T>(HttpContext http, object request, StreamRef stream, Func<T, WriteContext, IReadOnlyList<object>> decide,
        Func<long, object> answer, int status = 200, string? location = null) where T : class =>
        ChangeAsync<T, bool>(http, request, stream, _ => Task.FromResult(true),
            (aggregate, _, context) => ValueTask.FromResult(decide(aggregate, context)), answer, status, location);

    /// <summary>
    /// Appends to <paramref name="stream"/> (the one If-Match and the answer's version are about) and to a second stream of
    /// type <typeparamref name="TOther"/>: <paramref name="other"/>, or when null the one <paramref name="otherOf"/> names of the first's state.
    /// <paramref name="decide"/> gets the second stream's state and version and returns the events of each. The events
    /// carry <paramref name="causation"/> as their causation id.
    /// </summary>
    public Task<IResult> ChangeTwoAsync<T, TOther>(HttpContext http, object request, StreamRef stream, StreamRef? other, Func<T, StreamRef>? otherOf,
        Func<T, TOther, long, WriteContext, (IReadOnlyList<object> Events, IReadOnlyList<object> OtherEvents)> decide,
        Func<long, T, object> answer, string causation) where T : class where TOther : class =>
        RunAsync(http, request, new Plan(
            Turn: stream.Id,
            Enlist: (batch, expected, exclusive) =>
            {
                // Under row locks the named second stream is locked first, as the segment was before the review; a command
                // that learns its second stream from the first (applying a decision) cannot, and a deadlock between the two
                // is detected by PostgreSQL and tried again.
                var second = other is null ? null : Fetch<TOther>(batch, other, null, exclusive);
                var fetched = Fetch<T>(batch, stream, expected, exclusive);
                return async () => (object?)(await fetched, second is null ? null : await second, exclusive);
            },
            Decide: async (loaded, context) =>
            {
                var (fetched, second, exclusive) = ((IEventStream<T>, IEventStream<TOther>?, bool))loaded!;
                var aggregate = fetched.Aggregate ?? throw new NotFound($"{stream.What} {stream.Id}");
                var otherRef = other ?? otherOf!(aggregate);
                if (second is null && otherRef.Id != Guid.Empty)
                {
                    second = exclusive
                        ? await context.Session.Events.FetchForExclusiveWriting<TOther>(otherRef.Id, http.RequestAborted)
                        : await context.Session.Events.FetchForWriting<TOther>(otherRef.Id, http.RequestAborted);
                }

                var otherAggregate = second?.Aggregate ?? throw new NotFound($"{otherRef.What} {otherRef.Id}");
                var (events, otherEvents) = decide(aggregate, otherAggregate, second.StartingVersion ?? 0, context);
                second.AppendMany(otherEvents.ToArray());
                fetched.AppendMany(events.ToArray());
                var version = (fetched.StartingVersion ?? 0) + events.Count;
                return new Written(version, answer(version, aggregate), 200, null);
            }), causation);

    private static Task<IEventStream<TStream>> Fetch<TStream>(IBatchedQuery batch, StreamRef stream, long? expected, bool exclusive) where TStream : class
    {
        if (stream.Id == Guid.Empty) throw new NotFound($"{stream.What} {stream.Id}");
        if (expected is { } version) return batch.Events.FetchForWriting<TStream>(stream.Id, version);
        return exclusive ? batch.Events.FetchForExclusiveWriting<TStream>(stream.Id) : batch.Events.FetchForWriting<TStream>(stream.Id);
    }

    /// <summary>How a command loads (enlisting its reads in the first batch) and decides on what it loaded; <c>Turn</c> is the existing stream whose row it locks.</summary>
    private sealed record Plan(
        Func<IBatchedQuery, long?, bool, Func<Task<object?>>> Enlist,
        Func<object?, WriteContext, Task<Written>> Decide,
        Guid? Turn = null);

    private sealed record Written(long Version, object Answer, int Status, string? Location);

    private async Task<IResult> RunAsync(HttpContext http, object request, Plan plan, string? causation = null)
    {
        var key = IdempotentAnswer.KeyOf(http);
        // Computed only when a key is sent: nothing else needs it.
        var fingerprint = key is null ? null : IdempotentAnswer.FingerprintOf(http, request);
        var expected = IfMatch.ExpectedVersion(http);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var exclusive = expected is null;
                using var turn = exclusive && plan.Turn is { } locked ? await turns.EnterAsync(locked, http.RequestAborted) : null;
                return await AttemptAsync(http, plan, key, fingerprint, expected, exclusive, causation);
            }
            catch (Exception e) when (IsConflict(e) && attempt < MaxAttempts)
            {
                // A concurrent first use of the same key may have won: its answer is the answer.
                if (key is not null && await ReplayAsync(http, key, fingerprint!) is { } replay) return replay;
                // With If-Match a stream that moved on is the answer (412); a deadlock is tried again, and then says which.
                if (expected is not null && !IsDeadlock(e)) throw;
            }
        }
    }

    private async Task<IResult> AttemptAsync(HttpContext http, Plan plan, string? key, string? fingerprint, long? expected, bool exclusive, string? causation)
    {
        var ct = http.RequestAborted;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // Npgsql sends BEGIN with the first batch, not on its own.
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var options = Marten.Services.SessionOptions.ForTransaction(transaction);
        options.TenantId = http.User.OrganizationId();
        var commit = new CommitInBatch();
        options.ListenAt(commit);
        await using var session = store.LightweightSession(options);
        session.CorrelationId = CorrelationMiddleware.Of(http);
        if (http.User.Identity?.IsAuthenticated == true) session.LastModifiedBy = http.User.UserName();
        if (causation is not null) session.CausationId = causation;

        var batch = session.CreateBatchQuery();
        var saved = key is null ? null : batch.Load<IdempotentAnswer>(key);
        var organization = batch.Load<Organization>(options.TenantId);
        var loaded = plan.Enlist(batch, expected, exclusive);
        await batch.Execute(ct);

        if (saved is not null && await saved is { } first) return first.Replay(http, fingerprint!);
        var context = new WriteContext(session, await organization ?? throw new NotFound("Organization"), clock.GetUtcNow());
        var written = await plan.Decide(await loaded(), context);

        var etag = IfMatch.ETag(written.Version);
        var body = JsonSerializer.Serialize(written.Answer, written.Answer.GetType(), json.Value.SerializerOptions);
        if (key is not null)
        {
            // Inserted, not stored: a second first use of the key fails on the primary key instead of appending twice.
            session.Insert(new IdempotentAnswer
            {
                Id = key, Fingerprint = fingerprint!, Status = written.Status, Body = body, Location = written.Location, ETag = etag, At = context.Now,
            });
        }

        await session.SaveChangesAsync(ct);
        if (!commit.Queued) await transaction.CommitAsync(ct);

        http.Response.Headers.ETag = etag;
        if (written.Location is not null) http.Response.Headers.Location = written.Location;
        return Results.Content(body, "application/json", Encoding.UTF8, written.Status);
    }

    private async Task<IResult?> ReplayAsync(HttpContext http, string key, string fingerprint)
    {
        await using var session = store.QuerySession(http.User.OrganizationId());
        return await session.LoadAsync<IdempotentAnswer>(key, http.RequestAborted) is { } saved ? saved.Replay(http, fingerprint) : null;
    }

    /// <summary>Another writer got there first: the stream moved on, the same key or document was saved, or the locks deadlocked.</summary>
    private static bool IsConflict(Exception e) => e switch
    {
        ConcurrencyException or EventStreamUnexpectedMaxEventIdException or JasperFx.DocumentAlreadyExistsException => true,
        _ => IsDeadlock(e) || (e.InnerException is { } inner && IsConflict(inner)),
    };

    private static bool IsDeadlock(Exception e) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => true,
        _ => e.InnerException is { } inner && IsDeadlock(inner),
    };
}
