using Inventory.Api.Access;
using Inventory.Domain.Reviews;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;

namespace Inventory.Api.Reviews;

public sealed record CloseReviewRequest(string? Summary);

public static class CloseReviewEndpoint
{
    /// <summary>Closes the review and freezes its pack as known at this instant.</summary>
    [WolverinePost("/api/reviews/{id}/close"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status200OK)]
    public static async Task<IResult> Post(Guid id, CloseReviewRequest request, IDocumentSession session, ReviewPackBuilder packs,
        TimeProvider clock, HttpContext http)
    {
        var now = clock.GetUtcNow();
        return await StreamWrites.ChangeAsync<Review>(session, http, id, request, "Review", async review =>
        {
            var closed = ReviewRules.Close(review, now, request.Summary);
            var content = await packs.BuildAsync(session, http, Review.Evolve(Copy(review), closed)!, now, http.User.UserName());
            session.Insert(new ReviewPack { Id = id, Content = content });
            return [closed];
        }, version => new ReviewAnswer(id, version));
    }

    // The fold mutates; the aggregate Marten handed us must stay as loaded.
    private static Review Copy(Review review) => new()
    {
        Id = review.Id, Period = review.Period, PeriodStart = review.PeriodStart, PeriodEnd = review.PeriodEnd, Title = review.Title,
        Factors = [.. review.Factors], Objectives = [.. review.Objectives], Decisions = [.. review.Decisions],
    };
}
