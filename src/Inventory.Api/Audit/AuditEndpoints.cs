using Inventory.Api.Access;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;
using Inventory.Api.Database;

namespace Inventory.Api.Audit;

/// <summary>A checkpoint taken now (201), with the events it seals and its digest.</summary>
public sealed record CheckpointTaken(bool Taken, int Number, long FromSequence, long ToSequence, int Events, string Digest, DateTimeOffset TakenAt);

/// <summary>No checkpoint was needed (200), and why.</summary>
public sealed record CheckpointNotTaken(bool Taken, string Reason);

public static class TakeCheckpointEndpoint
{
    /// <summary>Takes a checkpoint of the organization's event log now (one is also taken on a schedule).</summary>
    [WolverinePost("/api/audit/checkpoints"), Authorize(Policy = Policies.Audit)]
    [ProducesResponseType<CheckpointTaken>(StatusCodes.Status201Created), ProducesResponseType<CheckpointNotTaken>(StatusCodes.Status200OK)]
    public static async Task<IResult> Post(AuditChain chain, ProjectionCatchUp catchUp, HttpContext http)
    {
        var checkpoint = await chain.TakeAsync(http.User.OrganizationId(), http.User.UserName(), http.RequestAborted);
        if (checkpoint is null)
            return Results.Json(new CheckpointNotTaken(false, "no event recorded since the last checkpoint (or not yet past the high-water mark)"));
        // Positions among the organization's events (the checkpoint itself keeps the store's sequences).
        var positions = await catchUp.Positions.OfAsync(http.User.OrganizationId(), [checkpoint.FromSequence, checkpoint.ToSequence], http.RequestAborted);
        return Results.Json(new CheckpointTaken(true, checkpoint.Number, positions[checkpoint.FromSequence], positions[checkpoint.ToSequence],
            checkpoint.Events.Count, checkpoint.Digest, checkpoint.TakenAt), statusCode: 201);
    }
}

public static class VerifyAuditEndpoint
{
    /// <summary>Recomputes every checkpoint and names any event altered or removed behind the product's back.</summary>
    [WolverineGet("/api/audit/verify"), Authorize(Policy = Policies.Audit)]
    public static Task<AuditVerification> Get(AuditChain chain, HttpContext http) => chain.VerifyAsync(http.User.OrganizationId(), http.RequestAborted);
}

public sealed class AuditOptions
{
    public const string Section = "Inventory:Audit";
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>Takes every organization's next checkpoint on a schedule.</summary>
public sealed class ScheduledCheckpoints(IDocumentStore store, AuditChain chain, IOptions<AuditOptions> options, ILogger<ScheduledCheckpoints> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var session = store.QuerySession();
                foreach (var organization in await session.Query<Organization>().Select(o => o.Id).ToListAsync(stoppingToken))
                    await chain.TakeAsync(organization, "schedule", stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Another node may have taken the same link; the next round continues the chain.
                logger.LogWarning(e, "Scheduled audit checkpoint failed");
            }
        }
    }
}
