using Inventory.Domain.Reviews;
using Marten;
using Inventory.Api.Http;

namespace Inventory.Api.Reviews;

/// <summary>What a review command answers: the review's new version (also the ETag) and what it made.</summary>
public sealed record ReviewAnswer(Guid ReviewId, long Version, Guid? FactorId = null, Guid? DecisionId = null, Guid? SegmentId = null, Guid? RelationshipId = null);

/// <summary>A period may have one review; the claim makes a second one fail even when both are opened at once.</summary>
public sealed class ReviewPeriodClaim
{
    public string Id { get; set; } = "";
    public Guid ReviewId { get; set; }
}

public static class ReviewLoading
{
    public static async Task<Review> ReviewAsync(IQuerySession session, Guid id, CancellationToken ct) =>
        (id == Guid.Empty ? null : await session.LoadAsync<Review>(id, ct)) ?? throw new NotFound($"Review {id}");
}
