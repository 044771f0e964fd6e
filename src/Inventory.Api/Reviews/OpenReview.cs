using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reviews;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Http;
using Inventory.Api.Http;

namespace Inventory.Api.Reviews;

public sealed record OpenReviewRequest([RequiredField] string? Period, string? Title);

public static class OpenReviewEndpoint
{
    /// <summary>Opens the review of a period (YYYY-Qn); one per period. Schedules its reminder for when the period's grace ends, if still to come.</summary>
    [WolverinePost("/api/reviews"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(OpenReviewRequest request, IDocumentSession session, IMessageBus bus, IOptions<ReviewOptions> options, TimeProvider clock, HttpContext http)
    {
        var organization = await CurrentOrganization.LoadAsync(session, http);
        var fields = new RequestFields();
        if (request.Period is null) fields.Error("period", Domain.Errors.ErrorCodes.Required, "period is required (YYYY-Qn)");
        var period = fields.OptionalQuarter(request.Period, "period", organization.FiscalYearStartMonth) ?? default;
        fields.ThrowIfInvalid();

        var key = IdempotentAnswer.KeyOf(http);
        var fingerprint = IdempotentAnswer.FingerprintOf(http, request);
        if (await IdempotentAnswer.ReplayAsync(session, http, key, fingerprint) is { } replay) return replay;

        var claim = await session.LoadAsync<ReviewPeriodClaim>(period.ToString(), http.RequestAborted);
        var reviewId = Guid.NewGuid();
        var opened = ReviewRules.Open(reviewId, period, request.Title, claim?.ReviewId);
        session.Insert(new ReviewPeriodClaim { Id = period.ToString(), ReviewId = reviewId });
        session.Events.StartStream<Review>(reviewId, opened);
        // A period already past its grace is overdue as soon as asked (GET /api/reviews); its event is recorded by the next start.
        if (ReviewReminders.DueAt(period, options.Value) > clock.GetUtcNow()) await ReviewReminders.ScheduleAsync(bus, organization.Id, period, options.Value);

        return StreamWrites.Answer(session, http, key, fingerprint, new ReviewAnswer(reviewId, 1), 1, 201, $"/api/reviews/{reviewId}");
    }
}
