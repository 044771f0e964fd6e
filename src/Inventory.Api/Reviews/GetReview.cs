using Inventory.Api.Access;
using Inventory.Api.Http;
using Inventory.Api.Languages;
using Inventory.Api.OpenApi;
using Inventory.Domain.Reviews;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Reviews;

/// <summary>
/// A review and its pack: frozen at closing for a closed review (with the figures restated since by backdated
/// corrections), a live preview for an open one.
/// </summary>
public sealed record ReviewView(Guid ReviewId, string Period, string Status, DateTimeOffset? ClosedAt, ReviewPackContent Pack, IReadOnlyList<Restatement> Restated);

public static class GetReviewEndpoint
{
    /// <summary>
    /// The review and its pack, as JSON or (Accept: text/html or ?format=html) as a printable page in a language
    /// (?lang=en|es|pt-BR; by default the reader's: the lang cookie, then Accept-Language).
    /// </summary>
    [WolverineGet("/api/reviews/{id}"), Authorize(Policy = Policies.Read)]
    [ProducesResponseType<ReviewView>(StatusCodes.Status200OK, "application/json", "text/html")]
    public static async Task<IResult> Get(Guid id, [OneOf("json", "html")] string? format, [OneOf("en", "es", "pt-BR")] string? lang, IQuerySession session, ReviewPackBuilder packs, HttpContext http)
    {
        var language = lang is null ? Texts.Resolve(http.Request)
            : Texts.Supported.FirstOrDefault(s => s == lang) ?? throw new InvalidRequest("lang", Domain.Errors.ErrorCodes.NotInVocabulary, $"lang must be one of {string.Join(", ", Texts.Supported)}");
        var review = await ReviewLoading.ReviewAsync(session, id, http.RequestAborted);
        var current = await packs.BuildAsync(session, http, review, review.ClosedAt, null);
        ReviewView view;
        if (review.IsClosed)
        {
            var frozen = (await session.LoadAsync<ReviewPack>(id, http.RequestAborted))?.Content ?? await AsKnownAtClosingAsync(session, packs, http, review);
            if (frozen.Currency is null) frozen = frozen with { Currency = current.Currency };
            view = new ReviewView(id, review.Period, "closed", review.ClosedAt, frozen, Restatements.Between(frozen, current));
        }
        else
        {
            view = new ReviewView(id, review.Period, "open", null, current, []);
        }

        var html = format == "html" || http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        return html ? Results.Content(ReviewPackPage.Render(view, Texts.For(language)), "text/html; charset=utf-8") : Results.Json(view);
    }

    /// <summary>
    /// A closed review whose frozen pack is missing (a review closed by a loader or an older version): the pack is built from
    /// the events recorded up to the instant its closing was recorded — that instant, never the business date it names.
    /// </summary>
    private static async Task<ReviewPackContent> AsKnownAtClosingAsync(IQuerySession session, ReviewPackBuilder packs, HttpContext http, Review review)
    {
        var events = await session.Events.FetchStreamAsync(review.Id, token: http.RequestAborted);
        var closing = events.Last(e => e.Data is ReviewClosed);
        return await packs.BuildAsync(session, http, review, review.ClosedAt, closing.UserName, closing.Timestamp);
    }
}
