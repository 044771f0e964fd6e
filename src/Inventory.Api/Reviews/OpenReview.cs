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
using Inventory.Api.Writes;

namespace Inventory.Api.Reviews;

public sealed record OpenReviewRequest([RequiredField] string? Period, string? Title);

public static class OpenReviewEndpoint
{
    /// <summary>Opens the review of a period (YYYY-Qn); one per period. Schedules its reminder for when the period's grace ends, if still to come.</summary>
    [WolverinePost("/api/reviews"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(OpenReviewRequest request, WritePath writes, IQuerySession query, IMessageBus bus, IOptions<ReviewOptions> options, TimeProvider clock, HttpContext http)
    {
        var organization = await CurrentOrganization.LoadAsync(query, http);
        var fields = new RequestFields();
        if (request.Period is null) fields.Error("period", Domain.Errors.ErrorCodes.Required, "period is required (YYYY-Qn)");
        var period = fields.OptionalQuarter(request.Period, "period", organization.FiscalYearStartMonth) ?? default;
        fields.ThrowIfInvalid();

        var reviewId = Guid.NewGuid();
        var answer = await writes.CreateAsync<Review, ReviewPeriodClaim?>(http, request, new StreamRef(reviewId, "Review"),
            batch => batch.Load<ReviewPeriodClaim>(period.ToString()),
            (claim, context) =>
            {
                var opened = ReviewRules.Open(reviewId, period, request.Title, claim?.ReviewId);
                // Inserted, not stored: a second review of the period opened at the same moment fails on the claim's key.
                context.Session.Insert(new ReviewPeriodClaim { Id = period.ToString(), ReviewId = reviewId });
                return [opened];
            },
            version => new ReviewAnswer(reviewId, version), $"/api/reviews/{reviewId}");

        // A period already past its grace is overdue as soon as asked (GET /api/reviews); its event is recorded by the next start.
        // Scheduled after the commit (durably, by Wolverine; a replay schedules it again, which records nothing twice).
        // Were it lost in a crash just after the commit, the next start schedules it (ReminderSeeding).
        if (ReviewReminders.DueAt(period, options.Value) > clock.GetUtcNow())
            await ReviewReminders.ScheduleAsync(bus, organization.Id, period, options.Value);
        return answer;
    }
}
