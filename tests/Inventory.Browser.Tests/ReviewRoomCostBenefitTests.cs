using System.Net;
using System.Net.Http.Json;
using Inventory.Api.Languages;

namespace Inventory.Browser.Tests;

/// <summary>
/// The review page and its printable pack show the demo company's cost-benefit (the families flagged for costing more than
/// they bring in, the fleets for money missing their objective) and the figures a decision was taken on, in English and
/// Spanish, accessible and uncut at 1280 and 390 px; screenshots in TestResults/browser.
/// </summary>
public class ReviewRoomCostBenefitTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("en", 1280, 900)]
    [InlineData("en", 390, 844)]
    [InlineData("es", 1280, 900)]
    [InlineData("es", 390, 844)]
    public async Task a_review_shows_each_segments_cost_benefit_and_the_figures_a_decision_was_taken_on(string language, int width, int height)
    {
        var review = await ReviewWithADecisionAsync();
        var texts = Texts.For(language); // the demo company itself is in English: its names stay as written
        var page = await browser.SignedInPageAsync(width, height);
        if (language != "en")
        {
            await page.Locator("#language").SelectOptionAsync(language);
            await page.WaitForSelectorAsync($"html[lang={language}] body[data-ready=true]");
        }

        await page.GotoAsync($"/review.html?id={review}");
        await BrowserFixture.Ready(page);
        var end = page.Locator("#cost-benefit-end tbody tr");
        (await end.CountAsync()).ShouldBe(4);
        (await end.Filter(new() { HasText = "Families" }).TextContentAsync())!.ShouldContain(texts["vocab.flag.costExceedsRevenue"]);
        (await end.Filter(new() { HasText = "Corporate fleets" }).TextContentAsync())!.ShouldContain(texts["vocab.flag.misaligned"]);
        (await page.Locator("#cost-benefit-trend tbody tr").CountAsync()).ShouldBeGreaterThan(4);
        (await page.Locator("#decisions-table tbody tr").Filter(new() { HasText = texts["vocab.decision.discontinueSegment"] }).TextContentAsync())!
            .ShouldContain(texts["vocab.flag.costExceedsRevenue"]);
        var problems = new List<string>();
        await PageTourTests.Check(page, $"review-cost-benefit-{language}", width, problems);

        await page.GotoAsync($"/api/reviews/{review}?format=html&lang={language}");
        var pack = (await page.Locator("body").TextContentAsync())!;
        pack.ShouldContain(texts.Format("pack.costBenefit.atEnd", ("period", texts.Format("page.common.quarter", ("year", "2025"), ("n", "1")))));
        pack.ShouldContain(texts["vocab.flag.costExceedsRevenue"]);
        await PageTourTests.Check(page, $"review-pack-cost-benefit-{language}", width, problems);
        problems.ShouldBeEmpty();
    }

    /// <summary>The demo's 2025-Q1 review (opened here, once) with a decision to discontinue the families.</summary>
    private async Task<string> ReviewWithADecisionAsync()
    {
        var opened = await browser.Api.PostAsJsonAsync("/api/reviews", new { period = "2025-Q1", title = "Cost-benefit review" });
        var review = await browser.ReviewIdAsync("2025-Q1");
        if (opened.StatusCode == HttpStatusCode.Created)
        {
            var families = await browser.SegmentIdAsync("Families");
            (await browser.Api.PostAsJsonAsync($"/api/reviews/{review}/decisions",
                new { decision = "discontinueSegment", segmentId = families, rationale = "Families cost more than they bring in" })).EnsureSuccessStatusCode();
        }

        return review;
    }
}
