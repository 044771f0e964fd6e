using Inventory.Api.Access;
using Inventory.Domain.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Reviews;

public sealed record CloseReviewRequest(string? Summary);

public static class CloseReviewEndpoint
{
    /// <summary>Closes the review and freezes its pack as known at this instant.</summary>
    [WolverinePost("/api/reviews/{id}/close"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, CloseReviewRequest request, WritePath writes, ReviewPackBuilder packs, HttpContext http) =>
        writes.ChangeAsync<Review, bool>(http, request, new StreamRef(id, "Review"), _ => Task.FromResult(true), async (review, _, context) =>
        {
            var closed = ReviewRules.Close(review, context.Now, request.Summary);
            var content = await packs.BuildAsync(context.Session, http, Review.Evolve(Copy(review), closed)!, context.Now, http.User.UserName());
            context.Session.Insert(new ReviewPack { Id = id, Content = content });
            return [closed];
        }, version => new ReviewAnswer(id, version));

    // The fold mutates; the aggregate Marten handed us must stay as loaded.
    private static Review Copy(Review review) => new()
    {
        Id = review.Id, Period = review.Period, PeriodStart = review.PeriodStart, PeriodEnd = review.PeriodEnd, Title = review.Title,
        Factors = [.. review.Factors], Objectives = [.. review.Objectives], Decisions = [.. review.Decisions],
    };
}
