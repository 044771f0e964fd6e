using Inventory.Api.Access;
using Inventory.Domain.Reviews;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace Inventory.Api.Reviews;

public sealed record ReviewSummary(Guid ReviewId, string Period, string? Title, string Status, bool Overdue, DateTimeOffset? ClosedAt,
    int Factors, int Objectives, int Decisions, int DecisionsApplied);

public sealed record OverduePeriod(string Period, DateTimeOffset DueAt, Guid? ReviewId);

public sealed record ReviewList(IReadOnlyList<ReviewSummary> Reviews, IReadOnlyList<OverduePeriod> Overdue);

public static class ListReviewsEndpoint
{
    /// <summary>Every review with its status and counts, and the periods whose review is overdue (not closed in time).</summary>
    /// <remarks>
    /// Overdue: every period from the organization's first quarter on (the quarter of the earliest of its creation, its first
    /// segment's definition and the first period it reviews) whose grace has passed without a closed review, opened or not.
    /// </remarks>
    [WolverineGet("/api/reviews"), Authorize(Policy = Policies.Read)]
    public static async Task<ReviewList> Get(IQuerySession session, IOptions<ReviewOptions> options, TimeProvider clock, HttpContext http)
    {
        var reviews = await session.Query<Review>().ToListAsync(http.RequestAborted);
        var organization = await CurrentOrganization.LoadAsync(session, http);
        var (_, due) = await OverdueReviews.OfAsync(session, organization, reviews, options.Value, clock.GetUtcNow(), http.RequestAborted);
        var overdue = due.Select(o => new { Period = o.Period.ToString(), PeriodEnd = o.Period.LastDay, o.DueAt }).ToList();

        return new ReviewList(
            reviews.OrderByDescending(r => r.PeriodStart).Select(r => new ReviewSummary(r.Id, r.Period, r.Title,
                r.IsClosed ? "closed" : overdue.Any(o => o.Period == r.Period) ? "overdue" : "open",
                overdue.Any(o => o.Period == r.Period), r.ClosedAt, r.Factors.Count, r.Objectives.Count, r.Decisions.Count,
                r.Decisions.Count(d => d.AppliedOn is not null))).ToList(),
            overdue.OrderByDescending(o => o.PeriodEnd)
                .Select(o => new OverduePeriod(o.Period, o.DueAt, reviews.FirstOrDefault(r => r.Period == o.Period)?.Id)).ToList());
    }
}
